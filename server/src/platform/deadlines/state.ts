/**
 * The one deadline engine's states (DOMAIN.md, One Stop Shop "SLA state"), for every clock that a citizen's
 * filing runs against: One Stop Shop service requests (working time) and requests for public documents
 * (calendar days). Plain functions of plain data; the clock (clock.ts) applies them as time passes.
 */
import { registerEnumType } from "type-graphql";

export enum SlaState {
  ON_TRACK = "ON_TRACK",
  AT_RISK = "AT_RISK",
  BREACHED = "BREACHED",
  MET = "MET",
  MISSED = "MISSED",
}
registerEnumType(SlaState, { name: "SlaState" });

/** Less than this share of the allowed time left is AT_RISK. */
export const AT_RISK_SHARE = 0.2;

/** The two moments the clock acts on. */
export type Deadlines = { dueAt: Date; atRiskAt: Date };

/** The state of an open, running clock at `now`: it changes with the clock alone. */
export function runningState(now: Date, d: Deadlines): SlaState {
  if (now >= d.dueAt) return SlaState.BREACHED;
  if (now >= d.atRiskAt) return SlaState.AT_RISK;
  return SlaState.ON_TRACK;
}

/** When the clock alone would next change a running item's state (null: never). */
export function nextClockChange(state: SlaState, d: Deadlines): Date | null {
  if (state === SlaState.ON_TRACK) return d.atRiskAt;
  if (state === SlaState.AT_RISK) return d.dueAt;
  return null;
}

/** A closed item met its deadline when it was closed by the due moment. */
export function closedState(closedAt: Date, dueAt: Date): SlaState {
  return closedAt <= dueAt ? SlaState.MET : SlaState.MISSED;
}

/** For a deadline in elapsed (calendar) time: AT_RISK once less than 20 % of the time from `startAt` to `dueAt` is left. */
export function elapsedDeadlines(startAt: Date, dueAt: Date): Deadlines {
  const span = dueAt.getTime() - startAt.getTime();
  return { dueAt, atRiskAt: new Date(startAt.getTime() + Math.max(0, span) * (1 - AT_RISK_SHARE)) };
}
