import type { DataSource, EntityManager } from "typeorm";
import { slugOf, TIRANA_ZONE } from "../../platform/tirana-time.js";

/**
 * The council's record in the Popolo standard (http://www.popoloproject.com/specs/),
 * which parliamentary-monitoring tools read: Person, Organization, Membership,
 * Event, Motion, VoteEvent (with Counts) and Vote. Ids are Kuvend's own ids, so
 * the file joins with the CSV exports: a person is a councillor id, an event a
 * session id, a motion an agenda item id, a vote event a vote id. Parties, which
 * Kuvend keeps as a name on the councillor, become organizations `party/<slug>`.
 * Only closed votes become vote events; sessions that have started become events.
 * Every closed vote has one Vote per seat: a ballot (yes/no/abstain), `not voting` for a seated member
 * who cast none, and `recused` (Kuvend's extension, documented in `meta`) for a member who declared an
 * interest and stood aside. A vote's `group_id` is the voter's party. Every URL is absolute (PUBLIC_URL).
 */
export type PopoloSource = {
  councillors: { id: string; full_name: string; gender: string; party: string | null; active: boolean; term_start: string | null; term_end: string | null }[];
  bodies: { id: string; name: string; kind: string }[];
  bodyMembers: { body_id: string; councillor_id: string }[];
  sessions: { id: string; body_id: string; title: string; status: string; started_at: Date | null; closed_at: Date | null }[];
  votes: {
    id: string; session_id: string; body_id: string; agenda_item_id: string; item_title: string; majority: string;
    opened_at: Date; closed_at: Date; outcome: string;
    for_count: number; against_count: number; abstain_count: number; recused_count: number; not_voted_count: number;
  }[];
  ballots: { vote_id: string; councillor_id: string; choice: string }[];
  /** Who holds a seat in each session (the view session_seat). */
  seats: { session_id: string; councillor_id: string }[];
  /** The declarations in force that recuse their councillor from an item. */
  recusals: { agenda_item_id: string; councillor_id: string }[];
};

type Link = { url: string; note?: string };

export type Popolo = {
  meta: typeof META & { source: string };
  persons: { id: string; name: string; gender?: string; sources: Link[] }[];
  organizations: { id: string; name: string; classification: string; sources?: Link[] }[];
  memberships: { id: string; person_id: string; organization_id: string; role: string; on_behalf_of_id?: string; start_date?: string; end_date?: string }[];
  events: { id: string; name: string; classification: "session"; organization_id: string; start_date: string; end_date?: string; sources: Link[] }[];
  motions: { id: string; organization_id: string; legislative_session_id: string; text: string; date: string; requirement: string; result: string; sources: Link[] }[];
  vote_events: {
    id: string; motion_id: string; organization_id: string; legislative_session_id: string; start_date: string; end_date: string;
    result: string; counts: { option: string; value: number }[]; sources: Link[];
  }[];
  votes: { vote_event_id: string; voter_id: string; option: string; group_id?: string }[];
};

/** What a reader of the file needs to know beyond the Popolo specification (the file's top-level `meta`). */
export const META = {
  standard: "http://www.popoloproject.com/specs/",
  publisher: "Kuvend",
  options: {
    yes: "a ballot FOR", no: "a ballot AGAINST", abstain: "a ballot ABSTAIN",
    "not voting": "a member seated in the session who cast no ballot (absent or present)",
    recused: "Kuvend's extension to Popolo's options: the member declared a conflict of interest on the item and was recused (excluded from the vote by law); counted apart from 'not voting'",
  },
  notes: "Ids are Kuvend's: person = councillor, organization = body (the council, a committee) or party/<slug>, event = session, motion = agenda item, vote_event = vote. Each vote event has one Vote per seat held by a member; a vacant seat is counted in 'not voting' and has no Vote. group_id is the voter's party.",
} as const;

const GENDER: Record<string, string | undefined> = { FEMALE: "female", MALE: "male", OTHER: "other", UNDISCLOSED: undefined };
const OPTION: Record<string, string> = { FOR: "yes", AGAINST: "no", ABSTAIN: "abstain" };
const RESULT: Record<string, string> = { PASSED: "pass", FAILED: "fail" };
const REQUIREMENT: Record<string, string> = { SIMPLE: "simple majority", ABSOLUTE: "absolute majority", TWO_THIRDS: "two-thirds majority" };
const collator = new Intl.Collator("sq");

/** Popolo's date-time pattern has no fractional seconds. */
const when = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
export const partyId = (party: string) => `party/${slugOf(party)}`;

