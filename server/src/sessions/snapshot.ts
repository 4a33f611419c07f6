import type { DataSource, EntityManager } from "typeorm";
import { Body, BodyKind } from "../council/body.js";
import { readOnlySnapshot } from "../platform/db/transaction.js";
import type { InitiativeSummary } from "../initiatives/model.js";
import { COUNCILLOR_COLUMNS, type Councillor, type CouncillorRow, toCouncillor } from "../council/councillor.js";
import { Declaration, type InterestType } from "./declaration.js";
import {
  AgendaItem, type AgendaItemStatus, Attendance, type BallotRemoval, AttendanceStatus, type Ballot, type BallotChoice, CouncilSession,
  type MajorityRule, type SessionStatus, Vote, type VoteOutcome, VoteStatus,
} from "./model.js";
import { quorumOf, tallyOf, voteMomentOf } from "./rules.js";

/**
 * Loads sessions with everything they show (agenda, declarations, votes with named
 * ballots and tallies, attendance, quorum) in a fixed number of queries, whatever
 * the size of the agenda or the council, inside one REPEATABLE READ transaction so
 * the picture is consistent. The public dashboard, the mutations' answers and the
 * live feed all read sessions through here.
 */
export async function loadSessionSnapshots(ds: DataSource, ids: readonly string[]): Promise<Map<string, CouncilSession>> {
  if (ids.length === 0) return new Map();
  return readOnlySnapshot(ds, (m) => loadWith(m, ids));
}

export async function loadSessionSnapshot(ds: DataSource, id: string): Promise<CouncilSession | null> {
  return (await loadSessionSnapshots(ds, [id])).get(id) ?? null;
}

type Row = Record<string, unknown>;

