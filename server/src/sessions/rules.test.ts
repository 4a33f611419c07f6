import { describe, expect, it } from "vitest";
import { BallotChoice as B, MajorityRule as M, SessionStatus as S, VoteOutcome as O } from "./model.js";
import {
  allottedFor, canMoveSession, type FloorPlace, isLateNotice, NOTICE_DAYS, quorumOf, speakersInOrder, spokenSecondsAt, tallyOf, twoThirdsOf,
  voteMomentOf, voteOutcome,
} from "./rules.js";
import { SpeakerStatus as St, SpeechKind as K } from "./speaker.js";

describe("quorumOf: present > seats / 2", () => {
  it.each([
    // seats, present, required, reached
    [51, 25, 26, false],
    [51, 26, 26, true],
    [51, 30, 26, true],
    [61, 30, 31, false], // exactly half of 60 is not enough for 61 seats
    [61, 31, 31, true],
    [27, 13, 14, false],
    [27, 14, 14, true],
    [10, 5, 6, false], // exactly half is not more than half
    [10, 6, 6, true],
    [51, 0, 26, false],
  ])("%i seats, %i present → required %i, reached %s", (seats, present, required, reached) => {
    expect(quorumOf(seats, present)).toEqual({ seats, present, required, reached });
  });
});

const t = (f: number, a: number, ab: number) => ({ for: f, against: a, abstain: ab });

describe("voteOutcome", () => {
  it.each([
    // SIMPLE: FOR > half of FOR + AGAINST + ABSTAIN
    [M.SIMPLE, t(16, 14, 0), 51, O.PASSED],
    [M.SIMPLE, t(15, 15, 0), 51, O.FAILED], // tie fails
    [M.SIMPLE, t(15, 10, 5), 51, O.FAILED], // exactly half of 30 cast: abstentions count as cast
    [M.SIMPLE, t(16, 10, 5), 51, O.PASSED],
    [M.SIMPLE, t(1, 0, 0), 51, O.PASSED],
    [M.SIMPLE, t(0, 0, 0), 51, O.FAILED], // nobody voted
    // ABSOLUTE: FOR > half of all seated members
    [M.ABSOLUTE, t(26, 0, 0), 51, O.PASSED],
    [M.ABSOLUTE, t(25, 0, 0), 51, O.FAILED],
    [M.ABSOLUTE, t(30, 0, 0), 60, O.FAILED], // exactly half of 60
    [M.ABSOLUTE, t(31, 29, 0), 60, O.PASSED],
    // TWO_THIRDS: FOR ≥ ⌈2/3 × seats⌉
    [M.TWO_THIRDS, t(34, 0, 0), 51, O.PASSED],
    [M.TWO_THIRDS, t(33, 0, 0), 51, O.FAILED],
    [M.TWO_THIRDS, t(18, 9, 0), 27, O.PASSED],
    [M.TWO_THIRDS, t(17, 0, 0), 27, O.FAILED],
    [M.TWO_THIRDS, t(41, 0, 0), 61, O.PASSED],
    [M.TWO_THIRDS, t(40, 0, 0), 61, O.FAILED],
  ])("%s %o of %i seats → %s", (rule, tally, seats, outcome) => {
    expect(voteOutcome(rule, tally, seats)).toBe(outcome);
  });

  it.each([
    [51, 34], [27, 18], [61, 41], [3, 2], [30, 20], [1, 1],
  ])("two thirds of %i seats is %i", (seats, need) => {
    expect(twoThirdsOf(seats)).toBe(need);
  });
});

describe("tallyOf", () => {
  it("adds up to the seats", () => {
    const tally = tallyOf(51, [B.FOR, B.FOR, B.AGAINST, B.ABSTAIN], 1);
    expect(tally).toEqual({ for: 2, against: 1, abstain: 1, recused: 1, notVoted: 46 });
    expect(tally.for + tally.against + tally.abstain + tally.recused + tally.notVoted).toBe(51);
  });
  it("never adds up to more than the seats, even if the register holds more members than seats", () => {
    const tally = tallyOf(3, [B.FOR, B.FOR], 2);
    expect(tally).toEqual({ for: 2, against: 0, abstain: 0, recused: 1, notVoted: 0 });
  });
  it("an empty vote has every seat not voted", () => {
    expect(tallyOf(27, [], 0)).toEqual({ for: 0, against: 0, abstain: 0, recused: 0, notVoted: 27 });
  });
});

