/**
 * SLA rules of the One Stop Shop (DOMAIN.md), as plain functions of plain data.
 *
 * The working time that counts for a request is the working time since it was
 * received, minus the working time it spent WAITING_ON_CITIZEN. So the due
 * moment is always `receivedAt + (allowed + waited)` in working time: a pause
 * moves it later by exactly the working time spent waiting, and a closed day
 * declared later moves it too, by the same calculation.
 */
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import { AT_RISK_SHARE, type Deadlines } from "../platform/deadlines/state.js";

// The states and the clock are the one deadline engine (platform/deadlines), shared with document requests.
export { AT_RISK_SHARE, SlaState, closedState, nextClockChange, runningState } from "../platform/deadlines/state.js";

export enum RequestStatus {
  RECEIVED = "RECEIVED",
  IN_PROGRESS = "IN_PROGRESS",
  WAITING_ON_CITIZEN = "WAITING_ON_CITIZEN",
  COMPLETED = "COMPLETED",
  REJECTED = "REJECTED",
}

export type Sla = { workingDays: number | null; workingHours: number | null };

export function allowedMinutes(sla: Sla, calendar: WorkingCalendar): number {
  return sla.workingDays !== null ? sla.workingDays * calendar.minutesPerDay : (sla.workingHours as number) * 60;
}

export type ClockInput = {
  receivedAt: Date;
  allowedMinutes: number;
  /** Working minutes spent waiting on the citizen in finished pauses. */
  waitingMinutes: number;
};

/** The due moment and the moment the request becomes AT_RISK. */
export function deadlines(c: ClockInput, calendar: WorkingCalendar): Deadlines {
  return {
    dueAt: calendar.addWorkingMinutes(c.receivedAt, c.allowedMinutes + c.waitingMinutes),
    atRiskAt: calendar.addWorkingMinutes(c.receivedAt, c.allowedMinutes * (1 - AT_RISK_SHARE) + c.waitingMinutes),
  };
}

/** RECEIVED → IN_PROGRESS → (WAITING_ON_CITIZEN ⇄ IN_PROGRESS) → COMPLETED or REJECTED. */
const MOVES: Record<RequestStatus, readonly RequestStatus[]> = {
  [RequestStatus.RECEIVED]: [RequestStatus.IN_PROGRESS],
  [RequestStatus.IN_PROGRESS]: [RequestStatus.WAITING_ON_CITIZEN, RequestStatus.COMPLETED, RequestStatus.REJECTED],
  [RequestStatus.WAITING_ON_CITIZEN]: [RequestStatus.IN_PROGRESS],
  [RequestStatus.COMPLETED]: [],
  [RequestStatus.REJECTED]: [],
};

export function canMoveRequest(from: RequestStatus, to: RequestStatus): boolean {
  return MOVES[from].includes(to);
}

export const isClosed = (s: RequestStatus) => s === RequestStatus.COMPLETED || s === RequestStatus.REJECTED;