async function loadWith(m: EntityManager, ids: readonly string[]): Promise<Map<string, CouncilSession>> {
  const idList = [...ids];
  const sessionRows: Row[] = await m.query("SELECT * FROM council_session WHERE id = ANY($1::uuid[])", [idList]);
  if (sessionRows.length === 0) return new Map();
  const bodyIds = [...new Set(sessionRows.map((r) => r.body_id as string))];
  // One after another on the transaction's connection (a pg connection runs one query at a time anyway).
  const bodyRows: Row[] = await m.query("SELECT * FROM body WHERE id = ANY($1::uuid[])", [bodyIds]);
  const memberRows: Row[] = await m.query("SELECT body_id, councillor_id FROM body_member WHERE body_id = ANY($1::uuid[])", [bodyIds]);
  const councillorRows: CouncillorRow[] = await m.query(`SELECT ${COUNCILLOR_COLUMNS} FROM councillor`);
  const itemRows: Row[] = await m.query("SELECT * FROM agenda_item WHERE session_id = ANY($1::uuid[]) ORDER BY position", [idList]);
  const declarationRows: Row[] = await m.query(
    `SELECT d.*, d.id IN (SELECT f.id FROM declaration_in_force f WHERE f.agenda_item_id = d.agenda_item_id AND f.councillor_id = d.councillor_id) AS in_force
     FROM declaration d JOIN agenda_item i ON i.id = d.agenda_item_id
     WHERE i.session_id = ANY($1::uuid[]) ORDER BY d.filed_at, d.id`, [idList]);
  const voteRows: Row[] = await m.query("SELECT * FROM vote WHERE session_id = ANY($1::uuid[]) ORDER BY opened_at, id", [idList]);
  const ballotRows: Row[] = await m.query(
    `SELECT b.* FROM ballot b JOIN vote v ON v.id = b.vote_id
     WHERE v.session_id = ANY($1::uuid[]) ORDER BY b.cast_at, b.councillor_id`, [idList]);
  const attendanceRows: Row[] = await m.query("SELECT * FROM attendance WHERE session_id = ANY($1::uuid[])", [idList]);
  const removalRows: Row[] = await m.query(
    `SELECT r.* FROM ballot_removal r JOIN vote v ON v.id = r.vote_id
     WHERE v.session_id = ANY($1::uuid[]) ORDER BY r.removed_at, r.id`, [idList]);
  const sessionById = new Map(sessionRows.map((r) => [r.id as string, r]));
  const initiativeRows: Row[] = await m.query(
    `SELECT n.id, n.title, n.kind, n.status, n.agenda_item_id, c.full_name AS lead_name FROM initiative n
     JOIN councillor c ON c.id = n.lead_sponsor_id JOIN agenda_item i ON i.id = n.agenda_item_id
     WHERE i.session_id = ANY($1::uuid[]) ORDER BY n.submitted_at`, [idList]);

  const councillors = new Map<string, Councillor>(councillorRows.map((r) => [r.id, toCouncillor(r)]));
  const bodies = new Map<string, Body>(bodyRows.map((r) => [r.id as string, Object.assign(new Body(), {
    id: r.id, name: r.name, kind: r.kind as BodyKind, seats: r.seats,
  })]));
  const membersOf = new Map<string, Set<string>>();
  for (const r of memberRows) {
    const set = membersOf.get(r.body_id as string) ?? new Set<string>();
    set.add(r.councillor_id as string);
    membersOf.set(r.body_id as string, set);
  }

  const items = new Map<string, AgendaItem>();
  for (const r of itemRows) {
    items.set(r.id as string, Object.assign(new AgendaItem(), {
      id: r.id, sessionId: r.session_id, position: r.position, title: r.title, description: r.description,
      status: r.status as AgendaItemStatus, declarations: [], votes: [], initiatives: [],
      draftPublishedAt: (r.draft_published_at as Date | null) ?? null,
      voteMoment: voteMomentOf(sessionById.get(r.session_id as string)?.scheduled_at as Date, []),
    }));
  }

  // Declarations: the one in force per (item, councillor) is the view declaration_in_force's; a recusal in force excludes from that item's votes.
  const recusedByItem = new Map<string, Set<string>>();
  for (const r of declarationRows) {
    const item = items.get(r.agenda_item_id as string) as AgendaItem;
    const session = sessionById.get(item.sessionId) as Row;
    const d = Object.assign(new Declaration(), {
      sessionId: item.sessionId, sessionTitle: session.title, sessionScheduledAt: session.scheduled_at,
      agendaItemPosition: item.position, agendaItemTitle: item.title,
      id: r.id, agendaItemId: r.agenda_item_id, councillorId: r.councillor_id,
      councillor: councillors.get(r.councillor_id as string), interestType: r.interest_type as InterestType,
      description: r.description, recused: r.recused, filedAt: r.filed_at, filedBy: r.filed_by,
      filedOnBehalf: r.filed_on_behalf, supersedesId: r.supersedes_id, inForce: r.in_force as boolean,
    });
    item.declarations.push(d);
    if (!d.inForce || !d.recused) continue;
    const set = recusedByItem.get(d.agendaItemId) ?? new Set<string>();
    set.add(d.councillorId);
    recusedByItem.set(d.agendaItemId, set);
  }

  const ballotsByVote = new Map<string, Ballot[]>();
  for (const r of ballotRows) {
    const list = ballotsByVote.get(r.vote_id as string) ?? [];
    list.push({ councillor: councillors.get(r.councillor_id as string) as Councillor, choice: r.choice as BallotChoice, castAt: r.cast_at as Date });
    ballotsByVote.set(r.vote_id as string, list);
  }
  for (const r of initiativeRows) {
    items.get(r.agenda_item_id as string)?.initiatives.push({
      id: r.id as string, title: r.title as string, kind: r.kind as InitiativeSummary["kind"], status: r.status as InitiativeSummary["status"], leadSponsorName: r.lead_name as string,
    });
  }
  const removalsByVote = new Map<string, BallotRemoval[]>();
  for (const r of removalRows) {
    const list = removalsByVote.get(r.vote_id as string) ?? [];
    list.push({ councillor: councillors.get(r.councillor_id as string) as Councillor, choice: r.choice as BallotChoice, declarationId: r.declaration_id as string, removedAt: r.removed_at as Date });
    removalsByVote.set(r.vote_id as string, list);
  }
  for (const r of voteRows) {
    const ballots = (ballotsByVote.get(r.id as string) ?? []).sort(byName((b) => b.councillor.fullName));
    const seats = r.seats as number;
    const closed = r.status === VoteStatus.CLOSED;
    const tally = closed
      ? { for: r.for_count as number, against: r.against_count as number, abstain: r.abstain_count as number,
          recused: r.recused_count as number, notVoted: r.not_voted_count as number }
      : tallyOf(seats, ballots.map((b) => b.choice), recusedByItem.get(r.agenda_item_id as string)?.size ?? 0);
    const vote = Object.assign(new Vote(), {
      id: r.id, sessionId: r.session_id, agendaItemId: r.agenda_item_id, status: r.status as VoteStatus,
      majority: r.majority as MajorityRule, seats, openedAt: r.opened_at, closedAt: r.closed_at,
      outcome: (r.outcome ?? null) as VoteOutcome | null, tally, ballots, removedBallots: removalsByVote.get(r.id as string) ?? [],
    });
    const votedItem = items.get(vote.agendaItemId);
    if (votedItem) {
      votedItem.votes.push(vote);
      votedItem.voteMoment = voteMomentOf(sessionById.get(votedItem.sessionId)?.scheduled_at as Date, votedItem.votes.map((v) => v.openedAt));
    }
  }

  const attendanceBySession = new Map<string, Map<string, Row>>();
  for (const r of attendanceRows) {
    const map = attendanceBySession.get(r.session_id as string) ?? new Map<string, Row>();
    map.set(r.councillor_id as string, r);
    attendanceBySession.set(r.session_id as string, map);
  }

  const result = new Map<string, CouncilSession>();
  for (const r of sessionRows) {
    const session = Object.assign(new CouncilSession(), {
      id: r.id, bodyId: r.body_id, title: r.title, scheduledAt: r.scheduled_at, announcedAt: r.announced_at,
      status: r.status as SessionStatus, seats: r.seats, currentItemId: r.current_item_id,
      startedAt: r.started_at, closedAt: r.closed_at, version: r.version,
    });
    const body = bodies.get(session.bodyId) as Body;
    const recorded = attendanceBySession.get(session.id) ?? new Map<string, Row>();
    // Seated members: the council's active councillors (or the committee's members), plus anyone recorded in this session.
    const memberIds = new Set<string>(
      body.kind === BodyKind.COUNCIL
        ? [...councillors.values()].filter((c) => c.active).map((c) => c.id)
        : [...(membersOf.get(body.id) ?? [])],
    );
    for (const id of recorded.keys()) memberIds.add(id);
    const attendance: Attendance[] = [...memberIds]
      .map((id) => councillors.get(id))
      .filter((c): c is Councillor => c !== undefined)
      .map((councillor) => {
        const rec = recorded.get(councillor.id);
        return Object.assign(new Attendance(), {
          councillor,
          status: (rec?.status as AttendanceStatus | undefined) ?? AttendanceStatus.ABSENT,
          changedAt: (rec?.changed_at as Date | undefined) ?? null,
        });
      })
      .sort(byName((a) => a.councillor.fullName));
    const present = attendance.filter((a) => a.status === AttendanceStatus.PRESENT).length;
    const agenda = itemRows.filter((i) => i.session_id === session.id).map((i) => items.get(i.id as string) as AgendaItem);
    session.detail = {
      body,
      agenda,
      attendance,
      quorum: quorumOf(session.seats, present),
      currentItem: session.currentItemId ? items.get(session.currentItemId) ?? null : null,
    };
    result.set(session.id, session);
  }
  return result;
}

const collator = new Intl.Collator("sq");
function byName<T>(name: (x: T) => string): (a: T, b: T) => number {
  return (a, b) => collator.compare(name(a), name(b));
}

/** Finders over a loaded snapshot, for the mutations' answers. */
export function itemIn(session: CouncilSession, itemId: string): AgendaItem | undefined {
  return session.detail?.agenda.find((i) => i.id === itemId);
}
export function voteIn(session: CouncilSession, voteId: string): Vote | undefined {
  for (const item of session.detail?.agenda ?? []) {
    const v = item.votes.find((x) => x.id === voteId);
    if (v) return v;
  }
  return undefined;
}
export function declarationIn(session: CouncilSession, declarationId: string): Declaration | undefined {
  for (const item of session.detail?.agenda ?? []) {
    const d = item.declarations.find((x) => x.id === declarationId);
    if (d) return d;
  }
  return undefined;
}
