import { describe, expect, it } from "vitest";
import { clockOffsetFrom, clockText, formatSeconds, placeInQueue, speechClock, type SpeakerLike } from "./model";

const T0 = Date.parse("2026-12-07T10:00:00.000Z");
const speaking = (allottedSeconds: number): SpeakerLike => ({
  id: "s", status: "SPEAKING", kind: "CONTRIBUTION", startedAt: new Date(T0).toISOString(), endedAt: null, allottedSeconds, spokenSeconds: 0, councillor: { id: "c" },
});

describe("a speech's clock on the server's time", () => {
  it("counts down from the limit, then counts the overtime up", () => {
    expect(clockText(speechClock(speaking(300), T0 + 55_400))).toBe("4:05");
    expect(speechClock(speaking(300), T0 + 300_000)).toMatchObject({ remaining: 0, overtime: 0, elapsed: 300 });
    const over = speechClock(speaking(300), T0 + 372_000);
    expect(over).toMatchObject({ remaining: 0, overtime: 72, running: true });
    expect(clockText(over)).toBe("+1:12");
  });

  it("stops at the end of a finished speech, whatever the time now", () => {
    const done = { ...speaking(120), status: "DONE" as const, endedAt: new Date(T0 + 95_000).toISOString(), spokenSeconds: 95 };
    expect(speechClock(done, T0 + 3_600_000)).toMatchObject({ elapsed: 95, remaining: 25, running: false });
  });

  it("formats hours only when needed", () => {
    expect([formatSeconds(0), formatSeconds(59), formatSeconds(600), formatSeconds(3723)]).toEqual(["0:00", "0:59", "10:00", "1:02:03"]);
  });

  it("estimates the server's clock from the midpoint of a round trip", () => {
    // The device is 90 s behind; the answer took 400 ms there and back.
    expect(clockOffsetFrom(1_000_000, new Date(1_000_200 + 90_000).toISOString(), 1_000_400)).toEqual({ offsetMs: 90_000, roundTripMs: 400 });
  });

  it("tells a councillor their place among the waiting", () => {
    const list: SpeakerLike[] = [
      { ...speaking(60), councillor: { id: "a" } },
      { ...speaking(60), id: "2", status: "WAITING", startedAt: null, councillor: { id: "b" } },
      { ...speaking(60), id: "3", status: "WAITING", startedAt: null, councillor: { id: "c" } },
    ];
    expect([placeInQueue(list, "c"), placeInQueue(list, "a"), placeInQueue(list, "z")]).toEqual([2, null, null]);
  });
});
