import { describe, expect, it } from "vitest";
import { DEFAULT_CALENDAR, WorkingCalendar } from "./working-calendar.js";

const AL = new WorkingCalendar(DEFAULT_CALENDAR);
const XK = new WorkingCalendar({ ...DEFAULT_CALENDAR, country: "XK" });
const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe("working days of Albania and Kosovo", () => {
  it.each([
    ["2026-12-08", AL, false, "Dita Kombëtare e Rinisë"],
    ["2026-12-08", XK, true, null],
    ["2026-11-30", AL, false, "substitute for 28 and 29 November, a weekend"],
    ["2026-11-30", XK, true, null],
    ["2026-03-20", AL, false, "Fitër Bajrami"],
    ["2026-03-23", AL, false, "substitute for Nevruz on Sunday 22 March"],
    ["2026-02-17", XK, false, "Dita e Pavarësisë (Kosovo)"],
    ["2026-02-17", AL, true, null],
    ["2026-12-05", AL, false, "Saturday"],
    ["2026-12-09", AL, true, null],
    ["2027-01-04", AL, false, "substitute for New Year's holiday on Saturday 2 January"],
  ] as const)("%s is a working day: %s (%s)", (date, cal, working, _why) => {
    expect(cal.isWorkingDay(date)).toBe(working);
  });

  it("names the holiday in Albanian", () => {
    expect(AL.holidayOn("2026-12-08")).toBe("Dita Kombëtare e Rinisë");
    expect(AL.holidayOn("2026-11-28")).toBe("Dita e Pavarësisë");
  });

  it("counts a day the municipality declares closed", () => {
    const closed = new WorkingCalendar({ ...DEFAULT_CALENDAR, closedDays: ["2026-12-10"] });
    expect(closed.isWorkingDay("2026-12-10")).toBe(false);
    expect(iso(closed.addWorkingDays(at("2026-12-09T10:00:00+01:00"), 1))).toBe(iso(at("2026-12-11T10:00:00+01:00")));
  });
});

describe("adding working time", () => {
  it.each([
    // from, working days, due, why
    ["2026-12-07T10:00:00+01:00", 1, "2026-12-09T10:00:00+01:00", "DOMAIN.md: 8 December is a public holiday in Albania"],
    ["2026-12-07T10:00:00+01:00", 0, "2026-12-07T10:00:00+01:00", "no time at all"],
    ["2026-11-27T15:00:00+01:00", 1, "2026-12-01T15:00:00+01:00", "weekend, then the substitute Monday 30 November"],
    ["2026-12-05T11:00:00+01:00", 1, "2026-12-09T08:00:00+01:00", "received on Saturday: starts Monday 08:00, a full day ends at Tuesday's opening, a holiday, so Wednesday 08:00"],
    ["2026-12-07T18:30:00+01:00", 1, "2026-12-10T08:00:00+01:00", "received after hours: starts at the next opening (Wednesday), due at the opening after"],
    ["2026-03-19T10:00:00+01:00", 1, "2026-03-24T10:00:00+01:00", "Fitër Bajrami Friday, weekend, Nevruz's substitute Monday"],
    ["2026-03-27T15:00:00+01:00", 1, "2026-03-30T15:00:00+02:00", "summer time begins on Sunday 29 March: still 15:00 local"],
    ["2026-10-23T10:00:00+02:00", 1, "2026-10-26T10:00:00+01:00", "summer time ends on Sunday 25 October: still 10:00 local"],
    ["2026-12-07T10:00:00+01:00", 5, "2026-12-15T10:00:00+01:00", "a week with a holiday inside takes six working days' span"],
    ["2026-12-24T09:00:00+01:00", 2, "2026-12-29T09:00:00+01:00", "Christmas Friday and the weekend"],
  ])("%s + %i working day(s) = %s (%s)", (from, days, due) => {
    expect(iso(AL.addWorkingDays(at(from), days))).toBe(iso(at(due)));
  });

  it.each([
    ["2026-12-07T15:00:00+01:00", 2, "2026-12-09T09:00:00+01:00", "an hour on Monday, the holiday, an hour on Wednesday"],
    ["2026-12-14T17:30:00+01:00", 4, "2026-12-15T12:00:00+01:00", "after hours: four hours from Tuesday's opening"],
    ["2026-12-14T06:00:00+01:00", 3, "2026-12-14T11:00:00+01:00", "before opening: counts from 08:00"],
  ])("%s + %i working hour(s) = %s (%s)", (from, hours, due) => {
    expect(iso(AL.addWorkingMinutes(at(from), hours * 60))).toBe(iso(at(due)));
  });

  it("Kosovo has no 8 December holiday", () => {
    expect(iso(XK.addWorkingDays(at("2026-12-07T10:00:00+01:00"), 1))).toBe(iso(at("2026-12-08T10:00:00+01:00")));
  });
});

describe("working time between two moments", () => {
  it.each([
    ["2026-12-04T15:00:00+01:00", "2026-12-07T09:00:00+01:00", 120, "Friday's last hour and Monday's first"],
    ["2026-12-07T10:00:00+01:00", "2026-12-09T10:00:00+01:00", 480, "across the 8 December holiday: one working day"],
    ["2026-12-05T10:00:00+01:00", "2026-12-06T18:00:00+01:00", 0, "a weekend"],
    ["2026-12-07T07:00:00+01:00", "2026-12-07T20:00:00+01:00", 480, "a whole working day, from before opening to after closing"],
    ["2026-03-27T15:00:00+01:00", "2026-03-30T15:00:00+02:00", 480, "across the start of summer time"],
    ["2026-12-09T10:00:00+01:00", "2026-12-07T10:00:00+01:00", -480, "backwards is negative"],
  ])("%s → %s = %i minutes (%s)", (from, to, minutes) => {
    expect(AL.workingMinutesBetween(at(from), at(to))).toBe(minutes);
  });

  it("is the inverse of adding working time", () => {
    const from = at("2026-11-20T13:17:00+01:00");
    for (const minutes of [0, 1, 59, 480, 481, 2000, 9600]) {
      const due = AL.addWorkingMinutes(from, minutes);
      expect(AL.workingMinutesBetween(from, due)).toBe(minutes);
    }
  });

  it("refuses empty office hours and unknown zones", () => {
    expect(() => new WorkingCalendar({ ...DEFAULT_CALENDAR, opensAt: "16:00", closesAt: "08:00" })).toThrow(/empty/);
    expect(() => new WorkingCalendar({ ...DEFAULT_CALENDAR, timeZone: "Mars/Olympus" })).toThrow(/time zone/);
  });
});
