import { describe, expect, it } from "vitest";
import {
  acceptsDeclarations,
  declarationsInForceBy,
  featuredVote,
  isRecused,
  latestVoteOf,
  seatsIn,
  supersededDeclarationIds,
  upcomingSessions,
  type AgendaItem,
  type Session,
  type Vote,
} from "./model";

const councillor = (id: string) => ({ id, fullName: `Këshilltar ${id}`, party: null });

function vote(id: string, status: Vote["status"], openedAt: string): Vote {
  return {
    id,
    status,
    majority: "SIMPLE",
    outcome: status === "CLOSED" ? "PASSED" : null,
    openedAt,
    closedAt: null,
    tally: { for: 0, against: 0, abstain: 0, recused: 0, notVoted: 51 },
    ballots: [],
    removedBallots: [],
  };
}

function item(id: string, position: number, votes: Vote[] = [], declarations: AgendaItem["declarations"] = []): AgendaItem {
  return { id, position, title: `Pika ${position}`, description: null, status: "PENDING", votes, declarations, speakers: [], committeeOpinions: [] };
}

function declaration(id: string, councillorId: string, recused: boolean, inForce: boolean): AgendaItem["declarations"][number] {
  return {
    id,
    interestType: "FAMILY",
    description: "…",
    recused,
    inForce,
    filedAt: "2026-12-07T09:00:00Z",
    filedOnBehalf: false,
    supersedesId: null,
    agendaItemId: "i",
    councillor: councillor(councillorId),
  };
}

function session(agenda: AgendaItem[], currentId: string | null): Session {
  return {
    id: "s1",
    title: "Mbledhja",
    scheduledAt: "2026-12-07T09:00:00Z",
    status: "IN_PROGRESS",
    seats: 51,
    lateNotice: false,
    announcedAt: "2026-11-20T09:00:00Z",
    streamUrl: null,
    version: 1,
    currentSpeaker: null,
    startedAt: null,
    closedAt: null,
    minutes: null,
    body: { id: "b", name: "Këshilli", kind: "COUNCIL" },
    quorum: { seats: 51, present: 30, required: 26, reached: true },
    currentItem: currentId ? { id: currentId } : null,
    agenda,
    attendance: [],
  };
}

describe("latestVoteOf", () => {
  it("prefers the open vote, else the one opened last", () => {
    const a = vote("a", "CLOSED", "2026-12-07T09:10:00Z");
    const b = vote("b", "CLOSED", "2026-12-07T09:20:00Z");
    expect(latestVoteOf(item("i", 1, [a, b]))?.id).toBe("b");
    const open = vote("c", "OPEN", "2026-12-07T09:05:00Z");
    expect(latestVoteOf(item("i", 1, [b, open]))?.id).toBe("c");
    expect(latestVoteOf(item("i", 1))).toBeNull();
  });
});

describe("featuredVote", () => {
  it("shows the current item, or the last vote of the sitting when none is current", () => {
    const first = item("i1", 1, [vote("v1", "CLOSED", "2026-12-07T09:10:00Z")]);
    const second = item("i2", 2, [vote("v2", "CLOSED", "2026-12-07T09:40:00Z")]);
    expect(featuredVote(session([first, second], "i1")).vote?.id).toBe("v1");
    expect(featuredVote(session([first, second], null)).vote?.id).toBe("v2");
    expect(featuredVote(session([], null))).toEqual({ item: null, vote: null });
  });
});

describe("declarations", () => {
  it("only the declaration in force decides recusal", () => {
    const corrected = item("i", 1, [], [declaration("d1", "c1", true, false), declaration("d2", "c1", false, true)]);
    expect(isRecused(corrected, "c1")).toBe(false);
    expect(supersededDeclarationIds(corrected)).toEqual(new Set(["d1"]));
    const recused = item("i", 1, [], [declaration("d3", "c2", true, true)]);
    expect(isRecused(recused, "c2")).toBe(true);
    expect(isRecused(recused, "c1")).toBe(false);
  });
});

describe("the councillor's portal", () => {
  it("offers declarations until the item is decided or withdrawn, never in a closed session", () => {
    const open = ["PENDING", "UNDER_DISCUSSION", "VOTING", "DEFERRED"] as const;
    for (const status of open) expect(acceptsDeclarations({ status: "IN_PROGRESS" }, { status })).toBe(true);
    expect(acceptsDeclarations({ status: "SCHEDULED" }, { status: "PENDING" })).toBe(true);
    expect(acceptsDeclarations({ status: "SUSPENDED" }, { status: "VOTING" })).toBe(true);
    expect(acceptsDeclarations({ status: "IN_PROGRESS" }, { status: "DECIDED" })).toBe(false);
    expect(acceptsDeclarations({ status: "IN_PROGRESS" }, { status: "WITHDRAWN" })).toBe(false);
    expect(acceptsDeclarations({ status: "CLOSED" }, { status: "DEFERRED" })).toBe(false);
  });

  it("lists the sitting under way first, then the scheduled ones soonest first, no closed ones", () => {
    const listed = upcomingSessions([
      { id: "later", status: "SCHEDULED", scheduledAt: "2026-12-20T09:00:00Z" },
      { id: "past", status: "CLOSED", scheduledAt: "2026-11-01T09:00:00Z" },
      { id: "soon", status: "SCHEDULED", scheduledAt: "2026-12-10T09:00:00Z" },
      { id: "now", status: "SUSPENDED", scheduledAt: "2026-12-07T09:00:00Z" },
    ] as const);
    expect(listed.map((s) => s.id)).toEqual(["now", "soon", "later"]);
  });

  it("shows only the councillor's own declaration in force on an item", () => {
    const corrected = item("i", 1, [], [
      declaration("d1", "c1", true, false),
      declaration("d2", "c1", false, true),
      declaration("d3", "c2", true, true),
    ]);
    expect(declarationsInForceBy(corrected, "c1").map((d) => d.id)).toEqual(["d2"]);
    expect(declarationsInForceBy(corrected, "c3")).toEqual([]);
  });

  it("knows from the attendance list whether the councillor sits in the session's body", () => {
    const withRoll = { attendance: [{ status: "ABSENT" as const, changedAt: null, councillor: { ...councillor("c1"), gender: "FEMALE" as const } }] };
    expect(seatsIn(withRoll, "c1")).toBe(true);
    expect(seatsIn(withRoll, "c2")).toBe(false);
    expect(seatsIn({ attendance: [] }, "c2")).toBe(true); // no roll yet: the server decides
  });
});
