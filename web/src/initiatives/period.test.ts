import { describe, expect, it } from "vitest";
import { currentPeriod, formatNumber, formatPercent, isPeriod, periodLabel, periodOf, recentPeriods, shiftPeriod } from "./period";

describe("half-years", () => {
  it("reads the Tirana calendar: 30 June 23:30 UTC is already 1 July in Tirana", () => {
    expect(periodOf(new Date("2026-06-30T21:00:00Z"))).toBe("2026-H1");
    expect(periodOf(new Date("2026-06-30T22:30:00Z"))).toBe("2026-H2");
    expect(periodOf(new Date("2026-12-31T23:30:00Z"))).toBe("2027-H1");
    expect(currentPeriod(Date.parse("2026-11-24T12:00:00Z"))).toBe("2026-H2");
  });

  it("steps across years", () => {
    expect(shiftPeriod("2026-H1", -1)).toBe("2025-H2");
    expect(shiftPeriod("2025-H2", 1)).toBe("2026-H1");
    expect(recentPeriods(4, "2026-H2")).toEqual(["2026-H2", "2026-H1", "2025-H2", "2025-H1"]);
  });

  it("accepts only what the API accepts", () => {
    expect(isPeriod("2026-H2")).toBe(true);
    expect(isPeriod("2026-H3")).toBe(false);
    expect(isPeriod("2026-h1")).toBe(false);
    expect(isPeriod(null)).toBe(false);
  });

  it("names the months in each language", () => {
    expect(periodLabel("2026-H2", "sq")).toBe("korrik–dhjetor 2026");
    expect(periodLabel("2026-H1", "en")).toBe("January–June 2026");
    expect(periodLabel("2025-H1", "sq", true)).toBe("jan–qer 2025");
  });
});

describe("numbers", () => {
  it("uses the decimal comma in Albanian and drops trailing zeros", () => {
    expect(formatNumber(28.57, "sq", 2)).toBe("28,57");
    expect(formatNumber(28.57, "en", 1)).toBe("28.6");
    expect(formatNumber(50, "sq", 1)).toBe("50");
    expect(formatNumber(0.5, "sq", 2)).toBe("0,5");
    expect(formatNumber(12000, "en", 0)).toBe("12,000");
    expect(formatPercent(49.02, "sq")).toBe("49 %");
    expect(formatPercent(null, "sq")).toBeNull();
  });
});
