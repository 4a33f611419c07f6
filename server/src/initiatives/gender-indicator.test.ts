import { describe, expect, it } from "vitest";
import { daysServed, genderIndicator, type InitiativeFact, parsePeriod, participationShare, periodOf, type Seat, womenSeatShare } from "./gender-indicator.js";

const H2 = parsePeriod("2026-H2")!;
const f = (gender: InitiativeFact["lead"]["gender"], kind = "MOTION", party: string | null = "PS", co: InitiativeFact["coSponsorGenders"] = []): InitiativeFact =>
  ({ kind, lead: { gender, party }, coSponsorGenders: co });
const seat = (gender: Seat["gender"], termStart: string | null = null, termEnd: string | null = null, active = true): Seat =>
  ({ gender, termStart: termStart ? new Date(termStart) : null, termEnd: termEnd ? new Date(termEnd) : null, active });

describe("periods", () => {
  it.each(["2026-H3", "2026-H0", "2026H1", "26-H1", "2026-h1", "", "1999-H1"])("refuses %j", (p) => {
    expect(parsePeriod(p)).toBeNull();
  });
  it("H1 is January–June and H2 July–December, in Tirana time", () => {
    const h1 = parsePeriod("2026-H1")!;
    expect(h1.start.toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(h1.end.toISOString()).toBe("2026-06-30T22:00:00.000Z"); // summer time
    expect(periodOf(new Date("2026-06-30T22:30:00Z"))).toBe("2026-H2"); // already 1 July 00:30 in Tirana
  });
});

describe("the indicator", () => {
  it("hand-computed: 2 of 5 initiatives led by women, 40 %, against a 30 % seat share", () => {
    const facts = [
      f("FEMALE", "MOTION", "PS", ["MALE"]),
      f("FEMALE", "QUESTION", "PD"),
      f("MALE", "MOTION", "PS", ["FEMALE", "FEMALE"]),
      f("MALE", "DRAFT_DECISION", "PD"),
      f("UNDISCLOSED", "AMENDMENT", null),
    ];
    const seats = [...Array(3)].map(() => seat("FEMALE")).concat([...Array(7)].map(() => seat("MALE")));
    const r = genderIndicator(facts, seats, H2);
    expect(r).toMatchObject({ total: 5, byWomen: 2, womenSharePct: 40, womenSeatSharePct: 30, ratioToSeatShare: 1.33, sponsorships: 8, allSponsorsWomenSharePct: 50 });
    expect(r.byKind).toEqual([
      { kind: "AMENDMENT", total: 1, byWomen: 0, womenSharePct: 0 },
      { kind: "DRAFT_DECISION", total: 1, byWomen: 0, womenSharePct: 0 },
      { kind: "MOTION", total: 2, byWomen: 1, womenSharePct: 50 },
      { kind: "QUESTION", total: 1, byWomen: 1, womenSharePct: 100 },
    ]);
    expect(r.byParty).toEqual([
      { party: "—", total: 1, byWomen: 0, womenSharePct: 0 },
      { party: "PD", total: 2, byWomen: 1, womenSharePct: 50 },
      { party: "PS", total: 2, byWomen: 1, womenSharePct: 50 },
    ]);
  });

  it("an empty period has no shares, and no ratio", () => {
    const r = genderIndicator([], [seat("FEMALE"), seat("MALE")], H2);
    expect(r).toMatchObject({ total: 0, byWomen: 0, womenSharePct: null, womenSeatSharePct: 50, ratioToSeatShare: null, allSponsorsWomenSharePct: null, byKind: [], byParty: [] });
  });

  it("a tie between women and men is 50 %", () => {
    expect(genderIndicator([f("FEMALE"), f("MALE")], [seat("MALE")], H2)).toMatchObject({ womenSharePct: 50, womenSeatSharePct: 0, ratioToSeatShare: null });
  });
});

describe("seat share with councillors changing mid-period", () => {
  it("weights each seat by the days served in the period", () => {
    // H2 2026 has 184 days. A woman leaves on 1 Oct (92 days served) and a man replaces her.
    const seats = [seat("FEMALE", "2023-07-01", "2026-09-30T22:00:00Z", false), seat("MALE", "2026-09-30T22:00:00Z"), seat("MALE"), seat("FEMALE")];
    expect(daysServed(seats[0], H2)).toBe(92);
    expect(daysServed(seats[1], H2)).toBe(92);
    // women: 92 + 184 = 276 of 92 + 92 + 184 + 184 = 552 → 50 %
    expect(womenSeatShare(seats, H2)).toBe(50);
  });
  it("an inactive councillor with no end date did not serve", () => {
    expect(daysServed(seat("FEMALE", null, null, false), H2)).toBe(0);
    expect(womenSeatShare([], H2)).toBeNull();
  });
});

describe("consultation participation", () => {
  it("against the 40 % target", () => {
    expect(participationShare([{ women: 12, men: 20, other: 0 }, { women: 8, men: 9, other: 1 }])).toEqual({ participants: 50, women: 20, womenSharePct: 40, meetsTarget: true });
    expect(participationShare([{ women: 3, men: 5, other: 0 }])).toMatchObject({ womenSharePct: 37.5, meetsTarget: false });
    expect(participationShare([])).toEqual({ participants: 0, women: 0, womenSharePct: null, meetsTarget: null });
  });
});
