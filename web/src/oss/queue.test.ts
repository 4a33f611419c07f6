import { describe, expect, it } from "vitest";
import type { ServiceRequestStatus, SlaState } from "../gql/graphql";
import { allowedMoves, byUrgency, mergeIntoQueue, queueCounts, queueSections } from "./queue";

type R = { id: string; reference: string; status: ServiceRequestStatus; slaState: SlaState; dueAt: string; office: { code: string } };
const r = (id: string, status: ServiceRequestStatus, slaState: SlaState, dueAt: string, office = "ZNN-QENDER"): R => ({
  id,
  reference: `ZNN-2026-${id}`,
  status,
  slaState,
  dueAt,
  office: { code: office },
});

describe("the queue's order", () => {
  const list = [
    r("1", "IN_PROGRESS", "ON_TRACK", "2026-05-12T09:00:00Z"),
    r("2", "RECEIVED", "AT_RISK", "2026-05-20T09:00:00Z"),
    r("3", "IN_PROGRESS", "BREACHED", "2026-05-11T09:00:00Z"),
    r("4", "WAITING_ON_CITIZEN", "AT_RISK", "2026-05-13T09:00:00Z"),
    r("5", "IN_PROGRESS", "BREACHED", "2026-05-10T09:00:00Z"),
    r("6", "COMPLETED", "MET", "2026-05-10T09:00:00Z"),
    r("7", "WAITING_ON_CITIZEN", "ON_TRACK", "2026-05-12T09:00:00Z"),
  ];

  it("puts breached first, then at risk, then by due moment; waiting ones apart; closed ones nowhere", () => {
    const { active, waiting } = queueSections(list);
    expect(active.map((x) => x.id)).toEqual(["5", "3", "2", "1"]);
    expect(waiting.map((x) => x.id)).toEqual(["7", "4"]);
  });

  it("counts what the live summary announces", () => {
    expect(queueCounts(list)).toEqual({ open: 6, breached: 2, atRisk: 2, waiting: 2 });
  });

  it("orders equal states by due moment", () => {
    expect(byUrgency(list[0], r("x", "RECEIVED", "ON_TRACK", "2026-05-13T09:00:00Z"))).toBeLessThan(0);
  });
});

describe("allowedMoves", () => {
  it.each([
    ["RECEIVED", ["IN_PROGRESS"]],
    ["IN_PROGRESS", ["WAITING_ON_CITIZEN", "COMPLETED", "REJECTED"]],
    ["WAITING_ON_CITIZEN", ["IN_PROGRESS"]],
    ["COMPLETED", []],
    ["REJECTED", []],
  ] as const)("from %s", (from, moves) => {
    expect(allowedMoves(from)).toEqual(moves);
  });
});

describe("mergeIntoQueue", () => {
  const list = [r("1", "IN_PROGRESS", "ON_TRACK", "2026-05-12T09:00:00Z")];
  it("appends a new open request", () => {
    expect(mergeIntoQueue(list, r("2", "RECEIVED", "ON_TRACK", "2026-05-12T10:00:00Z"), null).map((x) => x.id)).toEqual(["1", "2"]);
  });
  it("leaves the list alone for a request it already holds (the cache updates the row)", () => {
    expect(mergeIntoQueue(list, r("1", "IN_PROGRESS", "AT_RISK", "2026-05-12T09:00:00Z"), null)).toBe(list);
  });
  it("drops a closed request", () => {
    expect(mergeIntoQueue(list, r("1", "COMPLETED", "MET", "2026-05-12T09:00:00Z"), null)).toEqual([]);
  });
  it("ignores a request of another office when the queue shows one office", () => {
    expect(mergeIntoQueue(list, r("2", "RECEIVED", "ON_TRACK", "2026-05-12T10:00:00Z", "NJA-PAPER"), "ZNN-QENDER")).toBe(list);
  });
});
