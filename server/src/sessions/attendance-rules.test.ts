import { describe, expect, it } from "vitest";
import { AttendanceStatus as S } from "./model.js";
import { attendanceFacts, attendanceRatePct } from "./rules.js";

const start = new Date("2026-09-10T08:00:00Z");
const close = new Date("2026-09-10T11:00:00Z");
const min = (m: number) => new Date(start.getTime() + m * 60_000);

describe("attendanceFacts", () => {
  it.each([
    ["no record", [], { present: false, excused: false, late: false, leftEarly: false }],
    ["present at the roll call", [[S.PRESENT, 2]], { present: true, late: false, leftEarly: false }],
    ["present 15 minutes in is on time", [[S.PRESENT, 15]], { present: true, late: false }],
    ["present 16 minutes in is late", [[S.PRESENT, 16]], { present: true, late: true }],
    ["excused, never present", [[S.EXCUSED, 2]], { present: false, excused: true }],
    ["absent, then arrived late", [[S.ABSENT, 2], [S.PRESENT, 50]], { present: true, late: true, leftEarly: false }],
    ["left an hour before the close", [[S.PRESENT, 2], [S.ABSENT, 120]], { present: true, leftEarly: true }],
    ["left at the close", [[S.PRESENT, 2], [S.ABSENT, 170]], { present: true, leftEarly: false }],
    ["left and came back", [[S.PRESENT, 2], [S.ABSENT, 60], [S.PRESENT, 90]], { present: true, leftEarly: false }],
    ["left excused", [[S.PRESENT, 2], [S.EXCUSED, 100]], { present: true, excused: false, leftEarly: true }],
  ] as const)("%s", (_name, moves, expected) => {
    const facts = attendanceFacts(moves.map(([status, m]) => ({ status, at: min(m) })), start, close);
    expect(facts).toMatchObject(expected);
  });

  it("a departure while the session still runs is early; no start means no lateness", () => {
    expect(attendanceFacts([{ status: S.PRESENT, at: min(2) }, { status: S.ABSENT, at: min(30) }], start, null).leftEarly).toBe(true);
    expect(attendanceFacts([{ status: S.PRESENT, at: min(90) }], null, null).late).toBe(false);
  });

  it("the rate is present over seated, one decimal, null with no seat", () => {
    expect(attendanceRatePct(2, 3)).toBe(66.7);
    expect(attendanceRatePct(0, 0)).toBeNull();
    expect(attendanceRatePct(4, 4)).toBe(100);
  });
});
