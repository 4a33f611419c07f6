import { describe, expect, it } from "vitest";
import { tiraneLocalToIso } from "./time";

describe("tiraneLocalToIso", () => {
  it.each([
    ["2026-12-07T10:00", "2026-12-07T10:00:00+01:00"], // winter: CET
    ["2026-07-01T09:30", "2026-07-01T09:30:00+02:00"], // summer: CEST
    ["2026-10-25T03:30", "2026-10-25T03:30:00+01:00"], // just after the autumn change
    ["2026-03-29T03:30", "2026-03-29T03:30:00+02:00"], // just after the spring change
  ])("reads %s as Tirana wall-clock time", (local, iso) => {
    expect(tiraneLocalToIso(local)).toBe(iso);
    expect(new Date(iso).getTime()).not.toBeNaN();
  });

  it("refuses what is not a datetime-local value", () => {
    expect(tiraneLocalToIso("")).toBeNull();
    expect(tiraneLocalToIso("7 dhjetor")).toBeNull();
  });
});
