import { describe, expect, it } from "vitest";
import { isLate, timeLeft } from "./minutesState";

const deadline = "2026-12-09T09:00:00Z";
const at = (iso: string) => new Date(iso).getTime();

describe("timeLeft", () => {
  it("counts whole hours and minutes, rounding up to the minute", () => {
    expect(timeLeft(deadline, at("2026-12-07T09:00:00Z"))).toEqual({ passed: false, hours: 48, minutes: 0 });
    expect(timeLeft(deadline, at("2026-12-09T07:35:30Z"))).toEqual({ passed: false, hours: 1, minutes: 25 });
    expect(timeLeft(deadline, at("2026-12-09T08:59:59Z"))).toEqual({ passed: false, hours: 0, minutes: 1 });
  });

  it("says the deadline passed at and after it", () => {
    expect(timeLeft(deadline, at(deadline)).passed).toBe(true);
    expect(timeLeft(deadline, at("2026-12-10T00:00:00Z")).passed).toBe(true);
  });
});

describe("isLate", () => {
  const base = { late: false, deadline, publishedAt: null };

  it("turns late when the clock passes the deadline of unpublished minutes", () => {
    expect(isLate(base, at("2026-12-09T08:59:00Z"))).toBe(false);
    expect(isLate(base, at("2026-12-09T09:01:00Z"))).toBe(true);
  });

  it("judges published minutes by their publication time, not the clock", () => {
    expect(isLate({ ...base, publishedAt: "2026-12-08T10:00:00Z" }, at("2027-01-01T00:00:00Z"))).toBe(false);
    expect(isLate({ ...base, publishedAt: "2026-12-09T10:00:00Z" }, at("2026-12-09T10:00:00Z"))).toBe(true);
  });

  it("trusts the server when it already says late", () => {
    expect(isLate({ ...base, late: true }, at("2026-12-08T00:00:00Z"))).toBe(true);
  });
});
