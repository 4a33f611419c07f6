import { describe, expect, it } from "vitest";
import { decisionReference, filtersFromSearch, highlightParts, NO_FILTERS, openDataHref, searchFromFilters, toDecisionFilter } from "./model";

describe("the register's filters in the address", () => {
  it("reads and writes the Albanian words, leaving out empty ones and page 1", () => {
    const filters = filtersFromSearch(new URLSearchParams("viti=2026&organi=b1&rezultati=PASSED&lloji=SERVICES&q=mbetje&faqja=2"));
    expect(filters).toEqual({ year: "2026", bodyId: "b1", outcome: "PASSED", kind: "SERVICES", text: "mbetje", page: 2 });
    expect(searchFromFilters(filters).toString()).toBe("viti=2026&organi=b1&rezultati=PASSED&lloji=SERVICES&q=mbetje&faqja=2");
    expect(searchFromFilters({ ...NO_FILTERS, text: "  " }).toString()).toBe("");
  });

  it("ignores what it does not know", () => {
    expect(filtersFromSearch(new URLSearchParams("viti=26&rezultati=MAYBE&lloji=x&faqja=-3"))).toEqual(NO_FILTERS);
  });

  it("gives the API's filter and the open-data files the same choices", () => {
    const filters = { ...NO_FILTERS, year: "2026", text: " çerdhe ", page: 3 };
    expect(toDecisionFilter(filters)).toEqual({ year: 2026, bodyId: null, outcome: null, kind: null, text: "çerdhe" });
    expect(openDataHref("csv", filters)).toBe("/open-data/decisions.csv?viti=2026&q=%C3%A7erdhe");
    expect(openDataHref("json", NO_FILTERS)).toBe("/open-data/decisions.json");
  });
});

describe("highlights and references", () => {
  it("splits the server's marks into pieces", () => {
    expect(highlightParts("rregullat e \uE000grumbullimit\uE001 të \uE000mbetjeve\uE001.")).toEqual([
      { text: "rregullat e ", matched: false }, { text: "grumbullimit", matched: true }, { text: " të ", matched: false },
      { text: "mbetjeve", matched: true }, { text: ".", matched: false },
    ]);
    expect(highlightParts("pa shenja")).toEqual([{ text: "pa shenja", matched: false }]);
  });

  it("writes the number as nr/year", () => {
    expect(decisionReference({ number: 97, year: 2026 })).toBe("97/2026");
    expect(decisionReference({ number: null, year: 2026 })).toBeNull();
  });
});
