// What a screen left on the hall's wall all day needs from the browser: staying
// awake, going full screen, and knowing (and saying) when its data may be old.
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { getConnectionState, subscribeConnectionState, type ConnectionState } from "../../app/apollo";

/**
 * Keeps the screen from sleeping with the Screen Wake Lock API, asked again
 * whenever the page becomes visible (the browser drops the lock when it is
 * hidden). Where the API is missing or refuses, nothing happens.
 */
export function useWakeLock(): void {
  useEffect(() => {
    if (!("wakeLock" in navigator) || !navigator.wakeLock) return;
    const wakeLock = navigator.wakeLock;
    let sentinel: WakeLockSentinel | null = null;
    let stopped = false;
    let asking = false;
    const request = async () => {
      if (stopped || asking || document.visibilityState !== "visible" || (sentinel && !sentinel.released)) return;
      asking = true;
      try {
        const next = await wakeLock.request("screen");
        if (stopped) void next.release().catch(() => undefined);
        else sentinel = next;
      } catch {
        // refused (no permission, battery saver, not visible): the screen's own settings apply
      } finally {
        asking = false;
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") void request();
    };
    void request();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stopped = true;
      document.removeEventListener("visibilitychange", onVisibility);
      void sentinel?.release().catch(() => undefined);
    };
  }, []);
}

function subscribeFullscreen(listener: () => void): () => void {
  document.addEventListener("fullscreenchange", listener);
  return () => document.removeEventListener("fullscreenchange", listener);
}

/** Whether the page is in full screen, whether it can be, and a way in (Esc leaves). */
export function useFullscreen(): { supported: boolean; active: boolean; enter: () => void } {
  const active = useSyncExternalStore(subscribeFullscreen, () => document.fullscreenElement != null);
  const supported = typeof document.documentElement.requestFullscreen === "function" && document.fullscreenEnabled !== false;
  const enter = useCallback(() => {
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  return { supported, active, enter };
}

/** How long a first connection may take before the screen says it has none. */
const FIRST_CONNECT_GRACE_MS = 4000;

type Stamp = { get(): number | null; set(ms: number): void; subscribe(listener: () => void): () => void };

function stampStore(): Stamp {
  let value: number | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(ms) {
      value = ms;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Whether the live feed is down, and since when the data on screen is known
 * to be current: the last time new data arrived, or the moment the live
 * connection was lost, whichever is later (until then every change arrived).
 * A first connection gets a few seconds before it counts as down.
 */
export function useFreshness(data: unknown): { connection: ConnectionState; stale: boolean; updatedAt: number | null } {
  const connection = useSyncExternalStore(subscribeConnectionState, getConnectionState);
  const [stamp] = useState(stampStore);
  const [graceOver, setGraceOver] = useState(false);

  useEffect(() => {
    if (data) stamp.set(Date.now());
  }, [data, stamp]);

  useEffect(() => {
    let previous = getConnectionState();
    return subscribeConnectionState(() => {
      const next = getConnectionState();
      if (previous === "live" && next !== "live") stamp.set(Date.now());
      previous = next;
    });
  }, [stamp]);

  useEffect(() => {
    const timer = setTimeout(() => setGraceOver(true), FIRST_CONNECT_GRACE_MS);
    return () => clearTimeout(timer);
  }, []);

  const updatedAt = useSyncExternalStore(stamp.subscribe, stamp.get);
  const stale = connection === "reconnecting" || (connection === "connecting" && graceOver);
  return { connection, stale, updatedAt };
}

/** The language chosen on another tab of the app (the same storage key), followed here too. */
export function useLanguageFromOtherTabs(changeLanguage: (lng: string) => unknown): void {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === "kuvend.lang" && (event.newValue === "sq" || event.newValue === "en")) void changeLanguage(event.newValue);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [changeLanguage]);
}
