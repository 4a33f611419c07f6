import { describe, expect, it } from "vitest";
import { filtersFromSearch, nextMoves, registerHref, runningDeadline, signatureLines, tiranaNoonIso } from "./model";

describe("the register's address", () => {
  it("reads a known status and a page, ignores the rest", () => {
    expect(filtersFromSearch(new URLSearchParams("gjendja=DISCUSSED&faqja=2"))).toEqual({ status: "DISCUSSED", page: 2 });
    expect(filtersFromSearch(new URLSearchParams("gjendja=<script>&faqja=-1"))).toEqual({ status: "", page: 1 });
  });
  it("writes only what is set", () => {
    expect(registerHref({ status: "", page: 1 })).toBe("/peticionet");
    expect(registerHref({ status: "REJECTED", page: 3 })).toBe("/peticionet?gjendja=REJECTED&faqja=3");
  });
});

describe("petitions", () => {
  it("count signatures one per line, blank lines aside", () => {
    expect(signatureLines("Arta Hoxha, Rr. Dibrës\n\n  \r\nGenti Kola\n")).toBe(2);
    expect(signatureLines("")).toBe(0);
  });
  it("show the deadline that runs: the review's, then the answer's, then none", () => {
    const p = { reviewDueAt: "R", answerDueAt: "A" };
    expect(runningDeadline({ ...p, status: "RECEIVED", answerDueAt: null })).toEqual({ kind: "review", dueAt: "R" });
    expect(runningDeadline({ ...p, status: "DISCUSSED" })).toEqual({ kind: "answer", dueAt: "A" });
    expect(runningDeadline({ ...p, status: "ANSWERED" })).toBeNull();
    expect(runningDeadline({ ...p, status: "REJECTED" })).toBeNull();
  });
  it("offer the lifecycle's next moves", () => {
    expect(nextMoves("RECEIVED")).toEqual(["review", "reject"]);
    expect(nextMoves("UNDER_REVIEW")).toEqual(["discuss", "reject"]);
    expect(nextMoves("DISCUSSED")).toEqual(["answer"]);
    expect(nextMoves("ANSWERED")).toEqual([]);
  });
  it("take a day as noon in Tirana, in winter and in summer", () => {
    expect(tiranaNoonIso("2026-12-02")).toBe("2026-12-02T11:00:00.000Z");
    expect(tiranaNoonIso("2026-07-01")).toBe("2026-07-01T10:00:00.000Z");
    expect(tiranaNoonIso("2026-7-1")).toBeNull();
  });
});
