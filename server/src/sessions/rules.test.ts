import { describe, expect, it } from "vitest";
import { BallotChoice as B, MajorityRule as M, SessionStatus as S, VoteOutcome as O } from "./model.js";
import { canMoveSession, isLateNotice, NOTICE_DAYS, quorumOf, tallyOf, twoThirdsOf, voteMomentOf, voteOutcome } from "./rules.js";

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
