import type { DataSource } from "typeorm";
import { Body, type BodyKind } from "../council/body.js";
import { councillorsById } from "../council/queries.js";
import { rows, type Queryable } from "../platform/db/rows.js";
import { isWellFormedId } from "../platform/errors.js";
import { TIRANA_ZONE } from "../platform/tirana-time.js";
import type { Ballot, BallotChoice, MajorityRule, VoteOutcome } from "../sessions/model.js";
import { Decision, type DecisionKind, type ReviewAuthority, type ReviewStatus } from "./model.js";
import { searchTerms } from "./rules.js";
import { headlineSql, matchingItemsSql } from "./search.js";

export type DecisionFilterValues = {
  year?: number | null; bodyId?: string | null; outcome?: VoteOutcome | null; kind?: DecisionKind | null; text?: string | null;
};

/** A register row: the decided item (view decided_item), where it was decided, and the secretariat's record. */
export type DecisionRow = {
  agenda_item_id: string; vote_id: string; session_id: string; outcome: VoteOutcome; majority: MajorityRule; closed_at: Date;
  for_count: number; against_count: number; abstain_count: number; recused_count: number; not_voted_count: number;
  position: number; title: string; description: string | null; draft_published_at: Date | null;
  session_title: string; scheduled_at: Date; body_id: string; body_name: string; body_kind: BodyKind; body_seats: number;
  number: number | null; kind: DecisionKind | null; review_status: ReviewStatus | null; review_authority: ReviewAuthority | null;
  review_on: string | null; review_note: string | null; version: number | null;
  year: number; decided_on: string;
  match_source?: string | null; match_label?: string | null; headline?: string | null;
};

/**
 * The register's FROM and WHERE for a filter, with its parameters. One builder for the page, its total, the
 * open-data files and the single decision, so they can never disagree. `zone()` is the Tirana zone's parameter.
 */
function registerSql(filter: DecisionFilterValues & { id?: string }): { from: string; where: string; params: unknown[]; termsParam: string | null; zone: () => string } {
  const params: unknown[] = [];
  let zoneParam: string | null = null;
  const zone = () => {
    if (!zoneParam) {
      params.push(TIRANA_ZONE);
      zoneParam = `$${params.length}`;
    }
    return zoneParam;
  };
  const where: string[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll("?", `$${params.length}`));
  };
  if (filter.id !== undefined) add("d.agenda_item_id = ?::uuid", isWellFormedId(filter.id) ? filter.id : null);
  if (filter.year !== undefined && filter.year !== null) add(`extract(year FROM d.closed_at AT TIME ZONE ${zone()})::int = ?`, filter.year);
  // An id that cannot exist matches nothing (rather than a database cast error).
  if (filter.bodyId) add("s.body_id = ?::uuid", isWellFormedId(filter.bodyId) ? filter.bodyId : null);
  if (filter.outcome) add("d.outcome = ?", filter.outcome);
  if (filter.kind) add("r.kind = ?", filter.kind);
  const terms = filter.text ? searchTerms(filter.text) : [];
  let termsParam: string | null = null;
  let join = "";
  if (terms.length > 0) {
    params.push(terms);
    termsParam = `$${params.length}`;
    join = `JOIN ${matchingItemsSql(termsParam)} m ON m.agenda_item_id = d.agenda_item_id`;
  }
  const from = `FROM decided_item d
    JOIN agenda_item i ON i.id = d.agenda_item_id
    JOIN council_session s ON s.id = d.session_id
    JOIN body b ON b.id = s.body_id
    LEFT JOIN decision_record r ON r.agenda_item_id = d.agenda_item_id
    ${join}`;
  return { from, where: where.length ? `WHERE ${where.join(" AND ")}` : "", params, termsParam, zone };
}

const columns = (zone: string) => `d.agenda_item_id, d.vote_id, d.session_id, d.outcome, d.majority, d.closed_at,
  d.for_count, d.against_count, d.abstain_count, d.recused_count, d.not_voted_count,
  i.position, i.title, i.description, i.draft_published_at, s.title AS session_title, s.scheduled_at,
  b.id AS body_id, b.name AS body_name, b.kind AS body_kind, b.seats AS body_seats,
  r.number, r.kind, r.review_status, r.review_authority, to_char(r.review_on, 'YYYY-MM-DD') AS review_on, r.review_note, r.version,
  extract(year FROM d.closed_at AT TIME ZONE ${zone})::int AS year, to_char(d.closed_at AT TIME ZONE ${zone}, 'YYYY-MM-DD') AS decided_on`;

