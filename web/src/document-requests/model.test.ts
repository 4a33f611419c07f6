import { describe, expect, it } from "vitest";
import { actionsFor, filtersFromSearch, isFiltered, isLate, NO_FILTERS, searchFromFilters, toRequestFilter } from "./model";

describe("the register's filters in the address", () => {
  it("round-trips and drops what it does not know", () => {
    const f = filtersFromSearch(new URLSearchParams("kerko=procesverbal&gjendja=CLOSED&pergjigjja=REFUSED&afati=MISSED&faqja=2"));
    expect(f).toEqual({ search: "procesverbal", status: "CLOSED", outcome: "REFUSED", sla: "MISSED", page: 2 });
    expect(searchFromFilters(f).toString()).toBe("kerko=procesverbal&gjendja=CLOSED&pergjigjja=REFUSED&afati=MISSED&faqja=2");
    expect(filtersFromSearch(new URLSearchParams("gjendja=DELETED&faqja=-3"))).toEqual(NO_FILTERS);
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(toRequestFilter({ ...NO_FILTERS, sla: "AT_RISK" })).toEqual({ search: null, status: null, outcome: null, slaState: "AT_RISK" });
  });
});

describe("what the secretariat may do", () => {
  const now = new Date("2026-12-05T10:00:00+01:00");
  it("starts, extends once before the due moment, answers what is in progress", () => {
    expect(actionsFor({ status: "RECEIVED", extendedAt: null, dueAt: "2026-12-09T23:59:59+01:00" }, now)).toEqual({ start: true, extend: true, decide: false });
    expect(actionsFor({ status: "IN_PROGRESS", extendedAt: "2026-12-04T10:00:00+01:00", dueAt: "2026-12-17T23:59:59+01:00" }, now)).toEqual({ start: false, extend: false, decide: true });
    expect(actionsFor({ status: "IN_PROGRESS", extendedAt: null, dueAt: "2026-12-04T23:59:59+01:00" }, now).extend).toBe(false);
    expect(actionsFor({ status: "CLOSED", extendedAt: null, dueAt: "2026-12-09T23:59:59+01:00" }, now)).toEqual({ start: false, extend: false, decide: false });
  });
  it("marks late what missed or breached its deadline", () => {
    expect(isLate({ slaState: "MISSED" })).toBe(true);
    expect(isLate({ slaState: "BREACHED" })).toBe(true);
    expect(isLate({ slaState: "MET" })).toBe(false);
  });
});
