import { describe, expect, it } from "vitest";
import type { AgendaItem, Session, Vote } from "../../sessions/model";
import { boardGrid, chamberMode, majorityThreshold, nextInQueue, seatBoard, SEAT_MARKS, speakerOn, timeOfDay, TALLY_MARKS } from "./chamber";

const person = (id: string, fullName: string) => ({ id, fullName, party: "PS", gender: null });
const row = (id: string, fullName: string, status: "PRESENT" | "ABSENT" | "EXCUSED") => ({ status, changedAt: null, councillor: person(id, fullName) });

function vote(over: Partial<Vote> = {}): Vote {
  return {
    id: "v1", status: "OPEN", majority: "SIMPLE", outcome: null, openedAt: "2026-12-01T10:00:00Z", closedAt: null,
    tally: { for: 0, against: 0, abstain: 0, recused: 0, notVoted: 0 }, ballots: [], removedBallots: [], ...over,
  } as unknown as Vote;
}

function item(over: Partial<AgendaItem> = {}): AgendaItem {
  return { id: "i1", position: 1, title: "Buxheti", description: null, status: "IN_DISCUSSION", speakers: [], declarations: [], votes: [], ...over } as unknown as AgendaItem;
}

const speaker = (id: string, status: string, kind = "CONTRIBUTION", agendaItemId = "i1") =>
  ({ id, status, kind, agendaItemId, startedAt: null, endedAt: null, allottedSeconds: 300, spokenSeconds: 0, councillor: { id: `c-${id}` } }) as never;

describe("seatBoard", () => {
  const session = {
    attendance: [
      row("a", "Zana Zeka", "PRESENT"),
      row("b", "Arben Hoxha", "PRESENT"),
      row("c", "Mirela Shehu", "PRESENT"),
      row("d", "Ilir Kola", "ABSENT"),
      row("e", "Besa Rama", "PRESENT"),
      row("f", "Dritan Gjoka", "EXCUSED"),
      row("g", "Ema Leka", "PRESENT"),
    ],
  } as unknown as Session;

  it("gives every seated member a state, by name: ballots, recused, not voted, absent", () => {
    const current = item({
      declarations: [
        { id: "d1", recused: true, inForce: true, councillor: { id: "e" } },
        { id: "d2", recused: false, inForce: true, councillor: { id: "g" } },
      ] as never,
    });
    const open = vote({
      ballots: [
        { choice: "FOR", councillor: person("b", "Arben Hoxha") },
        { choice: "AGAINST", councillor: person("c", "Mirela Shehu") },
        { choice: "ABSTAIN", councillor: person("d", "Ilir Kola") },
      ] as never,
    });
    const board = seatBoard(session, current, open);
    expect(board.map((s) => [s.councillor.fullName, s.state])).toEqual([
      ["Arben Hoxha", "FOR"],
      ["Besa Rama", "RECUSED"],
      ["Dritan Gjoka", "ABSENT"],
      ["Ema Leka", "NOT_VOTED"], // declared, not recused
      ["Ilir Kola", "ABSTAIN"], // the ballot counts, whatever the roll says now
      ["Mirela Shehu", "AGAINST"],
      ["Zana Zeka", "NOT_VOTED"],
    ]);
  });

  it("shows a ballot the server removed for a recusal as recused", () => {
    const open = vote({ removedBallots: [{ choice: "FOR", councillor: person("a", "Zana Zeka") }] as never });
    expect(seatBoard(session, item(), open).find((s) => s.councillor.id === "a")?.state).toBe("RECUSED");
  });

  it("without a vote: present seats are not voted, the rest absent", () => {
    const states = seatBoard(session, null, null).map((s) => s.state);
    expect(states.filter((s) => s === "NOT_VOTED")).toHaveLength(5);
    expect(states.filter((s) => s === "ABSENT")).toHaveLength(2);
  });

  it("has a distinct mark for every state, the tally's the same", () => {
    expect(new Set(Object.values(SEAT_MARKS)).size).toBe(6);
    expect(TALLY_MARKS.for).toBe(SEAT_MARKS.FOR);
    expect(TALLY_MARKS.notVoted).toBe(SEAT_MARKS.NOT_VOTED);
  });
});

describe("boardGrid", () => {
  it("lays 51 seats on a wide area in about 8 columns", () => {
    const { columns, rows } = boardGrid(51, 1344, 756);
    expect(columns * rows).toBeGreaterThanOrEqual(51);
    expect(columns).toBeGreaterThanOrEqual(7);
    expect(columns).toBeLessThanOrEqual(9);
    expect((columns - 1) * rows).toBeLessThan(51); // no empty column
  });

  it("fits any count, and one seat or none in one cell", () => {
    for (const n of [1, 7, 15, 31, 51, 61, 101]) {
      const { columns, rows } = boardGrid(n, 1600, 800);
      expect(columns * rows).toBeGreaterThanOrEqual(n);
    }
    expect(boardGrid(0, 100, 100)).toEqual({ columns: 1, rows: 1 });
    expect(boardGrid(1, 100, 100)).toEqual({ columns: 1, rows: 1 });
  });
});