/** Maps the council's rows to Popolo. A pure function (unit-tested beside it). */
export function toPopolo(src: PopoloSource, url: (path: string) => string): Popolo {
  const councillors = [...src.councillors].sort((a, b) => collator.compare(a.full_name, b.full_name) || (a.id < b.id ? -1 : 1));
  const councillorById = new Map(councillors.map((c) => [c.id, c]));
  const persons = councillors.map((c) => ({
    id: c.id, name: c.full_name, ...(GENDER[c.gender] ? { gender: GENDER[c.gender] } : {}), sources: [{ url: url(`/keshilltaret/${c.id}`) }],
  }));

  const bodies = [...src.bodies].sort((a, b) => (a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === "COUNCIL" ? -1 : 1));
  const parties = [...new Set(councillors.map((c) => c.party).filter((p): p is string => !!p))].sort(collator.compare);
  const organizations = [
    ...bodies.map((b) => (b.kind === "COUNCIL"
      ? { id: b.id, name: b.name, classification: "council", sources: [{ url: url("/") }] }
      : { id: b.id, name: b.name, classification: "committee", sources: [{ url: url(`/komisionet/${b.id}`) }] })),
    ...parties.map((p) => ({ id: partyId(p), name: p, classification: "party" })),
  ];

  const memberships: Popolo["memberships"] = [];
  const council = bodies.find((b) => b.kind === "COUNCIL");
  for (const c of councillors) {
    if (council) {
      memberships.push({
        id: `${council.id}/${c.id}`, person_id: c.id, organization_id: council.id, role: "councillor",
        ...(c.party ? { on_behalf_of_id: partyId(c.party) } : {}),
        ...(c.term_start ? { start_date: c.term_start } : {}),
        ...(c.term_end ? { end_date: c.term_end } : {}),
      });
    }
    if (c.party) memberships.push({ id: `${partyId(c.party)}/${c.id}`, person_id: c.id, organization_id: partyId(c.party), role: "member" });
  }
  const committeeIds = new Set(bodies.filter((b) => b.kind !== "COUNCIL").map((b) => b.id));
  for (const m of [...src.bodyMembers].sort((a, b) => (a.body_id < b.body_id ? -1 : a.body_id > b.body_id ? 1 : 0))) {
    if (!committeeIds.has(m.body_id) || !councillorById.has(m.councillor_id)) continue;
    memberships.push({ id: `${m.body_id}/${m.councillor_id}`, person_id: m.councillor_id, organization_id: m.body_id, role: "member" });
  }

  const startedSessions = src.sessions
    .filter((s) => s.status !== "SCHEDULED" && s.started_at)
    .sort((a, b) => (a.started_at as Date).getTime() - (b.started_at as Date).getTime() || (a.id < b.id ? -1 : 1));
  const events: Popolo["events"] = startedSessions.map((s) => ({
    id: s.id, name: s.title, classification: "session", organization_id: s.body_id,
    start_date: when(s.started_at as Date), ...(s.closed_at ? { end_date: when(s.closed_at) } : {}),
    sources: [{ url: url(`/seanca/${s.id}`) }],
  }));
  const eventIds = new Set(events.map((e) => e.id));

  const votes = src.votes
    .filter((v) => eventIds.has(v.session_id))
    .sort((a, b) => a.opened_at.getTime() - b.opened_at.getTime() || (a.id < b.id ? -1 : 1));
  // One motion per agenda item that was voted on; its result is that of the item's last vote.
  const motions = new Map<string, Popolo["motions"][number]>();
  for (const v of votes) {
    const earlier = motions.get(v.agenda_item_id);
    motions.set(v.agenda_item_id, {
      id: v.agenda_item_id, organization_id: v.body_id, legislative_session_id: v.session_id, text: v.item_title,
      date: earlier?.date ?? when(v.opened_at), requirement: REQUIREMENT[v.majority] ?? v.majority, result: RESULT[v.outcome] ?? v.outcome,
      sources: [{ url: url(`/seanca/${v.session_id}`) }],
    });
  }
  const vote_events: Popolo["vote_events"] = votes.map((v) => ({
    id: v.id, motion_id: v.agenda_item_id, organization_id: v.body_id, legislative_session_id: v.session_id,
    start_date: when(v.opened_at), end_date: when(v.closed_at), result: RESULT[v.outcome] ?? v.outcome,
    counts: [
      { option: "yes", value: v.for_count },
      { option: "no", value: v.against_count },
      { option: "abstain", value: v.abstain_count },
      { option: "recused", value: v.recused_count },
      { option: "not voting", value: v.not_voted_count },
    ],
    sources: [{ url: url(`/seanca/${v.session_id}`) }],
  }));
  // One Vote per seat: the ballots, then the recused and the seated members who cast none.
  const ballotsOf = new Map<string, { councillor_id: string; option: string }[]>();
  for (const b of src.ballots) {
    const list = ballotsOf.get(b.vote_id) ?? [];
    list.push({ councillor_id: b.councillor_id, option: OPTION[b.choice] ?? b.choice });
    ballotsOf.set(b.vote_id, list);
  }
  const seatsOf = groupIds(src.seats.map((r) => [r.session_id, r.councillor_id]));
  const recusedOn = groupIds(src.recusals.map((r) => [r.agenda_item_id, r.councillor_id]));
  const nameOf = (id: string) => councillorById.get(id)?.full_name ?? "";
  const byName = (a: string, b: string) => collator.compare(nameOf(a), nameOf(b)) || (a < b ? -1 : a > b ? 1 : 0);
  const popoloVotes: Popolo["votes"] = [];
  for (const v of votes) {
    const cast = ballotsOf.get(v.id) ?? [];
    const voted = new Set(cast.map((b) => b.councillor_id));
    const recused = [...(recusedOn.get(v.agenda_item_id) ?? [])].filter((id) => !voted.has(id) && councillorById.has(id));
    const aside = new Set([...voted, ...recused]);
    const silent = [...(seatsOf.get(v.session_id) ?? [])].filter((id) => !aside.has(id) && councillorById.has(id));
    const rows = [
      ...cast.map((b) => ({ id: b.councillor_id, option: b.option })),
      ...recused.map((id) => ({ id, option: "recused" })),
      ...silent.map((id) => ({ id, option: "not voting" })),
    ].sort((a, b) => byName(a.id, b.id));
    for (const r of rows) {
      const party = councillorById.get(r.id)?.party;
      popoloVotes.push({ vote_event_id: v.id, voter_id: r.id, option: r.option, ...(party ? { group_id: partyId(party) } : {}) });
    }
  }

  return {
    meta: { ...META, source: url("/open-data/popolo.json") },
    persons, organizations, memberships, events, motions: [...motions.values()], vote_events, votes: popoloVotes,
  };
}

