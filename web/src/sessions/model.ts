// Names for the shapes the generated types already describe, and the small
// readings of a session every view needs (which item is current, which vote
// is open). No rule is decided here: the server decides, the client reads.
import type {
  AttendanceStatus,
  DeclarationFieldsFragment,
  InterestType,
  SessionFieldsFragment,
  VoteFieldsFragment,
} from "../gql/graphql";

export type Session = SessionFieldsFragment;
export type AgendaItem = Session["agenda"][number];
export type Vote = VoteFieldsFragment;
export type Declaration = DeclarationFieldsFragment;
export type AttendanceRow = Session["attendance"][number];

export const INTEREST_TYPES: readonly InterestType[] = ["PERSONAL", "FAMILY", "FINANCIAL", "PROFESSIONAL", "OTHER"];

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ["PRESENT", "ABSENT", "EXCUSED"];

export function agendaInOrder(session: Session): AgendaItem[] {
  return [...session.agenda].sort((a, b) => a.position - b.position);
}

export function currentItemOf(session: Session): AgendaItem | null {
  const id = session.currentItem?.id;
  return id ? (session.agenda.find((item) => item.id === id) ?? null) : null;
}

export function openVoteOf(item: AgendaItem | null): Vote | null {
  return item?.votes.find((vote) => vote.status === "OPEN") ?? null;
}

/** The vote to show for an item: the open one, else the one closed last. */
export function latestVoteOf(item: AgendaItem | null): Vote | null {
  if (!item || item.votes.length === 0) return null;
  const open = openVoteOf(item);
  if (open) return open;
  return [...item.votes].sort((a, b) => (a.openedAt < b.openedAt ? 1 : -1))[0] ?? null;
}

/**
 * What the dashboard's vote panel shows: the current item's vote, else (after
 * the sitting, or between items) the vote that happened last in the session.
 */
export function featuredVote(session: Session): { item: AgendaItem | null; vote: Vote | null } {
  const current = currentItemOf(session);
  if (current) return { item: current, vote: latestVoteOf(current) };
  let best: { item: AgendaItem; vote: Vote } | null = null;
  for (const item of session.agenda) {
    for (const vote of item.votes) {
      if (!best || vote.openedAt > best.vote.openedAt) best = { item, vote };
    }
  }
  return best ?? { item: null, vote: null };
}

export function attendanceOf(session: Session, councillorId: string): AttendanceStatus | null {
  return session.attendance.find((row) => row.councillor.id === councillorId)?.status ?? null;
}

/** Ids of declarations that a later one by the same councillor on the same item supersedes (the server says which). */
export function supersededDeclarationIds(item: AgendaItem): Set<string> {
  return new Set(item.declarations.filter((d) => !d.inForce).map((d) => d.id));
}

/** Whether this councillor's standing declaration on the item recuses them. */
export function isRecused(item: AgendaItem, councillorId: string): boolean {
  return item.declarations.some((d) => d.councillor.id === councillorId && d.recused && d.inForce);
}

export function byName(a: { fullName: string }, b: { fullName: string }): number {
  return a.fullName.localeCompare(b.fullName, "sq");
}

/**
 * Whether a councillor can still declare an interest on the item: the server
 * accepts declarations until the item's vote closes (DECIDED), never on a
 * WITHDRAWN item or in a CLOSED session (docs/decisions.md).
 */
export function acceptsDeclarations(session: Pick<Session, "status">, item: Pick<AgendaItem, "status">): boolean {
  return session.status !== "CLOSED" && item.status !== "DECIDED" && item.status !== "WITHDRAWN";
}

/** The declarations this councillor has in force on the item (at most one, by the server's rule). */
export function declarationsInForceBy(item: AgendaItem, councillorId: string): Declaration[] {
  return item.declarations.filter((d) => d.councillor.id === councillorId && d.inForce);
}

/** Whether the councillor sits in the session's body: its attendance lists every seated member. */
export function seatsIn(session: Pick<Session, "attendance">, councillorId: string): boolean {
  // An empty list says nothing either way; let the server decide then.
  return session.attendance.length === 0 || session.attendance.some((row) => row.councillor.id === councillorId);
}

/** Sessions still to be held or under way, the one in the hall first, then soonest first. */
export function upcomingSessions<T extends { status: Session["status"]; scheduledAt: string }>(sessions: readonly T[]): T[] {
  const rank = (s: T) => (s.status === "IN_PROGRESS" || s.status === "SUSPENDED" ? 0 : 1);
  return sessions
    .filter((s) => s.status !== "CLOSED")
    .sort((a, b) => rank(a) - rank(b) || (a.scheduledAt < b.scheduledAt ? -1 : a.scheduledAt > b.scheduledAt ? 1 : 0));
}