describe("isLateNotice", () => {
  const at = (s: string) => new Date(s);
  it.each([
    ["COUNCIL", "2026-12-01T10:00:00Z", "2026-12-08T10:00:00Z", false], // exactly 7 days
    ["COUNCIL", "2026-12-01T10:00:01Z", "2026-12-08T10:00:00Z", true], // one second short
    ["COUNCIL", "2026-12-01T10:00:00Z", "2026-12-04T10:00:00Z", true],
    ["COMMITTEE", "2026-12-01T10:00:00Z", "2026-12-04T10:00:00Z", false], // exactly 3 days
    ["COMMITTEE", "2026-12-01T10:00:00Z", "2026-12-03T10:00:00Z", true],
  ] as const)("%s announced %s for %s → late %s", (kind, announced, scheduled, late) => {
    expect(isLateNotice(kind, at(announced), at(scheduled))).toBe(late);
  });
});

describe("NOTICE_DAYS", () => {
  it("is what isLateNotice counts: 7 days for the council, 3 for a committee", () => {
    expect(NOTICE_DAYS).toEqual({ COUNCIL: 7, COMMITTEE: 3 });
    const scheduled = new Date("2026-12-08T10:00:00Z");
    for (const kind of ["COUNCIL", "COMMITTEE"] as const) {
      const edge = new Date(scheduled.getTime() - NOTICE_DAYS[kind] * 24 * 3600_000);
      expect(isLateNotice(kind, edge, scheduled)).toBe(false);
      expect(isLateNotice(kind, new Date(edge.getTime() + 1), scheduled)).toBe(true);
    }
  });
});

describe("voteMomentOf", () => {
  const at = (s: string) => new Date(s);
  it.each([
    ["no vote: the session's start", [], "2026-12-08T10:00:00.000Z"],
    ["one vote: its opening", ["2026-12-08T11:30:00Z"], "2026-12-08T11:30:00.000Z"],
    ["several votes: the first opened", ["2026-12-08T12:00:00Z", "2026-12-08T11:00:00Z", "2026-12-09T09:00:00Z"], "2026-12-08T11:00:00.000Z"],
    ["a vote opened before the scheduled start", ["2026-12-08T09:55:00Z"], "2026-12-08T09:55:00.000Z"],
  ] as const)("%s", (_, opened, expected) => {
    expect(voteMomentOf(at("2026-12-08T10:00:00Z"), opened.map(at)).toISOString()).toBe(expected);
  });
});

describe("canMoveSession", () => {
  it.each([
    [S.SCHEDULED, S.IN_PROGRESS, true],
    [S.SCHEDULED, S.CLOSED, false],
    [S.SCHEDULED, S.SUSPENDED, false],
    [S.IN_PROGRESS, S.SUSPENDED, true],
    [S.SUSPENDED, S.IN_PROGRESS, true],
    [S.IN_PROGRESS, S.CLOSED, true],
    [S.SUSPENDED, S.CLOSED, true],
    [S.CLOSED, S.IN_PROGRESS, false],
    [S.IN_PROGRESS, S.SCHEDULED, false],
  ])("%s → %s: %s", (from, to, ok) => {
    expect(canMoveSession(from, to)).toBe(ok);
  });
});

// ---- The floor (DOMAIN.md, "The floor") ----

/** A place on the list; times as seconds after 10:00:00 Tirana time on one day, null for none. */
const at = (sec: number | null) => (sec === null ? null : new Date(Date.UTC(2026, 10, 10, 9, 0, sec)));
const place = (id: string, kind: K, status: St, requested: number, started: number | null = null, ended: number | null = null): FloorPlace => ({
  id, kind, status, requestedAt: at(requested) as Date, startedAt: at(started), endedAt: at(ended),
});
const ids = (list: FloorPlace[]) => list.map((p) => p.id);
/** Every rotation and the reverse of the input: the order must not depend on how the rows came. */
const arrangements = <T>(list: T[]): T[][] => [...list.map((_, k) => [...list.slice(k), ...list.slice(0, k)]), [...list].reverse()];

