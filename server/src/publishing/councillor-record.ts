import type { EntityManager } from "typeorm";
import { rows } from "../platform/db/rows.js";
import { TIRANA_ZONE } from "../platform/tirana-time.js";
import type { AttendanceStatus, BallotChoice, MajorityRule, VoteOutcome } from "../sessions/model.js";
import { type AttendanceFacts, attendanceFacts, quorumOf, type QuorumFigures } from "../sessions/rules.js";
import type { InterestType } from "../sessions/declaration.js";
import type { InitiativeKind, InitiativeStatus } from "../initiatives/model.js";

/**
 * A councillor's public record over a period, and the register of attendance
 * [regjistri i pjesëmarrjes], read from what the areas keep: attendance and its history
 * (sessions/), closed votes and named ballots, declarations (the view declaration_in_force),
 * initiatives (initiatives/). Read-only SQL, one REPEATABLE READ snapshot per answer.
 *
 * The rules, each with one definition:
 * - which sessions count: the municipal council's sessions that were held (started), scheduled
 *   in [from, to) (committee meetings have their own record);
 * - seated: the councillor's term covers the session's day in Tirana (the SQL function
 *   councillor_seated_on, migration 1765100000000), or the secretariat recorded their attendance
 *   in that session, so a term ending mid-period and a late joiner count only the sessions they sat in;
 * - present, late, left early: attendanceFacts in sessions/rules.ts over the attendance history;
 * - a closed vote's outcome is the one closeVote fixed with voteOutcome (sessions/rules.ts);
 *   quorum is quorumOf.
 */
export type Period = { from: Date | null; to: Date };

export type AttendanceEntry = AttendanceFacts & {
  sessionId: string; sessionTitle: string; scheduledAt: Date; seats: number;
  councillorId: string; councillorName: string; party: string | null; gender: string;
  finalStatus: AttendanceStatus | null;
};

type SeatedRow = {
  session_id: string; title: string; scheduled_at: Date; started_at: Date | null; closed_at: Date | null; seats: number;
  councillor_id: string; full_name: string; party: string | null; gender: string; final_status: AttendanceStatus | null;
};
type MoveRow = { session_id: string; councillor_id: string; status: AttendanceStatus; changed_at: Date };

/** Every (held council session in the period, seated councillor) pair with its attendance facts, in session order. */
export async function attendanceEntries(m: EntityManager, period: Period, councillorId: string | null = null): Promise<AttendanceEntry[]> {
  const seated = await rows<SeatedRow>(m, `
    SELECT s.id AS session_id, s.title, s.scheduled_at, s.started_at, s.closed_at, s.seats,
           c.id AS councillor_id, c.full_name, c.party, c.gender, a.status AS final_status
    FROM council_session s
    JOIN body b ON b.id = s.body_id AND b.kind = 'COUNCIL'
    JOIN councillor c ON councillor_seated_on(c.term_start, c.term_end, c.active, (s.scheduled_at AT TIME ZONE $4)::date)
                      OR EXISTS (SELECT 1 FROM attendance x WHERE x.session_id = s.id AND x.councillor_id = c.id)
    LEFT JOIN attendance a ON a.session_id = s.id AND a.councillor_id = c.id
    WHERE s.started_at IS NOT NULL AND ($1::timestamptz IS NULL OR s.scheduled_at >= $1) AND s.scheduled_at < $2
      AND ($3::uuid IS NULL OR c.id = $3)
    ORDER BY s.scheduled_at, s.id`, [period.from, period.to, councillorId, TIRANA_ZONE]);
  if (seated.length === 0) return [];
  const sessionIds = [...new Set(seated.map((r) => r.session_id))];
  const moves = await rows<MoveRow>(m, `
    SELECT session_id, councillor_id, status, changed_at FROM attendance_change
    WHERE session_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR councillor_id = $2)
    ORDER BY changed_at, id`, [sessionIds, councillorId]);
  const movesOf = new Map<string, { status: AttendanceStatus; at: Date }[]>();
  for (const r of moves) {
    const key = `${r.session_id}/${r.councillor_id}`;
    const list = movesOf.get(key) ?? [];
    list.push({ status: r.status, at: r.changed_at });
    movesOf.set(key, list);
  }
  return seated.map((r) => {
    // The history holds every change; a status written without one (older data) still counts as one move at its time.
    const list = movesOf.get(`${r.session_id}/${r.councillor_id}`)
      ?? (r.final_status ? [{ status: r.final_status, at: r.started_at ?? r.scheduled_at }] : []);
    return {
      sessionId: r.session_id, sessionTitle: r.title, scheduledAt: r.scheduled_at, seats: r.seats,
      councillorId: r.councillor_id, councillorName: r.full_name, party: r.party, gender: r.gender, finalStatus: r.final_status,
      ...attendanceFacts(list, r.started_at, r.closed_at),
    };
  });
}

/** Sessions held in the period (the council's, started), whoever sat. */
export async function sessionsHeld(m: EntityManager, period: Period): Promise<{ id: string; title: string; scheduled_at: Date; seats: number }[]> {
  return rows(m, `
    SELECT s.id, s.title, s.scheduled_at, s.seats FROM council_session s JOIN body b ON b.id = s.body_id AND b.kind = 'COUNCIL'
    WHERE s.started_at IS NOT NULL AND ($1::timestamptz IS NULL OR s.scheduled_at >= $1) AND s.scheduled_at < $2
    ORDER BY s.scheduled_at, s.id`, [period.from, period.to]);
}

