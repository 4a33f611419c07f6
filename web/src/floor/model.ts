// The floor's pure logic for the screens: the clock of a speech, its display,
// and a councillor's place on the list. Speaking time runs on the server's
// clock; `nowMs` is always the server's time as this device estimates it
// (floor/serverClock.ts), so every screen shows the same second.

export type SpeakerLike = {
  id: string;
  status: "WAITING" | "SPEAKING" | "DONE" | "WITHDRAWN";
  kind: "CONTRIBUTION" | "REPLY" | "POINT_OF_ORDER";
  startedAt: string | null;
  endedAt: string | null;
  allottedSeconds: number;
  spokenSeconds: number;
  councillor: { id: string };
};

export type SpeechClock = {
  /** Whole seconds spoken. */
  elapsed: number;
  /** Seconds left of the limit; 0 once past it. */
  remaining: number;
  /** Seconds past the limit; 0 within it. */
  overtime: number;
  running: boolean;
};

/** The clock of one speech at the server time `nowMs`: running while SPEAKING, fixed once DONE. */
export function speechClock(speaker: Pick<SpeakerLike, "status" | "startedAt" | "endedAt" | "allottedSeconds" | "spokenSeconds">, nowMs: number): SpeechClock {
  const running = speaker.status === "SPEAKING" && speaker.startedAt !== null;
  let elapsed = speaker.spokenSeconds;
  if (speaker.startedAt) {
    const until = speaker.endedAt ? Date.parse(speaker.endedAt) : nowMs;
    elapsed = Math.max(0, Math.floor((until - Date.parse(speaker.startedAt)) / 1000));
  }
  const remaining = Math.max(0, speaker.allottedSeconds - elapsed);
  const overtime = Math.max(0, elapsed - speaker.allottedSeconds);
  return { elapsed, remaining, overtime, running };
}

/** "4:05", "12:00", "1:02:03": minutes and seconds, hours only when needed. */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.floor(total));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

/** What a countdown shows: the time left, or, past the limit, "+" and the overtime counting up. */
export function clockText(clock: SpeechClock): string {
  return clock.overtime > 0 ? `+${formatSeconds(clock.overtime)}` : formatSeconds(clock.remaining);
}

/** The waiting requests in the order they will speak (the server sends them in that order). */
export function waitingOf<T extends SpeakerLike>(speakers: readonly T[]): T[] {
  return speakers.filter((s) => s.status === "WAITING");
}

/** 1-based place of the councillor's waiting request, or null. */
export function placeInQueue(speakers: readonly SpeakerLike[], councillorId: string): number | null {
  const index = waitingOf(speakers).findIndex((s) => s.councillor.id === councillorId);
  return index < 0 ? null : index + 1;
}

/**
 * The offset to add to this device's clock to get the server's, from one
 * round trip: the server's time is taken to be at the midpoint of the request.
 * `sentMs` and `receivedMs` are the device's clock before and after.
 */
export function clockOffsetFrom(sentMs: number, serverIso: string, receivedMs: number): { offsetMs: number; roundTripMs: number } {
  const server = Date.parse(serverIso);
  return { offsetMs: server - (sentMs + receivedMs) / 2, roundTripMs: Math.max(0, receivedMs - sentMs) };
}
