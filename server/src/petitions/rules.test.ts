import { describe, expect, it } from "vitest";
import { DEFAULT_CALENDAR, WorkingCalendar } from "../calendar/working-calendar.js";
import { SlaState } from "../platform/deadlines/state.js";
import { PetitionStatus as S } from "./model.js";
import { answerDueAt, answerLate, type PetitionClock, petitionSlaState, refusal, reviewDueAt, reviewLate } from "./rules.js";

const albania = new WorkingCalendar(DEFAULT_CALENDAR);
const d = (iso: string) => new Date(iso);

describe("due moments in calendar days (Kaçanik plan: review 60, answer 15)", () => {
  // [from, due (end of the last day in Tirana), why]
  it.each([
    ["2026-03-01T10:00:00+01:00", "2026-04-30T23:59:59.999+02:00", "across month ends and into summer time"],
    // 23:30 UTC on 30 January is already 31 January in Tirana: counted from the 31st, 60 days is 1 April, not 31 March
    ["2026-01-30T23:30:00Z", "2026-04-01T23:59:59.999+02:00", "the local date, not UTC's"],
    ["2026-12-31T10:00:00+01:00", "2027-03-01T23:59:59.999+01:00", "across a year end and a short February"],
    // 28 and 29 November fall on a weekend; Monday 30 November is their substitute holiday
    ["2026-10-01T10:00:00+02:00", "2026-12-01T23:59:59.999+01:00", "past a substitute holiday"],
  ])("review: received %s, due %s (%s)", (from, due) => {
    expect(reviewDueAt(d(from), albania).toISOString()).toBe(d(due).toISOString());
  });

  it.each([
    ["2026-11-14T10:00:00+01:00", "2026-12-01T23:59:59.999+01:00", "Sunday 29 November, then the substitute holiday"],
    // 31 January 2026 is a Saturday: the answer is due at the end of Monday 2 February
    ["2026-01-16T18:00:00+01:00", "2026-02-02T23:59:59.999+01:00", "a Saturday last day moves to Monday"],
    ["2026-10-13T12:00:00+02:00", "2026-10-28T23:59:59.999+01:00", "across the end of summer time"],
  ])("answer: discussed %s, due %s (%s)", (from, due) => {
    expect(answerDueAt(d(from), albania).toISOString()).toBe(d(due).toISOString());
  });
});

const DUE = d("2026-04-30T23:59:59.999+02:00");
const base: PetitionClock = {
  status: S.RECEIVED, receivedAt: d("2026-03-01T10:00:00+01:00"), reviewDueAt: DUE,
  discussedAt: null, rejectedAt: null, answerDueAt: null, answeredAt: null,
};
const ANSWER_DUE = d("2026-05-15T23:59:59.999+02:00");
const discussed = (at: string): PetitionClock => ({ ...base, status: S.DISCUSSED, discussedAt: d(at), answerDueAt: ANSWER_DUE });

describe("the review's late mark", () => {
  it.each<[string, PetitionClock, string, boolean]>([
    ["open, before the due moment", base, "2026-04-30T23:59:59.999+02:00", false],
    ["open, a moment past it", base, "2026-05-01T00:00:00+02:00", true],
    ["discussed on the last day, read much later", discussed("2026-04-30T18:00:00+02:00"), "2027-01-01T00:00:00Z", false],
    ["discussed a day late", discussed("2026-05-01T10:00:00+02:00"), "2026-05-01T11:00:00+02:00", true],
    ["rejected in time", { ...base, status: S.REJECTED, rejectedAt: d("2026-03-20T10:00:00+01:00") }, "2027-01-01T00:00:00Z", false],
    ["rejected after 60 days", { ...base, status: S.REJECTED, rejectedAt: d("2026-05-04T10:00:00+02:00") }, "2027-01-01T00:00:00Z", true],
  ])("%s", (_why, p, now, isLate) => {
    expect(reviewLate(p, d(now))).toBe(isLate);
  });
});

describe("the answer's late mark", () => {
  const answered = (at: string): PetitionClock => ({ ...discussed("2026-04-30T18:00:00+02:00"), status: S.ANSWERED, answeredAt: d(at) });
  it.each<[string, PetitionClock, string, boolean]>([
    ["not discussed yet: no answer is due", base, "2027-01-01T00:00:00Z", false],
    ["discussed, waiting, before the due moment", discussed("2026-04-30T18:00:00+02:00"), "2026-05-15T23:00:00+02:00", false],
    ["discussed, unanswered past the due moment", discussed("2026-04-30T18:00:00+02:00"), "2026-05-16T00:00:01+02:00", true],
    ["answered on the last day", answered("2026-05-15T16:00:00+02:00"), "2027-01-01T00:00:00Z", false],
    ["answered after it", answered("2026-05-18T09:00:00+02:00"), "2027-01-01T00:00:00Z", true],
  ])("%s", (_why, p, now, isLate) => {
    expect(answerLate(p, d(now))).toBe(isLate);
  });
});

describe("the SLA state the tracking page shows", () => {
  it.each<[string, PetitionClock, string, SlaState]>([
    ["received, early", base, "2026-03-10T10:00:00+01:00", SlaState.ON_TRACK],
    ["received, in the last fifth of its 60 days", base, "2026-04-25T10:00:00+02:00", SlaState.AT_RISK],
    ["received, past the review's due moment", base, "2026-05-02T10:00:00+02:00", SlaState.BREACHED],
    ["discussed: the answer's clock runs", discussed("2026-04-30T18:00:00+02:00"), "2026-05-02T10:00:00+02:00", SlaState.ON_TRACK],
    ["answered in time, reviewed in time", { ...discussed("2026-04-30T18:00:00+02:00"), status: S.ANSWERED, answeredAt: d("2026-05-10T10:00:00+02:00") }, "2027-01-01T00:00:00Z", SlaState.MET],
    ["answered in time, but reviewed late", { ...discussed("2026-05-02T18:00:00+02:00"), status: S.ANSWERED, answeredAt: d("2026-05-10T10:00:00+02:00") }, "2027-01-01T00:00:00Z", SlaState.MISSED],
    ["rejected in time", { ...base, status: S.REJECTED, rejectedAt: d("2026-03-20T10:00:00+01:00") }, "2027-01-01T00:00:00Z", SlaState.MET],
  ])("%s: %s", (_why, p, now, state) => {
    expect(petitionSlaState(p, d(now))).toBe(state);
  });
});

describe("the lifecycle's refusals", () => {
  it.each<[Parameters<typeof refusal>[0], S, boolean]>([
    ["review", S.RECEIVED, true], ["review", S.UNDER_REVIEW, false], ["review", S.ANSWERED, false],
    ["discuss", S.RECEIVED, false], ["discuss", S.UNDER_REVIEW, true], ["discuss", S.DISCUSSED, false], ["discuss", S.REJECTED, false],
    ["answer", S.UNDER_REVIEW, false], ["answer", S.DISCUSSED, true], ["answer", S.ANSWERED, false],
    ["reject", S.RECEIVED, true], ["reject", S.UNDER_REVIEW, true], ["reject", S.DISCUSSED, false], ["reject", S.REJECTED, false],
  ])("%s from %s: allowed %s", (move, from, ok) => {
    const why = refusal(move, from);
    expect(why === null).toBe(ok);
    if (why) expect(why).toMatch(/this petition is|already started/);
  });
  it("says what to do instead", () => {
    expect(refusal("discuss", S.RECEIVED)).toBe("Cannot record its discussion: this petition is RECEIVED; start its review first.");
    expect(refusal("reject", S.DISCUSSED)).toContain("record the written answer instead");
  });
});
