import type { DataSource, EntityManager } from "typeorm";
import { rows } from "../../platform/db/rows.js";
import { tiranaDate } from "../../platform/tirana-time.js";
import type { BallotRow, DeclarationRow, SpeakerRow, VoteTableRow } from "../../sessions/rows.js";
import { spokenSecondsAt } from "../../sessions/rules.js";

/**
 * The open-data records (Elbasan plan OS-2: council decisions in open formats,
 * CSV and JSON). Each export is one SQL query, whatever the size of the record,
 * and every file holds final records only: every declaration (a declaration is
 * final when filed; superseded ones stay, marked), and closed votes with their
 * ballots (an open vote's ballots may still change; the live dashboard shows them),
 * and finished speeches (DONE; a speech in progress still runs, a withdrawn request
 * was never a speech).
 */
export const DECLARATION_COLUMNS = [
  "id", "sessionId", "sessionTitle", "sessionDate", "agendaItemPosition", "agendaItemTitle", "councillorId", "councillorName",
  "party", "interestType", "description", "recused", "filedAt", "filedOnBehalf", "supersedesId", "inForce",
] as const;
export const VOTE_COLUMNS = [
  "id", "sessionId", "sessionTitle", "sessionDate", "agendaItemPosition", "agendaItemTitle", "majority", "status", "openedAt",
  "closedAt", "outcome", "for", "against", "abstain", "recused", "notVoted",
] as const;
export const BALLOT_COLUMNS = [
  "voteId", "sessionId", "agendaItemPosition", "agendaItemTitle", "councillorId", "councillorName", "party", "choice", "castAt",
] as const;

export const SPEECH_COLUMNS = [
  "id", "sessionId", "sessionTitle", "sessionDate", "agendaItemPosition", "agendaItemTitle", "councillorId", "councillorName", "party",
  "kind", "startedAt", "endedAt", "spokenSeconds", "allottedSeconds",
] as const;

export type Value = string | number | boolean | null;
export type DeclarationRecord = Record<(typeof DECLARATION_COLUMNS)[number], Value>;
export type VoteRecord = Record<(typeof VOTE_COLUMNS)[number], Value>;
export type BallotRecord = Record<(typeof BALLOT_COLUMNS)[number], Value>;
export type SpeechRecord = Record<(typeof SPEECH_COLUMNS)[number], Value>;

/** Where a record was decided: its session and agenda item. */
type Placed = { session_id: string; session_title: string; scheduled_at: Date; position: number; item_title: string };
type DeclarationRecordRow = DeclarationRow & Placed & { full_name: string; party: string | null; in_force: boolean };
type VoteRecordRow = VoteTableRow & Omit<Placed, "session_id">;
type BallotRecordRow = Pick<BallotRow, "vote_id" | "councillor_id" | "choice" | "cast_at"> & Omit<Placed, "session_title">
  & { opened_at: Date; full_name: string; party: string | null };
type SpeechRecordRow = SpeakerRow & Placed & { full_name: string; party: string | null };
const iso = (d: Date | null) => (d instanceof Date ? d.toISOString() : null);
const collator = new Intl.Collator("sq");

type OrderKey = { at: Date; sessionId: string; position: number; then: string; name: string; id: string };
const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Session date, then agenda position, then (votes) the order votes were opened, then the person's name (Albanian alphabet). */
function inCouncilOrder<T>(list: T[], key: (r: T) => OrderKey): T[] {
  return list
    .map((r) => ({ r, k: key(r) }))
    .sort((a, b) => a.k.at.getTime() - b.k.at.getTime() || plain(a.k.sessionId, b.k.sessionId) || a.k.position - b.k.position
      || plain(a.k.then, b.k.then) || collator.compare(a.k.name, b.k.name) || plain(a.k.id, b.k.id))
    .map((x) => x.r);
}

export async function declarationRecords(m: EntityManager | DataSource): Promise<DeclarationRecord[]> {
  const found = await rows<DeclarationRecordRow>(m, `
    SELECT d.*, s.id AS session_id, s.title AS session_title, s.scheduled_at, i.position, i.title AS item_title,
           c.full_name, c.party,
           f.id IS NOT NULL AS in_force
    FROM declaration d
    JOIN agenda_item i ON i.id = d.agenda_item_id
    JOIN council_session s ON s.id = i.session_id
    JOIN councillor c ON c.id = d.councillor_id
    LEFT JOIN declaration_in_force f ON f.id = d.id`);
  return inCouncilOrder(found, (r) => ({
    at: r.scheduled_at, sessionId: r.session_id, position: r.position,
    then: "", name: r.full_name, id: `${iso(r.filed_at)}/${r.id}`,
  }))
    .map((r) => ({
      id: r.id,
      ...itemPlace(r),
      councillorId: r.councillor_id,
      councillorName: r.full_name,
      party: r.party ?? null,
      interestType: r.interest_type,
      description: r.description,
      recused: r.recused,
      filedAt: iso(r.filed_at),
      filedOnBehalf: r.filed_on_behalf,
      supersedesId: r.supersedes_id ?? null,
      inForce: r.in_force,
    }));
}

