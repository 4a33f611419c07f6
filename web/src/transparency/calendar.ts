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

/** The server's iCalendar feed (RFC 5545) of a body's meetings: the council's, or one committee's. */
export const calendarPath = (bodyId?: string) => (bodyId ? `/kalendari/${bodyId}.ics` : "/kalendari.ics");

/** webcal:// opens the phone's or the desktop's calendar app on the feed; https:// is the same feed for copying. */
export function calendarLinks(bodyId?: string, location: Pick<Location, "host" | "protocol"> = window.location) {
  const path = calendarPath(bodyId);
  return { webcal: `webcal://${location.host}${path}`, https: `${location.protocol}//${location.host}${path}` };
}
