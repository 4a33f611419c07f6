import { describe, expect, it } from "vitest";
import { currentSeats, folded, initials, isDay, matchingPreset, nextDay, periodOf, presets, rangeFrom } from "./model";

describe("the period in the address", () => {
  it("takes ?nga and ?deri when both are real days in order, else this half-year", () => {
    expect(rangeFrom(new URLSearchParams("nga=2026-07-01&deri=2026-12-31"), "2026-12-02")).toEqual({ nga: "2026-07-01", deri: "2026-12-31", fromAddress: true });
    expect(rangeFrom(new URLSearchParams(""), "2026-03-02")).toEqual({ nga: "2026-01-01", deri: "2026-06-30", fromAddress: false });
    expect(rangeFrom(new URLSearchParams("nga=2026-12-31&deri=2026-07-01"), "2026-12-02").fromAddress).toBe(false);
    expect(rangeFrom(new URLSearchParams("nga=2026-02-30&deri=2026-07-01"), "2026-12-02").fromAddress).toBe(false);
  });

  it("offers this half, the previous half, this year and last year", () => {
    expect(presets("2026-12-02").map((p) => p.key)).toEqual(["2026-H2", "2026-H1", "2026", "2025"]);
    expect(presets("2026-02-10").map((p) => p.key)).toEqual(["2026-H1", "2025-H2", "2026", "2025"]);
    expect(matchingPreset({ nga: "2026-07-01", deri: "2026-12-31" }, "2026-12-02")?.key).toBe("2026-H2");
  });

  it("asks the server for [first midnight, midnight after the last day) in Tirana, summer time included", () => {
    expect(periodOf({ nga: "2026-07-01", deri: "2026-12-31" })).toEqual({ from: "2026-07-01T00:00:00+02:00", to: "2027-01-01T00:00:00+01:00" });
    expect(nextDay("2026-02-28")).toBe("2026-03-01");
    expect(isDay("2028-02-29")).toBe(true);
    expect(isDay("2026-13-01")).toBe(false);
  });
});

describe("names and seats", () => {
  it("initials of the first and last name", () => {
    expect(initials("Mirela Shehu")).toBe("MS");
    expect(initials("Ndriçim Topi")).toBe("NT");
    expect(initials("Çela")).toBe("Ç");
  });
  it("current committee seats, chairs first; search without diacritics", () => {
    expect(currentSeats([{ role: "MEMBER", leftOn: null }, { role: "CHAIR", leftOn: null }, { role: "CHAIR", leftOn: "2026-01-01" }]))
      .toEqual([{ role: "CHAIR", leftOn: null }, { role: "MEMBER", leftOn: null }]);
    expect(folded("Buxheti i Bashkisë")).toContain("bashkise");
    expect(folded("Çerdhet")).toBe("cerdhet");
  });
});