describe("chamberMode", () => {
  const sessionWith = (votes: Vote[], current = true) =>
    ({ currentItem: current ? { id: "i1" } : null, agenda: [item({ votes: votes as never })] }) as unknown as Session;

  it("is the vote while one is open on the current item", () => {
    const open = vote({ id: "v2", openedAt: "2026-12-01T11:00:00Z" });
    const closed = vote({ id: "v1", status: "CLOSED", outcome: "PASSED" } as never);
    expect(chamberMode(sessionWith([closed, open]))).toMatchObject({ mode: "vote", vote: { id: "v2" } });
  });

  it("is the result of the item's latest vote once closed", () => {
    const early = vote({ id: "v1", status: "CLOSED", openedAt: "2026-12-01T10:00:00Z" } as never);
    const late = vote({ id: "v2", status: "CLOSED", openedAt: "2026-12-01T11:00:00Z" } as never);
    expect(chamberMode(sessionWith([early, late]))).toMatchObject({ mode: "result", vote: { id: "v2" } });
  });

  it("is the floor without a vote or without a current item", () => {
    expect(chamberMode(sessionWith([]))).toMatchObject({ mode: "floor", vote: null });
    expect(chamberMode(sessionWith([vote()], false))).toMatchObject({ mode: "floor", item: null, vote: null });
  });
});

describe("speakerOn and nextInQueue", () => {
  it("finds the speech in progress on the item, else the session's if it is on the item", () => {
    expect(speakerOn(item({ speakers: [speaker("1", "WAITING"), speaker("2", "SPEAKING")] }), null)).toMatchObject({ id: "2" });
    expect(speakerOn(item(), speaker("3", "SPEAKING"))).toMatchObject({ id: "3" });
    expect(speakerOn(item(), speaker("4", "SPEAKING", "REPLY", "other-item"))).toBeNull();
    expect(speakerOn(null, speaker("3", "SPEAKING"))).toBeNull();
  });

  it("shows the next five waiting in order and counts the rest", () => {
    const list = [speaker("s", "SPEAKING"), ...["a", "b", "c", "d", "e", "f", "g"].map((id) => speaker(id, "WAITING")), speaker("x", "DONE")];
    const { shown, more } = nextInQueue(list);
    expect(shown.map((s: { id: string }) => s.id)).toEqual(["a", "b", "c", "d", "e"]);
    expect(more).toBe(2);
    expect(nextInQueue([])).toEqual({ shown: [], more: 0 });
  });
});

describe("majorityThreshold", () => {
  const tally = { for: 20, against: 6, abstain: 3, recused: 1, notVoted: 21 }; // 51 seats, 29 cast

  it("SIMPLE: more than half the ballots cast", () => {
    expect(majorityThreshold("SIMPLE", tally)).toEqual({ needed: 15, base: 29, basis: "cast" });
    expect(majorityThreshold("SIMPLE", { ...tally, abstain: 4, notVoted: 20 })).toEqual({ needed: 16, base: 30, basis: "cast" });
    expect(majorityThreshold("SIMPLE", { for: 0, against: 0, abstain: 0, recused: 0, notVoted: 51 }).needed).toBe(1);
  });

  it("ABSOLUTE: more than half the seated members", () => {
    expect(majorityThreshold("ABSOLUTE", tally)).toEqual({ needed: 26, base: 51, basis: "seats" });
    expect(majorityThreshold("ABSOLUTE", { for: 0, against: 0, abstain: 0, recused: 0, notVoted: 50 }).needed).toBe(26);
  });

  it("TWO_THIRDS: at least two thirds of the seated members, rounded up", () => {
    expect(majorityThreshold("TWO_THIRDS", tally)).toEqual({ needed: 34, base: 51, basis: "seats" });
    expect(majorityThreshold("TWO_THIRDS", { for: 0, against: 0, abstain: 0, recused: 0, notVoted: 31 }).needed).toBe(21);
  });
});

describe("timeOfDay", () => {
  it("reads the council's clock (Tirana), seconds included", () => {
    expect(timeOfDay(Date.parse("2026-12-01T09:05:07Z"))).toBe("10:05:07"); // winter: UTC+1
    expect(timeOfDay(Date.parse("2026-07-01T22:59:59Z"))).toBe("00:59:59"); // summer: UTC+2
  });
});