/** The register's order: newest decision first; on one session, by agenda position. */
const ORDER = "ORDER BY d.closed_at DESC, i.position, d.agenda_item_id";

/** Decisions matching a filter, newest first, and how many match in all. */
export async function listDecisionRows(db: Queryable, filter: DecisionFilterValues, page: { offset: number; limit: number } | null): Promise<{ rows: DecisionRow[]; total: number }> {
  const { from, where, params, termsParam, zone } = registerSql(filter);
  const [{ total }] = await rows<{ total: number }>(db, `SELECT count(*)::int AS total ${from} ${where}`, params);
  const select = columns(zone());
  const headline = termsParam ? `, h.match_source, h.match_label, h.headline` : "";
  const headlineJoin = termsParam ? `LEFT JOIN ${headlineSql(termsParam, "d.agenda_item_id")} h ON true` : "";
  // The page first, then its highlights: ts_headline reads whole texts, so only for the rows shown.
  const paging = page ? `OFFSET $${params.length + 1} LIMIT $${params.length + 2}` : "";
  const found = await rows<DecisionRow>(db,
    `WITH page AS (SELECT ${select} ${from} ${where} ${ORDER} ${paging})
     SELECT d.*${headline} FROM page d ${headlineJoin} ORDER BY d.closed_at DESC, d.position, d.agenda_item_id`,
    page ? [...params, page.offset, page.limit] : params);
  return { rows: found, total };
}

export async function decisionRow(db: Queryable, id: string): Promise<DecisionRow | null> {
  if (!isWellFormedId(id)) return null;
  const { from, where, params, zone } = registerSql({ id });
  const select = columns(zone());
  return (await rows<DecisionRow>(db, `SELECT ${select} ${from} ${where}`, params))[0] ?? null;
}

/** The years that have decisions, newest first (the register's year filter). */
export async function decisionYears(db: Queryable): Promise<number[]> {
  const found = await rows<{ year: number }>(db,
    "SELECT DISTINCT extract(year FROM closed_at AT TIME ZONE $1)::int AS year FROM decided_item ORDER BY 1 DESC", [TIRANA_ZONE]);
  return found.map((r) => r.year);
}

export function toDecision(r: DecisionRow): Decision {
  return Object.assign(new Decision(), {
    id: r.agenda_item_id, number: r.number ?? null, year: r.year, decidedAt: r.closed_at, decidedOn: r.decided_on,
    body: Object.assign(new Body(), { id: r.body_id, name: r.body_name, kind: r.body_kind, seats: r.body_seats }),
    sessionId: r.session_id, sessionTitle: r.session_title, sessionScheduledAt: r.scheduled_at,
    position: r.position, title: r.title, description: r.description, draftPublishedAt: r.draft_published_at,
    kind: r.kind ?? null, outcome: r.outcome, voteId: r.vote_id, majority: r.majority,
    tally: { for: r.for_count, against: r.against_count, abstain: r.abstain_count, recused: r.recused_count, notVoted: r.not_voted_count },
    review: { status: r.review_status ?? "NOT_SENT", authority: r.review_authority ?? null, on: r.review_on ?? null, note: r.review_note ?? null },
    match: r.headline ? { source: r.match_source ?? "item_title", label: r.match_label ?? null, text: r.headline } : null,
    version: r.version ?? 0,
  });
}

export async function listDecisions(ds: DataSource, filter: DecisionFilterValues, page: { offset: number; limit: number }) {
  const { rows: found, total } = await listDecisionRows(ds, filter, page);
  return { items: found.map(toDecision), total, offset: page.offset, limit: page.limit };
}

/** The named ballots of a vote, by name (Albanian collation). */
export async function ballotsOf(db: Queryable, voteId: string): Promise<Ballot[]> {
  const found = await rows<{ councillor_id: string; choice: BallotChoice; cast_at: Date }>(db,
    "SELECT councillor_id, choice, cast_at FROM ballot WHERE vote_id = $1", [voteId]);
  const byId = await councillorsById(db, [...new Set(found.map((r) => r.councillor_id))]);
  const collator = new Intl.Collator("sq");
  return found
    .filter((r) => byId.has(r.councillor_id))
    .map((r) => ({ councillor: byId.get(r.councillor_id)!, choice: r.choice, castAt: r.cast_at }))
    .sort((a, b) => collator.compare(a.councillor.fullName, b.councillor.fullName));
}
