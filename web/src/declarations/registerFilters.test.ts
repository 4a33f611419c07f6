import { describe, expect, it } from "vitest";
import {
  NO_FILTERS,
  datesInOrder,
  filtersFromSearch,
  nextDay,
  parseDay,
  searchFromFilters,
  toDeclarationFilter,
  type RegisterFilters,
} from "./registerFilters";

describe("register filters in the address", () => {
  it("round-trips every filter through the query string", () => {
    const filters: RegisterFilters = {
      councillorId: "c-1",
      sessionId: "s-1",
      interestType: "FINANCIAL",
      recused: "yes",
      from: "2026-12-01",
      to: "2026-12-07",
      page: 3,
    };
    const search = searchFromFilters(filters);
    expect(search.toString()).toBe("keshilltari=c-1&seanca=s-1&lloji=FINANCIAL&perjashtim=po&nga=2026-12-01&deri=2026-12-07&faqja=3");
    expect(filtersFromSearch(search)).toEqual(filters);
  });

  it("leaves out what is not set, page 1 included", () => {
    expect(searchFromFilters(NO_FILTERS).toString()).toBe("");
    expect(searchFromFilters({ ...NO_FILTERS, recused: "no" }).toString()).toBe("perjashtim=jo");
  });

  it("ignores malformed values instead of guessing", () => {
    const filters = filtersFromSearch(new URLSearchParams("lloji=BRIBE&perjashtim=maybe&nga=2026-02-30&deri=dje&faqja=-2"));
    expect(filters).toEqual(NO_FILTERS);
  });
});

describe("days in Tirana", () => {
  it("accepts only real calendar days", () => {
    expect(parseDay("2028-02-29")).toBe("2028-02-29");
    expect(parseDay("2026-02-29")).toBeNull();
    expect(parseDay("")).toBeNull();
  });

  it("steps over month and year ends", () => {
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2026-02-28")).toBe("2026-03-01");
  });

  it("turns days into the API's bounds: from midnight, to the next midnight (exclusive)", () => {
    expect(toDeclarationFilter({ ...NO_FILTERS, from: "2026-12-01", to: "2026-12-07" })).toEqual({
      from: "2026-12-01T00:00:00+01:00",
      to: "2026-12-08T00:00:00+01:00",
    });
    // Summer time: Tirana is UTC+2; the last Sunday of October goes back to +1.
    expect(toDeclarationFilter({ ...NO_FILTERS, from: "2026-07-01", to: "2026-10-24" })).toEqual({
      from: "2026-07-01T00:00:00+02:00",
      to: "2026-10-25T00:00:00+02:00",
    });
  });

  it("passes the other filters as they are", () => {
    expect(toDeclarationFilter({ ...NO_FILTERS, councillorId: "c", sessionId: "s", interestType: "FAMILY", recused: "no" })).toEqual({
      councillorId: "c",
      sessionId: "s",
      interestType: "FAMILY",
      recused: false,
    });
  });

  it("knows when the dates are the wrong way round", () => {
    expect(datesInOrder({ from: "2026-12-08", to: "2026-12-07" })).toBe(false);
    expect(datesInOrder({ from: "2026-12-07", to: "2026-12-07" })).toBe(true);
    expect(datesInOrder({ from: "", to: "2026-12-07" })).toBe(true);
  });
});