/** Where a record stands in the council's record: its session and agenda item (the same columns in every file). */
function itemPlace(r: { session_id: string; session_title: string; scheduled_at: Date; position: number; item_title: string }) {
  return { sessionId: r.session_id, sessionTitle: r.session_title, sessionDate: tiranaDate(r.scheduled_at), agendaItemPosition: r.position, agendaItemTitle: r.item_title };
}

export async function voteRecords(m: EntityManager | DataSource): Promise<VoteRecord[]> {
  const found = await rows<VoteRecordRow>(m, `
    SELECT v.*, s.title AS session_title, s.scheduled_at, i.position, i.title AS item_title
    FROM vote v
    JOIN agenda_item i ON i.id = v.agenda_item_id
    JOIN council_session s ON s.id = v.session_id
    WHERE v.status = 'CLOSED'`);
  return inCouncilOrder(found, (r) => ({
    at: r.scheduled_at, sessionId: r.session_id, position: r.position,
    then: `${iso(r.opened_at)}/${r.id}`, name: "", id: "",
  }))
    .map((r) => ({
      id: r.id,
      ...itemPlace(r),
      majority: r.majority,
      status: r.status,
      openedAt: iso(r.opened_at),
      closedAt: iso(r.closed_at),
      outcome: r.outcome ?? null,
      for: r.for_count,
      against: r.against_count,
      abstain: r.abstain_count,
      recused: r.recused_count,
      notVoted: r.not_voted_count,
    }));
}

export async function ballotRecords(m: EntityManager | DataSource): Promise<BallotRecord[]> {
  const found = await rows<BallotRecordRow>(m, `
    SELECT b.vote_id, b.councillor_id, b.choice, b.cast_at, v.session_id, v.opened_at, s.scheduled_at, i.position, i.title AS item_title,
           c.full_name, c.party
    FROM ballot b
    JOIN vote v ON v.id = b.vote_id
    JOIN agenda_item i ON i.id = v.agenda_item_id
    JOIN council_session s ON s.id = v.session_id
    JOIN councillor c ON c.id = b.councillor_id
    WHERE v.status = 'CLOSED'`);
  // Within an item: vote by vote (in the order they were opened), then by name.
  return inCouncilOrder(found, (r) => ({
    at: r.scheduled_at, sessionId: r.session_id, position: r.position,
    then: `${iso(r.opened_at)}/${r.vote_id}`, name: r.full_name, id: r.councillor_id,
  }))
    .map((r) => ({
      voteId: r.vote_id,
      sessionId: r.session_id,
      agendaItemPosition: r.position,
      agendaItemTitle: r.item_title,
      councillorId: r.councillor_id,
      councillorName: r.full_name,
      party: r.party ?? null,
      choice: r.choice,
      castAt: iso(r.cast_at),
    }));
}

export async function speechRecords(m: EntityManager | DataSource): Promise<SpeechRecord[]> {
  const found = await rows<SpeechRecordRow>(m, `
    SELECT sp.*, s.title AS session_title, s.scheduled_at, i.position, i.title AS item_title, c.full_name, c.party
    FROM speaker sp
    JOIN agenda_item i ON i.id = sp.agenda_item_id
    JOIN council_session s ON s.id = sp.session_id
    JOIN councillor c ON c.id = sp.councillor_id
    WHERE sp.status = 'DONE'`);
  // Within an item: in the order the speeches were made.
  return inCouncilOrder(found, (r) => ({
    at: r.scheduled_at, sessionId: r.session_id, position: r.position,
    then: `${iso(r.started_at)}/${r.id}`, name: "", id: "",
  }))
    .map((r) => ({
      id: r.id,
      ...itemPlace(r),
      councillorId: r.councillor_id,
      councillorName: r.full_name,
      party: r.party ?? null,
      kind: r.kind,
      startedAt: iso(r.started_at),
      endedAt: iso(r.ended_at),
      // A DONE speech has both times (the speaker_times_check constraint).
      spokenSeconds: spokenSecondsAt({ startedAt: r.started_at, endedAt: r.ended_at }, r.ended_at as Date),
      allottedSeconds: r.allotted_seconds,
    }));
}
