import { describe, expect, it } from "vitest";
import { dueAfterCalendarDays, isLateAnnouncement } from "./legal-deadlines.js";
import { DEFAULT_CALENDAR, WorkingCalendar } from "./working-calendar.js";

const albania = new WorkingCalendar(DEFAULT_CALENDAR);
const kosovo = new WorkingCalendar({ ...DEFAULT_CALENDAR, country: "XK" });

describe("deadlines in calendar days (petitions 60 and 15, document requests 7 and 15)", () => {
  // [filed at, days, due (end of the last day, Europe/Tirane), why]
  const cases: [string, number, string, string][] = [
    ["2026-12-02T10:00:00+01:00", 7, "2026-12-09T23:59:59.999+01:00", "7 days, a Wednesday"],
    ["2026-12-02T10:00:00+01:00", 15, "2026-12-17T23:59:59.999+01:00", "extended to 15"],
    ["2026-12-03T23:30:00+01:00", 7, "2026-12-10T23:59:59.999+01:00", "late in the evening counts as that day"],
    // 23:30 UTC on 3 December is already 4 December in Tirana: the local day counts, not UTC's
    ["2026-12-03T23:30:00Z", 7, "2026-12-11T23:59:59.999+01:00", "the local date, not UTC's"],
    ["2026-12-01T10:00:00+01:00", 7, "2026-12-09T23:59:59.999+01:00", "8 December (Youth Day) moves to the 9th"],
    ["2026-01-30T09:00:00+01:00", 7, "2026-02-06T23:59:59.999+01:00", "across a month end"],
    ["2026-02-21T09:00:00+01:00", 7, "2026-03-02T23:59:59.999+01:00", "Saturday 28 February moves to Monday 2 March"],
    ["2026-12-17T09:00:00+01:00", 7, "2026-12-24T23:59:59.999+01:00", "Christmas Eve is a working day"],
    ["2026-12-18T09:00:00+01:00", 7, "2026-12-28T23:59:59.999+01:00", "Friday 25 December (Christmas) moves past the weekend"],
    ["2026-10-20T12:00:00+02:00", 7, "2026-10-27T23:59:59.999+01:00", "across the end of summer time"],
    ["2026-03-23T12:00:00+01:00", 7, "2026-03-30T23:59:59.999+02:00", "across the start of summer time"],
    ["2026-03-01T10:00:00+01:00", 60, "2026-04-30T23:59:59.999+02:00", "60 days across a month end"],
    // 28 and 29 November 2026 (Independence and Liberation Day) fall on the weekend: Monday 30 November is their substitute day
    ["2026-09-30T10:00:00+02:00", 60, "2026-12-01T23:59:59.999+01:00", "60 days: Sunday 29 November, then the substitute holiday"],
    ["2026-10-01T10:00:00+02:00", 60, "2026-12-01T23:59:59.999+01:00", "60 days: Monday 30 November is a substitute holiday"],
    ["2026-11-17T10:00:00+01:00", 15, "2026-12-02T23:59:59.999+01:00", "15 days"],
    ["2026-11-14T10:00:00+01:00", 15, "2026-12-01T23:59:59.999+01:00", "Sunday 29 November moves past the substitute holiday"],
  ];
  it.each(cases)("filed %s, %i days: due %s (%s)", (filed, days, due) => {
    expect(dueAfterCalendarDays(new Date(filed), days, albania).toISOString()).toBe(new Date(due).toISOString());
  });

  it("follows the country's holidays: 17 February is Kosovo's Independence Day, a working day in Albania", () => {
    const filed = new Date("2026-02-10T10:00:00+01:00"); // Tuesday; 7 days later is Tuesday 17 February
    expect(dueAfterCalendarDays(filed, 7, albania).toISOString()).toBe(new Date("2026-02-17T23:59:59.999+01:00").toISOString());
    expect(dueAfterCalendarDays(filed, 7, kosovo).toISOString()).toBe(new Date("2026-02-18T23:59:59.999+01:00").toISOString());
  });

  it("refuses a negative or fractional number of days", () => {
    expect(() => dueAfterCalendarDays(new Date(), -1, albania)).toThrow(RangeError);
    expect(() => dueAfterCalendarDays(new Date(), 1.5, albania)).toThrow(RangeError);
  });
});

describe("notice of 14 days for public consultations and meetings", () => {
  const held = new Date("2026-12-21T17:00:00+01:00");
  it.each([
    ["2026-12-07T17:00:00+01:00", false, "exactly 14 days"],
    ["2026-12-07T17:00:01+01:00", true, "a second less"],
    ["2026-11-30T09:00:00+01:00", false, "three weeks"],
    ["2026-12-14T09:00:00+01:00", true, "one week"],
  ])("announced %s: late %s (%s)", (announced, late) => {
    expect(isLateAnnouncement(14, new Date(announced), held)).toBe(late);
  });
});
