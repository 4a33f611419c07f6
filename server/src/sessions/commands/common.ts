import type { EntityManager } from "typeorm";
import { COUNCILLOR_COLUMNS, type CouncillorRow } from "../../council/councillor.js";
import { conflict, isWellFormedId, notFound } from "../../platform/errors.js";
import { AgendaItemStatus, AttendanceStatus, SessionStatus } from "../model.js";
import type { AuditEntry } from "../../platform/audit/record.js";
import { returnedRows } from "../../platform/db/rows.js";
import { quorumOf, spokenSecondsAt } from "../rules.js";
import { SpeakerStatus, type SpeechKind } from "../speaker.js";

export type SessionRow = {
  id: string; body_id: string; status: SessionStatus; seats: number; current_item_id: string | null; title: string; version: number;
  stream_url: string | null;
};
export type ItemRow = { id: string; session_id: string; status: AgendaItemStatus; position: number; title: string };
export type VoteRow = { id: string; session_id: string; agenda_item_id: string; status: "OPEN" | "CLOSED"; majority: string; seats: number };

/**
 * Locks the session row for the rest of the transaction. Every command that
 * changes a session takes this lock first, so changes to one session happen one
 * at a time (quorum checks, open votes and ballots never race each other).
 */
export async function lockSession(tx: EntityManager, sessionId: string): Promise<SessionRow> {
  if (!isWellFormedId(sessionId)) throw notFound("session", sessionId);
  const rows: SessionRow[] = await tx.query("SELECT * FROM council_session WHERE id = $1 FOR UPDATE", [sessionId]);
  if (rows.length === 0) throw notFound("session", sessionId);
  return rows[0];
}

/** The item and its session, the session locked first. */
export async function lockItem(tx: EntityManager, itemId: string): Promise<{ session: SessionRow; item: ItemRow }> {
  if (!isWellFormedId(itemId)) throw notFound("agenda item", itemId);
  const found: { session_id: string }[] = await tx.query("SELECT session_id FROM agenda_item WHERE id = $1", [itemId]);
  if (found.length === 0) throw notFound("agenda item", itemId);
  const session = await lockSession(tx, found[0].session_id);
  const [item]: ItemRow[] = await tx.query("SELECT * FROM agenda_item WHERE id = $1", [itemId]);
  return { session, item };
}

/** The vote and its session, the session locked first. */
export async function lockVote(tx: EntityManager, voteId: string): Promise<{ session: SessionRow; vote: VoteRow }> {
  if (!isWellFormedId(voteId)) throw notFound("vote", voteId);
  const found: { session_id: string }[] = await tx.query("SELECT session_id FROM vote WHERE id = $1", [voteId]);
  if (found.length === 0) throw notFound("vote", voteId);
  const session = await lockSession(tx, found[0].session_id);
  const [vote]: VoteRow[] = await tx.query("SELECT * FROM vote WHERE id = $1", [voteId]);
  return { session, vote };
}

export function requireNotClosed(session: SessionRow, doing: string): void {
  if (session.status === SessionStatus.CLOSED) {
    throw conflict(`The session "${session.title}" is closed and read-only; cannot ${doing}.`);
  }
}

export function requireInProgress(session: SessionRow, doing: string): void {
  if (session.status !== SessionStatus.IN_PROGRESS) {
    const why = session.status === SessionStatus.SCHEDULED ? "has not started" : session.status === SessionStatus.SUSPENDED ? "is suspended" : "is closed";
    throw conflict(`The session "${session.title}" ${why}; cannot ${doing} until it is in progress.`);
  }
}

export async function openVoteOf(tx: EntityManager, sessionId: string): Promise<VoteRow | undefined> {
  const rows: VoteRow[] = await tx.query("SELECT * FROM vote WHERE session_id = $1 AND status = 'OPEN'", [sessionId]);
  return rows[0];
}

/** The councillor's recorded attendance in the session, or null when never recorded (ABSENT for quorum and the roll). */
export async function attendanceOf(tx: EntityManager, sessionId: string, councillorId: string): Promise<AttendanceStatus | null> {
  const [row]: { status: AttendanceStatus }[] = await tx.query("SELECT status FROM attendance WHERE session_id = $1 AND councillor_id = $2", [sessionId, councillorId]);
  return row?.status ?? null;
}

export async function presentCount(tx: EntityManager, sessionId: string): Promise<number> {
  const [{ n }] = await tx.query("SELECT count(*)::int AS n FROM attendance WHERE session_id = $1 AND status = $2", [sessionId, AttendanceStatus.PRESENT]);
  return n as number;
}

export async function quorumNow(tx: EntityManager, session: SessionRow) {
  return quorumOf(session.seats, await presentCount(tx, session.id));
}

export async function bumpVersion(tx: EntityManager, sessionId: string): Promise<void> {
  await tx.query("UPDATE council_session SET version = version + 1 WHERE id = $1", [sessionId]);
}

