import { describe, expect, it } from "vitest";
import { DEFAULT_CALENDAR, WorkingCalendar } from "../calendar/working-calendar.js";
import { allowedMinutes, canMoveRequest, closedState, deadlines, nextClockChange, RequestStatus as R, runningState, SlaState as S } from "./sla.js";

const cal = new WorkingCalendar(DEFAULT_CALENDAR);
const at = (s: string) => new Date(s);

describe("SLA deadlines", () => {
  it("a 1-working-day request received Monday 7 December 10:00 is due Wednesday 10:00, at risk from Wednesday 08:24", () => {
    const d = deadlines({ receivedAt: at("2026-12-07T10:00:00+01:00"), allowedMinutes: allowedMinutes({ workingDays: 1, workingHours: null }, cal), waitingMinutes: 0 }, cal);
    expect(d.dueAt.toISOString()).toBe(at("2026-12-09T10:00:00+01:00").toISOString());
    // 20 % of 480 minutes = 96 minutes before the due moment, in working time
    expect(d.atRiskAt.toISOString()).toBe(at("2026-12-09T08:24:00+01:00").toISOString());
  });

  it("time waiting on the citizen moves the due moment later by the working time waited", () => {
    const base = { receivedAt: at("2026-12-01T09:00:00+01:00"), allowedMinutes: 3 * 480 };
    const without = deadlines({ ...base, waitingMinutes: 0 }, cal);
    const withWait = deadlines({ ...base, waitingMinutes: 480 + 120 }, cal);
    expect(without.dueAt.toISOString()).toBe(at("2026-12-04T09:00:00+01:00").toISOString());
    // one working day and two hours later, skipping the weekend
    expect(withWait.dueAt.toISOString()).toBe(at("2026-12-07T11:00:00+01:00").toISOString());
  });

  it("same-day services count working hours", () => {
    const d = deadlines({ receivedAt: at("2026-12-14T14:30:00+01:00"), allowedMinutes: allowedMinutes({ workingDays: null, workingHours: 2 }, cal), waitingMinutes: 0 }, cal);
    expect(d.dueAt.toISOString()).toBe(at("2026-12-15T08:30:00+01:00").toISOString());
  });
});

describe("SLA states", () => {
  const d = { atRiskAt: at("2026-12-09T08:24:00+01:00"), dueAt: at("2026-12-09T10:00:00+01:00") };
  it.each([
    ["2026-12-08T12:00:00+01:00", S.ON_TRACK],
    ["2026-12-09T08:23:59+01:00", S.ON_TRACK],
    ["2026-12-09T08:24:00+01:00", S.AT_RISK],
    ["2026-12-09T09:59:59+01:00", S.AT_RISK],
    ["2026-12-09T10:00:00+01:00", S.BREACHED], // at its due moment
    ["2026-12-10T03:00:00+01:00", S.BREACHED],
  ])("at %s: %s", (now, state) => {
    expect(runningState(at(now), d)).toBe(state);
  });

  it("the clock's next change: at risk, then due, then nothing", () => {
    expect(nextClockChange(S.ON_TRACK, d)).toEqual(d.atRiskAt);
    expect(nextClockChange(S.AT_RISK, d)).toEqual(d.dueAt);
    expect(nextClockChange(S.BREACHED, d)).toBeNull();
  });

  it("closed requests are MET by the due moment, MISSED after", () => {
    expect(closedState(at("2026-12-09T10:00:00+01:00"), d.dueAt)).toBe(S.MET);
    expect(closedState(at("2026-12-09T10:00:01+01:00"), d.dueAt)).toBe(S.MISSED);
  });
});

describe("request lifecycle", () => {
  it.each([
    [R.RECEIVED, R.IN_PROGRESS, true],
    [R.RECEIVED, R.COMPLETED, false],
    [R.RECEIVED, R.WAITING_ON_CITIZEN, false],
    [R.IN_PROGRESS, R.WAITING_ON_CITIZEN, true],
    [R.WAITING_ON_CITIZEN, R.IN_PROGRESS, true],
    [R.WAITING_ON_CITIZEN, R.COMPLETED, false],
    [R.IN_PROGRESS, R.COMPLETED, true],
    [R.IN_PROGRESS, R.REJECTED, true],
    [R.COMPLETED, R.IN_PROGRESS, false],
    [R.REJECTED, R.IN_PROGRESS, false],
  ])("%s → %s: %s", (from, to, ok) => {
    expect(canMoveRequest(from, to)).toBe(ok);
  });
});