function groupIds(pairs: [string, string][]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [key, id] of pairs) {
    const set = map.get(key) ?? new Set<string>();
    set.add(id);
    map.set(key, set);
  }
  return map;
}

/** Reads what `toPopolo` needs: eight queries. */
export async function popoloSource(m: EntityManager | DataSource): Promise<PopoloSource> {
  return {
    councillors: await m.query("SELECT id, full_name, gender, party, active, term_start::text, term_end::text FROM councillor"),
    bodies: await m.query("SELECT id, name, kind FROM body"),
    bodyMembers: await m.query("SELECT body_id, councillor_id FROM body_member"),
    sessions: await m.query("SELECT id, body_id, title, status, started_at, closed_at FROM council_session WHERE status <> 'SCHEDULED'"),
    votes: await m.query(`
      SELECT v.id, v.session_id, s.body_id, v.agenda_item_id, i.title AS item_title, v.majority, v.opened_at, v.closed_at, v.outcome,
             v.for_count, v.against_count, v.abstain_count, v.recused_count, v.not_voted_count
      FROM vote v JOIN council_session s ON s.id = v.session_id JOIN agenda_item i ON i.id = v.agenda_item_id
      WHERE v.status = 'CLOSED'`),
    ballots: await m.query("SELECT b.vote_id, b.councillor_id, b.choice FROM ballot b JOIN vote v ON v.id = b.vote_id WHERE v.status = 'CLOSED'"),
    // Who held a seat on the vote's day: a committee's members then (session_seat); for the council, the councillors
    // whose term covered the day (session_seat's "active now" would miss a councillor whose term has since ended).
    seats: await m.query(`
      SELECT s.session_id, s.councillor_id FROM session_seat s JOIN body b ON b.id = (SELECT body_id FROM council_session WHERE id = s.session_id)
      WHERE b.kind = 'COMMITTEE' AND s.session_id IN (SELECT session_id FROM vote WHERE status = 'CLOSED')
      UNION ALL
      SELECT s.id, c.id FROM council_session s JOIN body b ON b.id = s.body_id AND b.kind = 'COUNCIL'
      JOIN councillor c ON (c.active OR c.term_end IS NOT NULL)
        AND (c.term_start IS NULL OR c.term_start <= (s.scheduled_at AT TIME ZONE $1)::date)
        AND (c.term_end IS NULL OR c.term_end >= (s.scheduled_at AT TIME ZONE $1)::date)
      WHERE s.id IN (SELECT session_id FROM vote WHERE status = 'CLOSED')`, [TIRANA_ZONE]),
    recusals: await m.query("SELECT agenda_item_id, councillor_id FROM declaration_in_force WHERE recused"),
  };
}
