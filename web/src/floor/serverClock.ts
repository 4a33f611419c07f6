// The server's clock as this device sees it. Speaking time runs on the server:
// a countdown shows `allottedSeconds - (serverNow - startedAt)`, and serverNow is
// the device's clock plus an offset measured against the `serverTime` query (the
// sample with the shortest round trip wins, so a slow mobile answer does not
// skew it). A device whose clock is minutes off still shows the same second as
// the chamber display.
import { useEffect, useState, useSyncExternalStore } from "react";
import { apolloClient } from "../app/apollo";
import { clockOffsetFrom } from "./model";
import { ServerTimeQuery } from "./operations";

const SAMPLES = 3;
const REFRESH_MS = 10 * 60_000;

let offsetMs = 0;
let bestRoundTrip = Infinity;
let measuredAt = 0;
let measuring: Promise<void> | null = null;
const listeners = new Set<() => void>();

async function sampleOnce(): Promise<void> {
  const sent = Date.now();
  const { data } = await apolloClient.query({ query: ServerTimeQuery, fetchPolicy: "no-cache" });
  const received = Date.now();
  if (!data?.serverTime) return;
  const sample = clockOffsetFrom(sent, data.serverTime, received);
  if (sample.roundTripMs <= bestRoundTrip) {
    bestRoundTrip = sample.roundTripMs;
    offsetMs = sample.offsetMs;
    for (const listener of listeners) listener();
  }
}

/** Measures the offset (a few round trips), at most once per REFRESH_MS; failures keep the last estimate. */
export function measureServerClock(): Promise<void> {
  if (measuring) return measuring;
  if (measuredAt && Date.now() - measuredAt < REFRESH_MS) return Promise.resolve();
  measuring = (async () => {
    bestRoundTrip = Infinity; // a fresh round: the device's clock may have been adjusted since
    for (let i = 0; i < SAMPLES; i++) {
      try {
        await sampleOnce();
      } catch {
        break; // offline: keep what we had
      }
    }
    measuredAt = Date.now();
  })().finally(() => {
    measuring = null;
  });
  return measuring;
}

/** The server's time now, as this device estimates it. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

export function serverOffsetMs(): number {
  return offsetMs;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The server's time, re-rendered on each of the server's second boundaries
 * while `active` (so every screen flips its countdown at the same moment).
 */
export function useServerNow(active = true): number {
  useSyncExternalStore(subscribe, serverOffsetMs);
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    void measureServerClock();
    const remeasure = setInterval(() => void measureServerClock(), REFRESH_MS);
    return () => clearInterval(remeasure);
  }, []);
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const t = serverNow();
      setNow(t);
      timer = setTimeout(tick, 1000 - (t % 1000) + 5);
    };
    tick();
    return () => clearTimeout(timer);
  }, [active]);
  return active ? now : serverNow();
}
