import { describe, expect, it } from "vitest";
import { minutesLeftNow, slaOf, splitWorkingMinutes, workingMinutesBetween } from "./workingTime";

const at = (iso: string) => Date.parse(iso);

describe("workingMinutesBetween (weekdays 08:00–16:00, Tirana)", () => {
  it.each([
    ["inside one working day", "2026-05-12T10:00:00+02:00", "2026-05-12T10:30:00+02:00", 30],
    ["across the evening and the night", "2026-05-12T15:30:00+02:00", "2026-05-13T08:45:00+02:00", 75],
    ["over a weekend", "2026-05-15T15:00:00+02:00", "2026-05-18T09:00:00+02:00", 120],
    ["entirely at night", "2026-05-12T20:00:00+02:00", "2026-05-13T07:59:00+02:00", 0],
    ["on a Saturday", "2026-05-16T09:00:00+02:00", "2026-05-16T12:00:00+02:00", 0],
    ["in winter time (UTC+1)", "2026-12-07T15:00:00+01:00", "2026-12-08T09:00:00+01:00", 120],
    ["across the change to summer time (Sunday 29 March 2026)", "2026-03-27T15:00:00+01:00", "2026-03-30T09:00:00+02:00", 120],
    ["backwards", "2026-05-12T11:00:00+02:00", "2026-05-12T10:00:00+02:00", 0],
  ])("%s", (_name, from, to, minutes) => {
    expect(workingMinutesBetween(at(from), at(to))).toBeCloseTo(minutes, 6);
  });
});

describe("minutesLeftNow", () => {
  it("counts down only in working time", () => {
    const loaded = at("2026-05-12T15:50:00+02:00");
    expect(minutesLeftNow(100, loaded, at("2026-05-12T16:30:00+02:00"), false)).toBe(90);
  });
  it("stays frozen while the request waits on the citizen", () => {
    const loaded = at("2026-05-12T10:00:00+02:00");
    expect(minutesLeftNow(100, loaded, at("2026-05-12T12:00:00+02:00"), true)).toBe(100);
  });
});

describe("splitWorkingMinutes", () => {
  it.each([
    [135, { kind: "left", days: 0, hours: 2, minutes: 15 }],
    [14.2, { kind: "left", days: 0, hours: 0, minutes: 15 }],
    [60, { kind: "left", days: 0, hours: 1, minutes: 0 }],
    [8 * 60 * 2 + 3 * 60 + 20, { kind: "left", days: 2, hours: 3, minutes: 0 }],
    [-30, { kind: "overdue", days: 0, hours: 0, minutes: 30 }],
    [-30.7, { kind: "overdue", days: 0, hours: 0, minutes: 30 }],
    [-(8 * 60 + 61), { kind: "overdue", days: 1, hours: 1, minutes: 0 }],
    [0, { kind: "dueNow" }],
    [-0.4, { kind: "dueNow" }],
  ])("%s working minutes", (minutes, expected) => {
    expect(splitWorkingMinutes(minutes)).toEqual(expected);
  });
});

describe("slaOf", () => {
  it("reads days, or hours for same-day services (slaWorkingDays 0)", () => {
    expect(slaOf({ slaWorkingDays: 5, slaWorkingHours: null })).toEqual({ unit: "days", count: 5 });
    expect(slaOf({ slaWorkingDays: 0, slaWorkingHours: 2 })).toEqual({ unit: "hours", count: 2 });
  });
});
