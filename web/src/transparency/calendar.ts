// The public calendar's reading of the sessions: what is still to come
// (scheduled, under way or suspended), soonest first.
import type { SessionCalendarQuery } from "../gql/graphql";

export type CalendarSession = SessionCalendarQuery["sessions"][number];

const UPCOMING = new Set(["SCHEDULED", "IN_PROGRESS", "SUSPENDED"]);

export function upcomingSessions(sessions: readonly CalendarSession[]): CalendarSession[] {
  return sessions
    .filter((s) => UPCOMING.has(s.status))
    .sort((a, b) => (a.scheduledAt < b.scheduledAt ? -1 : a.scheduledAt > b.scheduledAt ? 1 : 0))
    .map((s) => ({ ...s, agenda: [...s.agenda].sort((a, b) => a.position - b.position) }));
}

/** Days of notice the rule asks for (Kaçanik plan): 7 for the council, 3 for a committee. */
export function noticeDays(kind: string): number {
  return kind === "COMMITTEE" ? 3 : 7;
}