/**
 * Seated members of the session: the view session_seat, their one definition (the council's active
 * councillors; a committee's members on the meeting's date). Read once per command; the returned check
 * refuses anyone else.
 */
export async function seatedMembers(tx: EntityManager, session: SessionRow): Promise<(councillor: CouncillorRow) => void> {
  const seated = new Set((await tx.query("SELECT councillor_id FROM session_seat WHERE session_id = $1", [session.id]))
    .map((r: { councillor_id: string }) => r.councillor_id));
  return (councillor) => {
    if (!seated.has(councillor.id)) throw conflict(`${councillor.full_name} is not a seated member of this session's body on the session's date.`);
  };
}

export async function findCouncillor(tx: EntityManager, councillorId: string): Promise<CouncillorRow> {
  if (!isWellFormedId(councillorId)) throw notFound("councillor", councillorId);
  const rows: CouncillorRow[] = await tx.query(`SELECT ${COUNCILLOR_COLUMNS} FROM councillor WHERE id = $1`, [councillorId]);
  if (rows.length === 0) throw notFound("councillor", councillorId);
  return rows[0];
}

/**
 * The councillor's declaration in force on the item (the view declaration_in_force), if it recuses them.
 */
export async function recusalInForce(tx: EntityManager, itemId: string, councillorId: string): Promise<{ id: string; filed_at: Date } | undefined> {
  const rows: { id: string; recused: boolean; filed_at: Date }[] = await tx.query(
    "SELECT id, recused, filed_at FROM declaration_in_force WHERE agenda_item_id = $1 AND councillor_id = $2",
    [itemId, councillorId],
  );
  return rows[0]?.recused ? rows[0] : undefined;
}

export type SpeakerTableRow = {
  id: string; session_id: string; agenda_item_id: string; councillor_id: string; kind: SpeechKind; status: SpeakerStatus;
  started_at: Date | null; ended_at: Date | null; allotted_seconds: number;
};

/** The speaker and its session, the session locked first. */
export async function lockSpeaker(tx: EntityManager, speakerId: string): Promise<{ session: SessionRow; speaker: SpeakerTableRow }> {
  if (!isWellFormedId(speakerId)) throw notFound("speaker", speakerId);
  const found: { session_id: string }[] = await tx.query("SELECT session_id FROM speaker WHERE id = $1", [speakerId]);
  if (found.length === 0) throw notFound("speaker", speakerId);
  const session = await lockSession(tx, found[0].session_id);
  const [speaker]: SpeakerTableRow[] = await tx.query("SELECT * FROM speaker WHERE id = $1", [speakerId]);
  return { session, speaker };
}

/**
 * Ends the speech in progress in the session, if any (DOMAIN.md: one speech at a
 * time; starting another, opening a vote, moving to another item, suspending or
 * closing the session end it). Answers the audit entry of the ending, or nothing.
 */
export async function endSpeechInProgress(tx: EntityManager, sessionId: string, because: string): Promise<AuditEntry[]> {
  const ended = await returnedRows<{ id: string; councillor_id: string; started_at: Date; ended_at: Date }>(tx,
    `UPDATE speaker SET status = 'DONE', ended_at = greatest(clock_timestamp(), started_at)
     WHERE session_id = $1 AND status = 'SPEAKING' RETURNING id, councillor_id, started_at, ended_at`, [sessionId]);
  return ended.map((s) => ({
    action: "endSpeech", subjectType: "speaker", subjectId: s.id, sessionId,
    before: { status: SpeakerStatus.SPEAKING },
    after: { status: SpeakerStatus.DONE, because, spokenSeconds: spokenSecondsAt({ startedAt: s.started_at, endedAt: s.ended_at }, s.ended_at) },
  }));
}

/**
 * A recusal takes the councillor off the item's floor (DOMAIN.md: a recused
 * councillor stays out of the matter): their waiting request is withdrawn and
 * their speech on the item, if in progress, ends. Answers the audit entries.
 */
export async function leaveTheFloor(tx: EntityManager, sessionId: string, itemId: string, councillorId: string): Promise<AuditEntry[]> {
  const left = await returnedRows<{ id: string; was: SpeakerStatus; status: SpeakerStatus }>(tx,
    `UPDATE speaker s SET status = CASE WHEN s.status = 'SPEAKING' THEN 'DONE' ELSE 'WITHDRAWN' END,
       ended_at = CASE WHEN s.status = 'SPEAKING' THEN greatest(clock_timestamp(), s.started_at) ELSE clock_timestamp() END
     FROM speaker old WHERE old.id = s.id AND s.agenda_item_id = $1 AND s.councillor_id = $2 AND s.status IN ('WAITING', 'SPEAKING')
     RETURNING s.id, old.status AS was, s.status`, [itemId, councillorId]);
  return left.map((s) => ({
    action: s.was === SpeakerStatus.SPEAKING ? "endSpeech" : "withdrawFloorRequest", subjectType: "speaker", subjectId: s.id, sessionId,
    before: { status: s.was }, after: { status: s.status, because: "recusal" },
  }));
}
