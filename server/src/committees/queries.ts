import { councillorsById } from "../council/queries.js";
import { rows, type Queryable } from "../platform/db/rows.js";
import { tiranaDate } from "../platform/tirana-time.js";
import { isLateNotice, NOTICE_DAYS } from "../sessions/rules.js";
import { Committee, CommitteeMeeting, CommitteeMembership, type CommitteeRole, OPINION_SELECT, type OpinionRow, toOpinion } from "./model.js";

type CommitteeRow = { id: string; name: string; functions: string | null; seats: number; version: number };
type MembershipRow = { id: string; body_id: string; councillor_id: string; role: CommitteeRole; joined_on: string; left_on: string | null };
type MeetingRow = { id: string; body_id: string; title: string; scheduled_at: Date; announced_at: Date; status: string; items: number };

const collator = new Intl.Collator("sq");

/**
 * Committees with everything their pages show (functions, chair, members with dates, meetings with their
 * notice marks, opinions on council items) in five queries, whatever their number: `ids` null for all.
 * "Today" is Tirana's date; a membership is current from joined_on to left_on, both days included.
 */
export async function loadCommittees(db: Queryable, ids: readonly string[] | null, now = new Date()): Promise<Committee[]> {
  const found = await rows<CommitteeRow>(db,
    `SELECT id, name, functions, seats, version FROM body WHERE kind = 'COMMITTEE'${ids ? " AND id = ANY($1::uuid[])" : ""}`, ids ? [[...ids]] : []);
  if (found.length === 0) return [];
  const bodyIds = found.map((c) => c.id);
  const memberships = await rows<MembershipRow>(db,
    "SELECT id, body_id, councillor_id, role, joined_on::text, left_on::text FROM committee_membership WHERE body_id = ANY($1::uuid[]) ORDER BY joined_on, id", [bodyIds]);
  const councillors = await councillorsById(db, [...new Set(memberships.map((m) => m.councillor_id))]);
  const meetings = await rows<MeetingRow>(db,
    `SELECT s.id, s.body_id, s.title, s.scheduled_at, s.announced_at, s.status, (SELECT count(*)::int FROM agenda_item i WHERE i.session_id = s.id) AS items
     FROM council_session s WHERE s.body_id = ANY($1::uuid[]) ORDER BY s.scheduled_at, s.id`, [bodyIds]);
  const opinions = await rows<OpinionRow>(db, `${OPINION_SELECT} WHERE o.committee_id = ANY($1::uuid[]) ORDER BY s.scheduled_at DESC, i.position, o.id`, [bodyIds]);

  const today = tiranaDate(now);
  return found.map((c) => {
    const own = memberships.filter((m) => m.body_id === c.id).map((m) => Object.assign(new CommitteeMembership(), {
      id: m.id, bodyId: m.body_id, councillorId: m.councillor_id, councillor: councillors.get(m.councillor_id), role: m.role,
      joinedOn: m.joined_on, leftOn: m.left_on,
    }));
    const ended = (m: CommitteeMembership) => m.leftOn !== null && m.leftOn < today;
    const current = (m: CommitteeMembership) => !ended(m) && m.joinedOn <= today;
    const members = own.filter((m) => !ended(m)).sort((a, b) =>
      Number(b.role === "CHAIR" && current(b)) - Number(a.role === "CHAIR" && current(a)) || collator.compare(a.councillor.fullName, b.councillor.fullName));
    const pastMembers = own.filter(ended).sort((a, b) => (b.leftOn ?? "").localeCompare(a.leftOn ?? "") || collator.compare(a.councillor.fullName, b.councillor.fullName));
    const held = meetings.filter((s) => s.body_id === c.id).map((s) => Object.assign(new CommitteeMeeting(), {
      id: s.id, title: s.title, scheduledAt: s.scheduled_at, announcedAt: s.announced_at, status: s.status, items: s.items,
      lateNotice: isLateNotice("COMMITTEE", s.announced_at, s.scheduled_at),
    }));
    const upcomingMeetings = held.filter((s) => s.status !== "CLOSED");
    return Object.assign(new Committee(), {
      id: c.id, name: c.name, functions: c.functions, seats: c.seats, version: c.version, noticeDays: NOTICE_DAYS.COMMITTEE,
      chair: own.find((m) => m.role === "CHAIR" && current(m)) ?? null,
      members, membersCount: own.filter(current).length, pastMembers,
      upcomingMeetings, nextMeeting: upcomingMeetings[0] ?? null,
      pastMeetings: held.filter((s) => s.status === "CLOSED").reverse(),
      opinions: opinions.filter((o) => o.committee_id === c.id).map(toOpinion),
    });
  }).sort((a, b) => collator.compare(a.name, b.name));
}
