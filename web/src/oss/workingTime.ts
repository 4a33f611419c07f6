// Working time as the operator's screen shows it between server updates.
//
// The server is the authority on working time (holidays, declared closures,
// the municipality's office hours): each request carries `workingMinutesLeft`
// as of the moment it was loaded. Between updates the page only has to keep the
// visible timers moving, so it subtracts the working time elapsed since then on
// the default office hours (Monday–Friday, 08:00–16:00 Tirana time). A holiday
// or different hours can make that drift for a few minutes at most: the queue
// is re-read every few minutes and on every change, which re-anchors it.
import { COUNCIL_TIME_ZONE } from "../app/time";

/** A working day of the One Stop Shop, in minutes (08:00–16:00): "1 ditë" in the timers. */
export const MINUTES_PER_WORKING_DAY = 8 * 60;

const OPENS_AT = 8 * 60;
const CLOSES_AT = 16 * 60;

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: COUNCIL_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

/** Tirana wall-clock fields of an instant. */
function wallClock(ms: number): { y: number; m: number; d: number; h: number; min: number } {
  const parts = partsFormat.formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get("year"), m: get("month"), d: get("day"), h: get("hour") % 24, min: get("minute") };
}

/** The instant at which Tirana's clock shows the given wall time (two passes settle the offset). */
function instantOfWallTime(y: number, m: number, d: number, minuteOfDay: number): number {
  const wall = Date.UTC(y, m - 1, d, 0, minuteOfDay);
  let guess = wall;
  for (let pass = 0; pass < 2; pass++) {
    const seen = wallClock(guess);
    const seenAsUtc = Date.UTC(seen.y, seen.m - 1, seen.d, seen.h, seen.min);
    guess += wall - seenAsUtc;
  }
  return guess;
}

/**
 * Working minutes between two instants on the default office hours (weekdays
 * 08:00–16:00 in Tirana). Zero when `to` is not after `from`. Looks at most
 * 60 days ahead: beyond that the page has long since re-read the queue.
 */
export function workingMinutesBetween(fromMs: number, toMs: number): number {
  if (!(toMs > fromMs)) return 0;
  const start = wallClock(fromMs);
  let total = 0;
  for (let offset = 0; offset <= 60; offset++) {
    const day = new Date(Date.UTC(start.y, start.m - 1, start.d + offset));
    const y = day.getUTCFullYear();
    const m = day.getUTCMonth() + 1;
    const d = day.getUTCDate();
    const weekday = day.getUTCDay(); // 0 Sunday … 6 Saturday, of the Tirana calendar date
    const opens = instantOfWallTime(y, m, d, OPENS_AT);
    if (opens >= toMs) break;
    if (weekday === 0 || weekday === 6) continue;
    const closes = instantOfWallTime(y, m, d, CLOSES_AT);
    const overlap = Math.min(closes, toMs) - Math.max(opens, fromMs);
    if (overlap > 0) total += overlap / 60_000;
  }
  return total;
}

/**
 * Working minutes left now, from the server's figure and the moment it arrived.
 * A paused request (waiting on the citizen) keeps its frozen figure.
 */
export function minutesLeftNow(serverMinutesLeft: number, loadedAtMs: number, nowMs: number, paused: boolean): number {
  if (paused) return serverMinutesLeft;
  return serverMinutesLeft - workingMinutesBetween(loadedAtMs, nowMs);
}

/** What a timer says, before translation: time left, time past due, or "due now". */
export type TimeLeft =
  | { kind: "left"; days: number; hours: number; minutes: number }
  | { kind: "overdue"; days: number; hours: number; minutes: number }
  | { kind: "dueNow" };

/**
 * Splits working minutes into days of 8 working hours, hours and minutes.
 * Time left is rounded up, so a timer says "1 min" until the due moment itself
 * rather than "0 min" before it; time past due is rounded down. With whole days
 * left the minutes are dropped ("2 ditë 3 orë").
 */
export function splitWorkingMinutes(minutes: number): TimeLeft {
  const overdue = minutes < 0;
  const whole = overdue ? Math.floor(-minutes) : Math.ceil(minutes);
  if (whole === 0) return { kind: "dueNow" };
  const days = Math.floor(whole / MINUTES_PER_WORKING_DAY);
  const hours = Math.floor((whole % MINUTES_PER_WORKING_DAY) / 60);
  const rest = days > 0 ? 0 : whole % 60;
  return { kind: overdue ? "overdue" : "left", days, hours, minutes: rest };
}

/** The published standard time of a service: days, or hours for same-day services. */
export function slaOf(type: { slaWorkingDays: number; slaWorkingHours?: number | null }): { unit: "days" | "hours"; count: number } {
  if (type.slaWorkingDays > 0) return { unit: "days", count: type.slaWorkingDays };
  return { unit: "hours", count: type.slaWorkingHours ?? 0 };
}
