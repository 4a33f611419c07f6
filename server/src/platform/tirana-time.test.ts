import { describe, expect, it } from "vitest";
import {
  formatInTirana, TIRANA_ZONE, tiranaClock, tiranaDate, tiranaDateText, tiranaDateTimeText, tiranaDayStart, tiranaDaysBetween,
  tiranaHalfYearRange, tiranaHourOn, tiranaMonthRange, tiranaParts, tiranaTimeInMessage,
} from "./tirana-time.js";

const at = (s: string) => new Date(s);
const iso = (d: Date) => d.toISOString();

// 2026 in Tirana: summer time starts 29 March at 02:00 CET (01:00 UTC), ends 25 October at 03:00 CEST (01:00 UTC).
describe("Tirana time around the summer-time switches", () => {
  it.each([
    ["2026-03-28T22:59:00Z", "2026-03-28", "28.03.2026", "23:59"], // winter, +1
    ["2026-03-28T23:30:00Z", "2026-03-29", "29.03.2026", "00:30"],
    ["2026-03-29T00:59:00Z", "2026-03-29", "29.03.2026", "01:59"], // the last winter minute
    ["2026-03-29T01:00:00Z", "2026-03-29", "29.03.2026", "03:00"], // the first summer minute, +2
    ["2026-10-24T22:30:00Z", "2026-10-25", "25.10.2026", "00:30"], // summer, +2
    ["2026-10-25T00:59:00Z", "2026-10-25", "25.10.2026", "02:59"], // the last summer minute
    ["2026-10-25T01:00:00Z", "2026-10-25", "25.10.2026", "02:00"], // back to winter, +1
    ["2026-12-31T23:30:00Z", "2027-01-01", "01.01.2027", "00:30"], // the year turns in Tirana first
  ])("%s → %s %s %s", (moment, date, text, clock) => {
    expect(tiranaDate(at(moment))).toBe(date);
    expect(tiranaDateText(at(moment))).toBe(text);
    expect(tiranaClock(at(moment))).toBe(clock);
    expect(tiranaDateTimeText(at(moment))).toBe(`${text}, ora ${clock}`);
    const [y, m, d] = date.split("-").map(Number);
    const [h, min] = clock.split(":").map(Number);
    expect(tiranaParts(at(moment))).toEqual({ year: y, month: m, day: d, hour: h, minute: min });
  });

  it.each([
    ["2026-03-29", "2026-03-28T23:00:00.000Z"],
    ["2026-03-30", "2026-03-29T22:00:00.000Z"],
    ["2026-10-25", "2026-10-24T22:00:00.000Z"],
    ["2026-10-26", "2026-10-25T23:00:00.000Z"],
  ])("the day %s starts at %s", (date, start) => {
    expect(iso(tiranaDayStart(date))).toBe(start);
  });

  it.each([
    ["2026-03-28T12:00:00Z", 9, "2026-03-28T08:00:00.000Z"],
    ["2026-03-29T12:00:00Z", 9, "2026-03-29T07:00:00.000Z"],
    ["2026-10-25T12:00:00Z", 9, "2026-10-25T08:00:00.000Z"],
    ["2026-10-24T22:30:00Z", 10, "2026-10-25T09:00:00.000Z"], // already the 25th in Tirana
  ])("%s at %i:00 in Tirana is %s", (day, hour, expected) => {
    expect(iso(tiranaHourOn(at(day), hour))).toBe(expected);
  });

  it.each([
    ["2026-03", "2026-02-28T23:00:00.000Z", "2026-03-31T22:00:00.000Z"],
    ["2026-10", "2026-09-30T22:00:00.000Z", "2026-10-31T23:00:00.000Z"],
    ["2026-12", "2026-11-30T23:00:00.000Z", "2026-12-31T23:00:00.000Z"],
  ])("the month %s is [%s, %s)", (month, start, end) => {
    expect(tiranaMonthRange(month).map(iso)).toEqual([start, end]);
  });

  it.each([
    [2026, 1, "2025-12-31T23:00:00.000Z", "2026-06-30T22:00:00.000Z"],
    [2026, 2, "2026-06-30T22:00:00.000Z", "2026-12-31T23:00:00.000Z"],
  ] as const)("the half-year %i-H%i is [%s, %s)", (year, half, start, end) => {
    expect(tiranaHalfYearRange(year, half).map(iso)).toEqual([start, end]);
  });

  it.each([
    ["2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z", 1], // 23 hours, one calendar day
    ["2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z", 1], // 25 hours, one calendar day
    ["2026-03-28T23:00:00Z", "2026-03-30T10:00:00Z", 1.5],
    ["2026-01-01T00:00:00Z", "2026-01-01T12:00:00Z", 0.5],
  ])("from %s to %s is %d days", (from, to, days) => {
    expect(tiranaDaysBetween(at(from), at(to))).toBeCloseTo(days, 9);
    expect(tiranaDaysBetween(at(from).getTime(), at(to).getTime())).toBeCloseTo(days, 9);
  });

  it("messages read as before: 'medium, short' in English with the zone named", () => {
    expect(tiranaTimeInMessage(at("2026-03-29T01:00:00Z"))).toBe("29 Mar 2026, 03:00 Tirana time");
    expect(tiranaTimeInMessage(at("2026-10-25T01:00:00Z"))).toBe("25 Oct 2026, 02:00 Tirana time");
  });

  it("formats exactly as the Intl formatters it replaced, every 15 minutes across both switch days and on the first of each month", () => {
    const parts = new Intl.DateTimeFormat("en-CA", {
      timeZone: TIRANA_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
    });
    const old = (d: Date) => Object.fromEntries(parts.formatToParts(d).map((p) => [p.type, p.value]));
    const en = new Intl.DateTimeFormat("en-GB", { timeZone: TIRANA_ZONE, dateStyle: "medium", timeStyle: "short" });
    const sq = new Intl.DateTimeFormat("sq-AL", { timeZone: TIRANA_ZONE, dateStyle: "long", timeStyle: "short" });
    const dateOnly = new Intl.DateTimeFormat("en-CA", { timeZone: TIRANA_ZONE });
    const moments: Date[] = [];
    for (const day of ["2026-03-28T12:00:00Z", "2026-10-24T12:00:00Z"]) {
      for (let k = 0; k < 4 * 36; k++) moments.push(new Date(at(day).getTime() + k * 15 * 60_000));
    }
    for (let m = 0; m < 24; m++) moments.push(new Date(Date.UTC(2026, m, 1, 0, 30)), new Date(Date.UTC(2026, m, 1, 22, 30)));
    for (const d of moments) {
      const t = old(d);
      expect(tiranaDate(d)).toBe(`${t.year}-${t.month}-${t.day}`);
      expect(tiranaDate(d)).toBe(dateOnly.format(d));
      expect(tiranaDateText(d)).toBe(`${t.day}.${t.month}.${t.year}`);
      expect(tiranaClock(d)).toBe(`${t.hour}:${t.minute}`);
      expect(tiranaTimeInMessage(d)).toBe(`${en.format(d)} Tirana time`);
      expect(formatInTirana(d, "sq-AL", { dateStyle: "long", timeStyle: "short" })).toBe(sq.format(d));
    }
  });
});
