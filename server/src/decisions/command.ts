import type { DataSource, EntityManager } from "typeorm";
import type { Actor } from "../auth/tokens.js";
import { type Aggregate, aggregateCommand, type Change } from "../platform/command.js";
import { row } from "../platform/db/rows.js";
import { conflict, isWellFormedId, notFound } from "../platform/errors.js";
import { TIRANA_ZONE } from "../platform/tirana-time.js";
import type { VoteOutcome } from "../sessions/model.js";
import type { DecisionKind, ReviewAuthority, ReviewStatus } from "./model.js";

/** A decided item as a command sees it: the view decided_item's vote and where it was decided. */
export type DecidedRow = {
  agenda_item_id: string; session_id: string; body_id: string; outcome: VoteOutcome; title: string; year: number; decided_on: string;
};
export type RecordRow = {
  agenda_item_id: string; body_id: string; year: number | null; number: number | null; kind: DecisionKind | null;
  review_status: ReviewStatus; review_authority: ReviewAuthority | null; review_on: string | null; review_note: string | null; version: number;
};
export type LockedDecision = { decided: DecidedRow; record: RecordRow };

export const STALE_DECISION = "The decision's record has changed since you loaded it (someone else recorded something): look at it again and retry.";

/**
 * Locks a decided item's record (decision_record), creating it empty (version 0) the first time. An item that is
 * not decided yet (no closed vote) is refused: the register holds decisions only.
 */
async function lockDecision(tx: EntityManager, agendaItemId: string): Promise<LockedDecision> {
  if (!isWellFormedId(agendaItemId)) throw notFound("agenda item", agendaItemId);
  const decided = await row<DecidedRow>(tx,
    `SELECT d.agenda_item_id, d.session_id, s.body_id, d.outcome, i.title,
            extract(year FROM d.closed_at AT TIME ZONE $2)::int AS year, to_char(d.closed_at AT TIME ZONE $2, 'YYYY-MM-DD') AS decided_on
     FROM decided_item d JOIN agenda_item i ON i.id = d.agenda_item_id JOIN council_session s ON s.id = d.session_id
     WHERE d.agenda_item_id = $1`, [agendaItemId, TIRANA_ZONE]);
  if (!decided) {
    const item = await row<{ title: string }>(tx, "SELECT title FROM agenda_item WHERE id = $1", [agendaItemId]);
    if (!item) throw notFound("agenda item", agendaItemId);
    throw conflict(`"${item.title}" is not decided yet: the register holds items whose vote has closed.`);
  }
  await tx.query("INSERT INTO decision_record (agenda_item_id, body_id, version) VALUES ($1, $2, 0) ON CONFLICT (agenda_item_id) DO NOTHING",
    [agendaItemId, decided.body_id]);
  const record = await row<RecordRow>(tx,
    `SELECT agenda_item_id, body_id, year, number, kind, review_status, review_authority, to_char(review_on, 'YYYY-MM-DD') AS review_on,
            review_note, version FROM decision_record WHERE agenda_item_id = $1 FOR UPDATE`, [agendaItemId]);
  return { decided, record: record as RecordRow };
}

/**
 * Every change the secretariat records about a decision (its number and kind, its legality review) goes through
 * here, on the write path of platform/command.ts: lock the decision's record, check `expectedVersion`, run `work`,
 * bump decision_record.version once, write the audit event(s) last. A decision is not part of a session's live
 * snapshot, so no session version moves and no subscriber is told.
 */
export async function decisionCommand<R>(
  ds: DataSource, actor: Actor, target: { agendaItemId: string; expectedVersion?: number | null },
  work: (tx: EntityManager, locked: LockedDecision) => Promise<Change<R>>,
): Promise<R> {
  const aggregate: Aggregate<LockedDecision> = {
    lock: (tx) => lockDecision(tx, target.agendaItemId),
    expectedVersion: target.expectedVersion,
    version: (locked) => locked.record.version,
    stale: STALE_DECISION,
    bump: async (tx, locked) => {
      await tx.query("UPDATE decision_record SET version = version + 1, updated_at = clock_timestamp() WHERE agenda_item_id = $1", [locked.record.agenda_item_id]);
    },
    notify: () => [],
  };
  return aggregateCommand(ds, actor, aggregate, work);
}
