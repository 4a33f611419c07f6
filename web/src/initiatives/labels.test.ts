import { describe, expect, it } from "vitest";
import { INITIATIVE_STATUSES, nextStatuses, takesAgendaItem } from "./labels";

describe("the initiative lifecycle the secretariat is offered", () => {
  it("moves forward, back to committee from the agenda, and withdraws only while open", () => {
    expect(nextStatuses("SUBMITTED")).toEqual(["IN_COMMITTEE", "ON_AGENDA", "WITHDRAWN"]);
    expect(nextStatuses("ON_AGENDA")).toContain("IN_COMMITTEE");
    for (const closed of ["ADOPTED", "REJECTED", "WITHDRAWN"] as const) expect(nextStatuses(closed)).toEqual([]);
  });

  it("never offers the status itself as a move", () => {
    for (const status of INITIATIVE_STATUSES) expect(nextStatuses(status)).not.toContain(status);
  });

  it("asks for the agenda item only where the initiative is decided", () => {
    expect(INITIATIVE_STATUSES.filter(takesAgendaItem)).toEqual(["ON_AGENDA", "ADOPTED", "REJECTED"]);
  });
});
