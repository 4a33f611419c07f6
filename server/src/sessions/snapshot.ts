import type { DataSource, EntityManager } from "typeorm";
import { Body } from "../council/body.js";
import { OPINION_SELECT, type OpinionRow, toOpinion } from "../committees/model.js";
import type { Councillor } from "../council/councillor.js";
import { allCouncillors } from "../council/queries.js";
import { rows } from "../platform/db/rows.js";
import { readOnlySnapshot } from "../platform/db/transaction.js";
import { Declaration } from "./declaration.js";
import { AgendaItem, Attendance, type BallotRemoval, AttendanceStatus, type Ballot, CouncilSession, Vote, VoteStatus } from "./model.js";
import type {
  AgendaItemRow, AttendanceRow, BallotRemovalRow, BallotRow, BodyRow, CouncilSessionRow, DeclarationRow, ItemInitiativeRow,
  SessionSeatRow, SpeakerRow, VoteTableRow,
} from "./rows.js";
import { quorumOf, speakersInOrder, tallyOf, voteMomentOf } from "./rules.js";
import { Speaker, SpeakerStatus } from "./speaker.js";

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

/** The same, inside a transaction the caller holds (the demo loader builds committee minutes with it). */
export async function loadWith(m: EntityManager, ids: readonly string[]): Promise<Map<string, CouncilSession>> {
  const idList = [...ids];
  const sessionRows = await rows<CouncilSessionRow>(m, "SELECT * FROM council_session WHERE id = ANY($1::uuid[])", [idList]);
  if (sessionRows.length === 0) return new Map();
  const bodyIds = [...new Set(sessionRows.map((r) => r.body_id))];
  // One after another on the transaction's connection (a pg connection runs one query at a time anyway).
  const bodyRows = await rows<BodyRow>(m, "SELECT * FROM body WHERE id = ANY($1::uuid[])", [bodyIds]);
  // Seated members: the view session_seat is their one definition (the council's active councillors, a committee's members on the meeting's date).
  const seatRows = await rows<SessionSeatRow>(m, "SELECT session_id, councillor_id FROM session_seat WHERE session_id = ANY($1::uuid[])", [idList]);
  const councillorList = await allCouncillors(m);
  const itemRows = await rows<AgendaItemRow>(m, "SELECT * FROM agenda_item WHERE session_id = ANY($1::uuid[]) ORDER BY position", [idList]);
  const declarationRows = await rows<DeclarationRow & { in_force: boolean }>(m,
    `SELECT d.*, d.id IN (SELECT f.id FROM declaration_in_force f WHERE f.agenda_item_id = d.agenda_item_id AND f.councillor_id = d.councillor_id) AS in_force
     FROM declaration d JOIN agenda_item i ON i.id = d.agenda_item_id
     WHERE i.session_id = ANY($1::uuid[]) ORDER BY d.filed_at, d.id`, [idList]);
  const voteRows = await rows<VoteTableRow>(m, "SELECT * FROM vote WHERE session_id = ANY($1::uuid[]) ORDER BY opened_at, id", [idList]);
  const ballotRows = await rows<BallotRow>(m,
    `SELECT b.* FROM ballot b JOIN vote v ON v.id = b.vote_id
     WHERE v.session_id = ANY($1::uuid[]) ORDER BY b.cast_at, b.councillor_id`, [idList]);
  const attendanceRows = await rows<AttendanceRow>(m, "SELECT * FROM attendance WHERE session_id = ANY($1::uuid[])", [idList]);
  const removalRows = await rows<BallotRemovalRow>(m,
    `SELECT r.* FROM ballot_removal r JOIN vote v ON v.id = r.vote_id
     WHERE v.session_id = ANY($1::uuid[]) ORDER BY r.removed_at, r.id`, [idList]);
  const speakerRows = await rows<SpeakerRow>(m, "SELECT * FROM speaker WHERE session_id = ANY($1::uuid[]) ORDER BY requested_at, id", [idList]);
  const sessionById = new Map(sessionRows.map((r) => [r.id, r]));
  const initiativeRows = await rows<ItemInitiativeRow>(m,
    `SELECT n.id, n.title, n.kind, n.status, n.agenda_item_id, c.full_name AS lead_name FROM initiative n
     JOIN councillor c ON c.id = n.lead_sponsor_id JOIN agenda_item i ON i.id = n.agenda_item_id
     WHERE i.session_id = ANY($1::uuid[]) ORDER BY n.submitted_at`, [idList]);

  const opinionRows = await rows<OpinionRow>(m, `${OPINION_SELECT} WHERE i.session_id = ANY($1::uuid[]) ORDER BY b.name, o.id`, [idList]);

  const councillors = new Map<string, Councillor>(councillorList.map((c) => [c.id, c]));
  const bodies = new Map<string, Body>(bodyRows.map((r) => [r.id, Object.assign(new Body(), {
    id: r.id, name: r.name, kind: r.kind, seats: r.seats,
  })]));
  const seatedIn = new Map<string, Set<string>>();
  for (const r of seatRows) {
    const set = seatedIn.get(r.session_id) ?? new Set<string>();
    set.add(r.councillor_id);
    seatedIn.set(r.session_id, set);
  }

  const items = new Map<string, AgendaItem>();
  for (const r of itemRows) {
    items.set(r.id, Object.assign(new AgendaItem(), {
      id: r.id, sessionId: r.session_id, position: r.position, title: r.title, description: r.description,
      status: r.status, declarations: [], votes: [], initiatives: [], speakers: [], committeeOpinions: [],
      draftPublishedAt: r.draft_published_at ?? null,
      voteMoment: voteMomentOf(sessionById.get(r.session_id)?.scheduled_at as Date, []),
    }));
  }

  // Declarations: the one in force per (item, councillor) is the view declaration_in_force's; a recusal in force excludes from that item's votes.
  const recusedByItem = new Map<string, Set<string>>();
  for (const r of declarationRows) {
    const item = items.get(r.agenda_item_id) as AgendaItem;
    const session = sessionById.get(item.sessionId) as CouncilSessionRow;
    const d = Object.assign(new Declaration(), {
      sessionId: item.sessionId, sessionTitle: session.title, sessionScheduledAt: session.scheduled_at,
      agendaItemPosition: item.position, agendaItemTitle: item.title,
      id: r.id, agendaItemId: r.agenda_item_id, councillorId: r.councillor_id,
      councillor: councillors.get(r.councillor_id), interestType: r.interest_type,
      description: r.description, recused: r.recused, filedAt: r.filed_at, filedBy: r.filed_by,
      filedOnBehalf: r.filed_on_behalf, supersedesId: r.supersedes_id, inForce: r.in_force,
    });
    item.declarations.push(d);
    if (!d.inForce || !d.recused) continue;
    const set = recusedByItem.get(d.agendaItemId) ?? new Set<string>();
    set.add(d.councillorId);
    recusedByItem.set(d.agendaItemId, set);
  }

  const ballotsByVote = new Map<string, Ballot[]>();
  for (const r of ballotRows) {
    const list = ballotsByVote.get(r.vote_id) ?? [];
    list.push({ councillor: councillors.get(r.councillor_id) as Councillor, choice: r.choice, castAt: r.cast_at });
    ballotsByVote.set(r.vote_id, list);
  }
  for (const r of initiativeRows) {
    items.get(r.agenda_item_id)?.initiatives.push({ id: r.id, title: r.title, kind: r.kind, status: r.status, leadSponsorName: r.lead_name });
  }
  for (const r of opinionRows) items.get(r.agenda_item_id)?.committeeOpinions.push(toOpinion(r));
  const removalsByVote = new Map<string, BallotRemoval[]>();
  for (const r of removalRows) {
    const list = removalsByVote.get(r.vote_id) ?? [];
    list.push({ councillor: councillors.get(r.councillor_id) as Councillor, choice: r.choice, declarationId: r.declaration_id, removedAt: r.removed_at });
    removalsByVote.set(r.vote_id, list);
  }
  for (const r of voteRows) {
    const ballots = (ballotsByVote.get(r.id) ?? []).sort(byName((b) => b.councillor.fullName));
    const seats = r.seats;
    const closed = r.status === VoteStatus.CLOSED;
    const tally = closed
      // A closed vote has every count (the vote_check constraint).
      ? { for: r.for_count as number, against: r.against_count as number, abstain: r.abstain_count as number,
          recused: r.recused_count as number, notVoted: r.not_voted_count as number }
      : tallyOf(seats, ballots.map((b) => b.choice), recusedByItem.get(r.agenda_item_id)?.size ?? 0);
    const vote = Object.assign(new Vote(), {
      id: r.id, sessionId: r.session_id, agendaItemId: r.agenda_item_id, status: r.status,
      majority: r.majority, seats, openedAt: r.opened_at, closedAt: r.closed_at,
      outcome: r.outcome ?? null, tally, ballots, removedBallots: removalsByVote.get(r.id) ?? [],
    });
    const votedItem = items.get(vote.agendaItemId);
    if (votedItem) {
      votedItem.votes.push(vote);
      votedItem.voteMoment = voteMomentOf(sessionById.get(votedItem.sessionId)?.scheduled_at as Date, votedItem.votes.map((v) => v.openedAt));
    }
  }

  const speakingBySession = new Map<string, Speaker>();
  for (const r of speakerRows) {
    const speaker = Object.assign(new Speaker(), {
      id: r.id, sessionId: r.session_id, agendaItemId: r.agenda_item_id, councillorId: r.councillor_id,
      councillor: councillors.get(r.councillor_id) as Councillor, kind: r.kind, status: r.status, requestedAt: r.requested_at,
      requestedBy: r.requested_by, startedAt: r.started_at, endedAt: r.ended_at, allottedSeconds: r.allotted_seconds,
    });
    items.get(r.agenda_item_id)?.speakers.push(speaker);
    if (speaker.status === SpeakerStatus.SPEAKING) speakingBySession.set(r.session_id, speaker);
  }
  for (const item of items.values()) item.speakers = speakersInOrder(item.speakers);

  const attendanceBySession = new Map<string, Map<string, AttendanceRow>>();
  for (const r of attendanceRows) {
    const map = attendanceBySession.get(r.session_id) ?? new Map<string, AttendanceRow>();
    map.set(r.councillor_id, r);
    attendanceBySession.set(r.session_id, map);
  }

  const result = new Map<string, CouncilSession>();
  for (const r of sessionRows) {
    const session = Object.assign(new CouncilSession(), {
      id: r.id, bodyId: r.body_id, title: r.title, scheduledAt: r.scheduled_at, announcedAt: r.announced_at,
      status: r.status, seats: r.seats, currentItemId: r.current_item_id,
      startedAt: r.started_at, closedAt: r.closed_at, version: r.version, streamUrl: r.stream_url,
    });
    const body = bodies.get(session.bodyId) as Body;
    const recorded = attendanceBySession.get(session.id) ?? new Map<string, AttendanceRow>();
    // Seated members (session_seat), plus anyone recorded in this session.
    const memberIds = new Set<string>(seatedIn.get(session.id) ?? []);
    for (const id of recorded.keys()) memberIds.add(id);
    const attendance: Attendance[] = [...memberIds]
      .map((id) => councillors.get(id))
      .filter((c): c is Councillor => c !== undefined)
      .map((councillor) => {
        const rec = recorded.get(councillor.id);
        return Object.assign(new Attendance(), {
          councillor,
          status: rec?.status ?? AttendanceStatus.ABSENT,
          changedAt: rec?.changed_at ?? null,
        });
      })
      .sort(byName((a) => a.councillor.fullName));
    const present = attendance.filter((a) => a.status === AttendanceStatus.PRESENT).length;
    const agenda = itemRows.filter((i) => i.session_id === session.id).map((i) => items.get(i.id) as AgendaItem);
    session.detail = {
      body,
      agenda,
      attendance,
      quorum: quorumOf(session.seats, present),
      currentItem: session.currentItemId ? items.get(session.currentItemId) ?? null : null,
      currentSpeaker: speakingBySession.get(session.id) ?? null,
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
export function speakerIn(session: CouncilSession, speakerId: string): Speaker | undefined {
  for (const item of session.detail?.agenda ?? []) {
    const s = item.speakers.find((x) => x.id === speakerId);
    if (s) return s;
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