describe("speakersInOrder", () => {
  it("puts a point of order ahead of every waiting contribution and reply, however late it was asked", () => {
    const list = [
      place("c1", K.CONTRIBUTION, St.WAITING, 10),
      place("r1", K.REPLY, St.WAITING, 20),
      place("c2", K.CONTRIBUTION, St.WAITING, 30),
      place("p1", K.POINT_OF_ORDER, St.WAITING, 40),
    ];
    for (const input of arrangements(list)) expect(ids(speakersInOrder(input))).toEqual(["p1", "c1", "r1", "c2"]);
  });

  it("is first come, first served otherwise: contributions and replies together, and points of order among themselves", () => {
    const list = [
      place("r1", K.REPLY, St.WAITING, 5),
      place("p2", K.POINT_OF_ORDER, St.WAITING, 50),
      place("c1", K.CONTRIBUTION, St.WAITING, 10),
      place("p1", K.POINT_OF_ORDER, St.WAITING, 45),
      place("r2", K.REPLY, St.WAITING, 15),
    ];
    for (const input of arrangements(list)) expect(ids(speakersInOrder(input))).toEqual(["p1", "p2", "r1", "c1", "r2"]);
  });

  it("shows the speech in progress first, then the waiting, then the finished and withdrawn by the time they happened", () => {
    const list = [
      place("done-late", K.CONTRIBUTION, St.DONE, 1, 200, 300),
      place("waiting", K.CONTRIBUTION, St.WAITING, 150),
      place("withdrawn", K.REPLY, St.WITHDRAWN, 2, null, 120), // withdrawn at 120: between the two speeches
      place("speaking", K.CONTRIBUTION, St.SPEAKING, 100, 310),
      place("done-early", K.POINT_OF_ORDER, St.DONE, 3, 60, 90),
      place("order", K.POINT_OF_ORDER, St.WAITING, 400),
    ];
    for (const input of arrangements(list)) {
      expect(ids(speakersInOrder(input))).toEqual(["speaking", "order", "waiting", "done-early", "withdrawn", "done-late"]);
    }
  });

  it("breaks ties of the same moment by id, so every reader sees the same list", () => {
    const list = [
      place("b", K.CONTRIBUTION, St.WAITING, 10),
      place("a", K.CONTRIBUTION, St.WAITING, 10),
      place("d", K.REPLY, St.DONE, 1, 50, 60),
      place("c", K.CONTRIBUTION, St.DONE, 2, 50, 70),
    ];
    for (const input of arrangements(list)) expect(ids(speakersInOrder(input))).toEqual(["a", "b", "c", "d"]);
  });

  it("leaves its input alone and answers an empty list for no requests", () => {
    const list = [place("c1", K.CONTRIBUTION, St.WAITING, 20), place("p1", K.POINT_OF_ORDER, St.WAITING, 30)];
    speakersInOrder(list);
    expect(ids(list)).toEqual(["c1", "p1"]);
    expect(speakersInOrder([])).toEqual([]);
  });
});

describe("spokenSecondsAt: whole seconds, on the server's clock", () => {
  const started = new Date("2026-11-10T09:10:00.000Z");
  const ms = (n: number) => new Date(started.getTime() + n);
  it.each([
    // what, endedAt (ms after the start, or null while speaking), now (ms after the start), seconds
    ["not started", undefined, 5_000, 0],
    ["just started", null, 0, 0],
    ["999 ms in: not yet a second", null, 999, 0],
    ["exactly one second", null, 1_000, 1],
    ["speaking, 4:32.9 in", null, 272_900, 272],
    ["ended: the end counts, not now", 95_400, 600_000, 95],
    ["ended at its start", 0, 10_000, 0],
    ["a clock behind the start (never negative)", null, -3_000, 0],
  ])("%s → %i", (_what, ended, now, seconds) => {
    const s = ended === undefined ? { startedAt: null, endedAt: null } : { startedAt: started, endedAt: ended === null ? null : ms(ended) };
    expect(spokenSecondsAt(s, ms(now))).toBe(seconds);
  });
});

describe("allottedFor: the body's default limit for the kind of speech", () => {
  const times = { contribution: 300, reply: 120, pointOfOrder: 60 };
  it.each([
    [K.CONTRIBUTION, 300],
    [K.REPLY, 120],
    [K.POINT_OF_ORDER, 60],
  ])("%s → %i s", (kind, seconds) => {
    expect(allottedFor(kind, times)).toBe(seconds);
  });
  it("follows the body's own settings", () => {
    const committee = { contribution: 420, reply: 90, pointOfOrder: 30 };
    expect([K.CONTRIBUTION, K.REPLY, K.POINT_OF_ORDER].map((k) => allottedFor(k, committee))).toEqual([420, 90, 30]);
  });
});
