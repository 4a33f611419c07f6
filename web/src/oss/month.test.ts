import { describe, expect, it } from "vitest";
import { currentMonth, formatDecimal, isMonth, monthLabel, shiftMonth } from "./month";

describe("months", () => {
  it("knows the Tirana month at a month's edge", () => {
    expect(currentMonth(Date.parse("2026-05-31T22:30:00Z"))).toBe("2026-06"); // 00:30 on 1 June in Tirana
  });
  it("moves across years", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
  });
  it("checks the shape", () => {
    expect(isMonth("2026-05")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth(null)).toBe(false);
  });
  it("names months in Albanian and English", () => {
    expect(monthLabel("2026-05", "sq")).toBe("maj 2026");
    expect(monthLabel("2026-12", "en")).toBe("December 2026");
    expect(monthLabel("2026-11", "sq", true)).toBe("nën 26");
  });
});

describe("formatDecimal", () => {
  it.each([
    [85.333, "sq", 1, "85,3"],
    [85.333, "en", 1, "85.3"],
    [4, "sq", 1, "4"],
    [12345, "en", 0, "12,345"],
    [12345, "sq", 0, "12\u202f345"],
    [1234, "sq", 0, "1234"],
  ] as const)("%s in %s", (value, language, digits, expected) => {
    expect(formatDecimal(value, language, digits)).toBe(expected);
  });
  it("keeps null as null", () => {
    expect(formatDecimal(null, "sq")).toBeNull();
  });
});
