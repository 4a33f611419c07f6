import { dueAfterCalendarDays } from "../calendar/legal-deadlines.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import { closedState, type Deadlines, elapsedDeadlines, nextClockChange, runningState, type SlaState } from "../platform/deadlines/state.js";
import { conflict } from "../platform/errors.js";

/** Kaçanik plan: a decision within 7 days of receipt; 15 when the document is held elsewhere or many are asked for. */
export const ANSWER_DAYS = 7;
export const EXTENDED_ANSWER_DAYS = 15;

/** The due moment and the at-risk moment (the last 20 % of the time), counted from receipt in calendar days. */
export function documentRequestDeadlines(receivedAt: Date, extended: boolean, calendar: WorkingCalendar): Deadlines {
  return elapsedDeadlines(receivedAt, dueAfterCalendarDays(receivedAt, extended ? EXTENDED_ANSWER_DAYS : ANSWER_DAYS, calendar));
}

/** What the clock columns hold for an open request at `now`. */
export function openClock(now: Date, d: Deadlines): { slaState: SlaState; nextCheckAt: Date | null } {
  const slaState = runningState(now, d);
  return { slaState, nextCheckAt: nextClockChange(slaState, d) };
}

/** What they hold once the request is answered: MET or MISSED, nothing left for the clock. */
export function closedClock(closedAt: Date, dueAt: Date): { slaState: SlaState; nextCheckAt: null } {
  return { slaState: closedState(closedAt, dueAt), nextCheckAt: null };
}

/** The statuses as stored (model.ts's DocumentRequestStatus; this module stays free of GraphQL). */
type Status = "RECEIVED" | "IN_PROGRESS" | "CLOSED";
type Open = { status: Status; extendedAt: Date | null; dueAt: Date };

/** Only an open request is started, extended or answered. */
export function requireOpen(r: Pick<Open, "status">): void {
  if (r.status === "CLOSED") throw conflict("This request has already been answered: it can no longer be changed.");
}

export function requireStartable(r: Pick<Open, "status">): void {
  requireOpen(r);
  if (r.status !== "RECEIVED") throw conflict("This request is already in progress.");
}

/** Once, and only before the 7 days have run out (the law extends a running deadline, not a missed one). */
export function requireExtendable(r: Open, now: Date): void {
  requireOpen(r);
  if (r.extendedAt) throw conflict("This request's deadline was already extended once: 15 days is the most the law allows.");
  if (now.getTime() >= r.dueAt.getTime()) throw conflict("The 7 days have already run out: a deadline is extended before it ends, not after.");
}

export function requireDecidable(r: Pick<Open, "status">): void {
  requireOpen(r);
  if (r.status !== "IN_PROGRESS") throw conflict("Start handling this request (IN_PROGRESS) before answering it.");
}
