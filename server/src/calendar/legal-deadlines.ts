import { DateTime } from "luxon";
import type { WorkingCalendar } from "./working-calendar.js";

/**
 * Deadlines counted in calendar days, as the law counts them for citizens' filings (petitions: reviewed
 * within 60 days and answered within 15; requests for public documents: 7 days, extendable to 15):
 * the filing's day is not counted, the deadline ends at the end of the last day in the municipality's
 * time zone, and a last day that is not a working day (weekend, public holiday, a closed day the
 * municipality declared) moves the end to the end of the next working day, as administrative deadlines do.
 */
export function dueAfterCalendarDays(from: Date, days: number, calendar: WorkingCalendar): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError("days must be a whole number, 0 or more");
  let last = DateTime.fromJSDate(from, { zone: calendar.config.timeZone }).startOf("day").plus({ days });
  for (let guard = 0; guard < 366 && !calendar.isWorkingDay(last.toISODate() as string); guard++) last = last.plus({ days: 1 });
  return last.endOf("day").toJSDate();
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Notice (Kaçanik plan): a meeting is announced at least `noticeDays` days (of 24 hours) before it is
 * held: council sessions 7, committee meetings 3, public consultations and meetings 14. Closer is allowed
 * but marked late, in public.
 */
export function isLateAnnouncement(noticeDays: number, announcedAt: Date, heldAt: Date): boolean {
  return heldAt.getTime() - announcedAt.getTime() < noticeDays * DAY_MS;
}
