import { describe, expect, it } from "vitest";
import { awaitsAttendance, participants, splitConsultations } from "./model";

const c = (status: "ANNOUNCED" | "HELD", heldAt: string, women = 0, men = 0, otherOrUndisclosed = 0) => ({ status, heldAt, women, men, otherOrUndisclosed });
const NOW = Date.parse("2026-12-02T10:00:00Z");

describe("the consultations page's model", () => {
  it("splits upcoming (soonest first) from held and past (latest first)", () => {
    const list = [
      c("HELD", "2026-11-01T10:00:00Z", 3, 2),
      c("ANNOUNCED", "2026-12-20T10:00:00Z"),
      c("ANNOUNCED", "2026-12-05T10:00:00Z"),
      c("ANNOUNCED", "2026-11-30T10:00:00Z"),
    ];
    const { upcoming, past } = splitConsultations(list, NOW);
    expect(upcoming.map((x) => x.heldAt)).toEqual(["2026-12-05T10:00:00Z", "2026-12-20T10:00:00Z"]);
    expect(past.map((x) => x.heldAt)).toEqual(["2026-11-30T10:00:00Z", "2026-11-01T10:00:00Z"]);
  });

  it("counts participants once held, with women's share", () => {
    expect(participants(c("HELD", "2026-11-01T10:00:00Z", 12, 18))).toEqual({ total: 30, womenSharePct: 40 });
    expect(participants(c("HELD", "2026-11-01T10:00:00Z", 1, 1, 1))).toEqual({ total: 3, womenSharePct: 33.3 });
    expect(participants(c("ANNOUNCED", "2026-11-01T10:00:00Z")).womenSharePct).toBeNull();
  });

  it("awaits attendance only once held and not yet recorded", () => {
    expect(awaitsAttendance(c("ANNOUNCED", "2026-12-02T09:00:00Z"), NOW)).toBe(true);
    expect(awaitsAttendance(c("ANNOUNCED", "2026-12-02T11:00:00Z"), NOW)).toBe(false);
    expect(awaitsAttendance(c("HELD", "2026-12-01T09:00:00Z"), NOW)).toBe(false);
  });
});
