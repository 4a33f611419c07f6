import { describe, expect, it } from "vitest";
import { dayText, isCurrent, isDay, tiranaToday } from "./model";

describe("committee memberships' dates", () => {
  it("writes days as Albanian documents do", () => {
    expect(dayText("2026-07-05")).toBe("05.07.2026");
    expect(dayText(null)).toBe("");
  });

  it.each([
    [{ joinedOn: "2026-01-01", leftOn: null }, "2026-12-02", true],
    [{ joinedOn: "2026-01-01", leftOn: "2026-12-02" }, "2026-12-02", true], // the last day is included
    [{ joinedOn: "2026-01-01", leftOn: "2026-12-01" }, "2026-12-02", false],
    [{ joinedOn: "2026-12-03", leftOn: null }, "2026-12-02", false], // appointed from a later day
  ])("%j is current on %s: %s", (m, today, expected) => {
    expect(isCurrent(m, today)).toBe(expected);
  });

  it("knows a real day and today's date in Tirana", () => {
    expect(isDay("2026-02-28")).toBe(true);
    expect(isDay("2026-02-30")).toBe(false);
    expect(isDay("28.02.2026")).toBe(false);
    expect(tiranaToday(new Date("2026-12-01T23:30:00Z"))).toBe("2026-12-02"); // already the 2nd in Tirana
  });
});