export type RecordVoteRow = {
  vote_id: string; session_id: string; session_title: string; scheduled_at: Date; agenda_item_id: string; position: number; item_title: string;
  majority: MajorityRule; outcome: VoteOutcome; seats: number; for_count: number; against_count: number; abstain_count: number;
  recused_count: number; not_voted_count: number; closed_at: Date; choice: BallotChoice | null; recused: boolean;
};

/** The closed votes of the given sessions with this councillor's ballot (or recusal) in each. */
export async function votesOf(m: EntityManager, councillorId: string, sessionIds: readonly string[]): Promise<RecordVoteRow[]> {
  if (sessionIds.length === 0) return [];
  return rows<RecordVoteRow>(m, `
    SELECT v.id AS vote_id, v.session_id, s.title AS session_title, s.scheduled_at, v.agenda_item_id, i.position, i.title AS item_title,
           v.majority, v.outcome, v.seats, v.for_count, v.against_count, v.abstain_count, v.recused_count, v.not_voted_count, v.closed_at,
           b.choice,
           (EXISTS (SELECT 1 FROM declaration_in_force f WHERE f.agenda_item_id = v.agenda_item_id AND f.councillor_id = $1 AND f.recused)
            OR EXISTS (SELECT 1 FROM ballot_removal r WHERE r.vote_id = v.id AND r.councillor_id = $1)) AND b.choice IS NULL AS recused
    FROM vote v
    JOIN agenda_item i ON i.id = v.agenda_item_id
    JOIN council_session s ON s.id = v.session_id
    LEFT JOIN ballot b ON b.vote_id = v.id AND b.councillor_id = $1
    WHERE v.status = 'CLOSED' AND v.session_id = ANY($2::uuid[])
    ORDER BY s.scheduled_at, s.id, i.position, v.opened_at, v.id`, [councillorId, [...sessionIds]]);
}

export type RecordDeclarationRow = {
  id: string; session_id: string; session_title: string; scheduled_at: Date; body_name: string; agenda_item_id: string; position: number;
  item_title: string; interest_type: InterestType; description: string; recused: boolean; filed_at: Date; filed_on_behalf: boolean;
  supersedes_id: string | null; in_force: boolean;
};

/** Every declaration of interest the councillor filed on an item of a session (any body) scheduled in the period, superseded ones included. */
export async function declarationsOf(m: EntityManager, councillorId: string, period: Period): Promise<RecordDeclarationRow[]> {
  return rows<RecordDeclarationRow>(m, `
    SELECT d.id, s.id AS session_id, s.title AS session_title, s.scheduled_at, b.name AS body_name, d.agenda_item_id, i.position,
           i.title AS item_title, d.interest_type, d.description, d.recused, d.filed_at, d.filed_on_behalf, d.supersedes_id,
           f.id IS NOT NULL AS in_force
    FROM declaration d
    JOIN agenda_item i ON i.id = d.agenda_item_id
    JOIN council_session s ON s.id = i.session_id
    JOIN body b ON b.id = s.body_id
    LEFT JOIN declaration_in_force f ON f.id = d.id
    WHERE d.councillor_id = $1 AND ($2::timestamptz IS NULL OR s.scheduled_at >= $2) AND s.scheduled_at < $3
    ORDER BY s.scheduled_at, s.id, i.position, d.filed_at, d.id`, [councillorId, period.from, period.to]);
}

export type RecordInitiativeRow = {
  id: string; title: string; kind: InitiativeKind; status: InitiativeStatus; submitted_at: Date; session_id: string | null; led: boolean;
};

/** Initiatives the councillor led or co-sponsored, submitted in the period, with the session that decided them, if linked. */
export async function initiativesOf(m: EntityManager, councillorId: string, period: Period): Promise<RecordInitiativeRow[]> {
  return rows<RecordInitiativeRow>(m, `
    SELECT n.id, n.title, n.kind, n.status, n.submitted_at, i.session_id, n.lead_sponsor_id = $1 AS led
    FROM initiative n LEFT JOIN agenda_item i ON i.id = n.agenda_item_id
    WHERE (n.lead_sponsor_id = $1 OR EXISTS (SELECT 1 FROM initiative_cosponsor x WHERE x.initiative_id = n.id AND x.councillor_id = $1))
      AND ($2::timestamptz IS NULL OR n.submitted_at >= $2) AND n.submitted_at < $3
    ORDER BY n.submitted_at, n.id`, [councillorId, period.from, period.to]);
}

/** A session's line in the register: who sat, who came, and quorum on the final roll (quorumOf). */
export type SessionAttendanceLine = {
  sessionId: string; sessionTitle: string; scheduledAt: Date; seated: number; present: number; excused: number; absent: number;
  late: number; leftEarly: number; quorum: QuorumFigures;
};

export function sessionLines(entries: readonly AttendanceEntry[]): SessionAttendanceLine[] {
  const bySession = new Map<string, AttendanceEntry[]>();
  for (const e of entries) bySession.set(e.sessionId, [...(bySession.get(e.sessionId) ?? []), e]);
  return [...bySession.values()].map((list) => {
    const first = list[0];
    const present = list.filter((e) => e.present).length;
    const excused = list.filter((e) => e.excused).length;
    const presentAtEnd = list.filter((e) => e.finalStatus === "PRESENT").length;
    return {
      sessionId: first.sessionId, sessionTitle: first.sessionTitle, scheduledAt: first.scheduledAt, seated: list.length,
      present, excused, absent: list.length - present - excused, late: list.filter((e) => e.late).length,
      leftEarly: list.filter((e) => e.leftEarly).length, quorum: quorumOf(first.seats, presentAtEnd),
    };
  });
}
