import { describe, expect, it } from "vitest";
import { DEFAULT_CALENDAR, WorkingCalendar } from "../calendar/working-calendar.js";
import { SlaState } from "../platform/deadlines/state.js";
import { closedClock, documentRequestDeadlines, openClock, requireDecidable, requireExtendable, requireStartable } from "./rules.js";

const calendar = new WorkingCalendar(DEFAULT_CALENDAR);
const at = (iso: string) => new Date(iso);

describe("a document request's deadlines (7 days, extended once to 15)", () => {
  // [received, extended, due, at risk (the last 20 % of the time from receipt)]
  const cases: [string, boolean, string, string][] = [
    ["2026-12-02T10:00:00+01:00", false, "2026-12-09T23:59:59.999+01:00", "2026-12-08T07:11:59.999+01:00"],
    ["2026-12-02T10:00:00+01:00", true, "2026-12-17T23:59:59.999+01:00", "2026-12-15T00:47:59.999+01:00"],
    // 8 December (Youth Day) is a holiday in Albania: the 7th day moves to the 9th
    ["2026-12-01T10:00:00+01:00", false, "2026-12-09T23:59:59.999+01:00", "2026-12-08T07:11:59.999+01:00"],
  ];
  it.each(cases)("received %s, extended %s: due %s", (received, extended, due, atRisk) => {
    const d = documentRequestDeadlines(at(received), extended, calendar);
    expect(d.dueAt.getTime()).toBe(at(due).getTime());
    expect(Math.abs(d.atRiskAt.getTime() - at(atRisk).getTime())).toBeLessThan(60_000 * 60 * 24);
    expect(d.atRiskAt < d.dueAt && d.atRiskAt > at(received)).toBe(true);
  });

  it("the clock columns: running, then closed", () => {
    const d = documentRequestDeadlines(at("2026-12-02T10:00:00+01:00"), false, calendar);
    expect(openClock(at("2026-12-03T10:00:00+01:00"), d)).toEqual({ slaState: SlaState.ON_TRACK, nextCheckAt: d.atRiskAt });
    expect(openClock(d.atRiskAt, d)).toEqual({ slaState: SlaState.AT_RISK, nextCheckAt: d.dueAt });
    expect(openClock(d.dueAt, d)).toEqual({ slaState: SlaState.BREACHED, nextCheckAt: null });
    expect(closedClock(d.dueAt, d.dueAt)).toEqual({ slaState: SlaState.MET, nextCheckAt: null });
    expect(closedClock(new Date(d.dueAt.getTime() + 1), d.dueAt)).toEqual({ slaState: SlaState.MISSED, nextCheckAt: null });
  });
});

describe("a document request's lifecycle refusals", () => {
  const dueAt = at("2026-12-09T23:59:59.999+01:00");
  const open = { status: "IN_PROGRESS" as const, extendedAt: null, dueAt };
  it("extends once, before the due moment, while open", () => {
    expect(() => requireExtendable(open, at("2026-12-05T10:00:00+01:00"))).not.toThrow();
    expect(() => requireExtendable({ ...open, extendedAt: at("2026-12-04T10:00:00+01:00") }, at("2026-12-05T10:00:00+01:00"))).toThrow(/already extended/);
    expect(() => requireExtendable(open, dueAt)).toThrow(/run out/);
    expect(() => requireExtendable({ ...open, status: "CLOSED" as const }, at("2026-12-05T10:00:00+01:00"))).toThrow(/already been answered/);
  });
  it("starts once, and answers only what is in progress", () => {
    expect(() => requireStartable({ status: "RECEIVED" as const })).not.toThrow();
    expect(() => requireStartable({ status: "IN_PROGRESS" as const })).toThrow(/already in progress/);
    expect(() => requireDecidable({ status: "RECEIVED" as const })).toThrow(/Start handling/);
    expect(() => requireDecidable({ status: "CLOSED" as const })).toThrow(/already been answered/);
    expect(() => requireDecidable({ status: "IN_PROGRESS" as const })).not.toThrow();
  });
});
