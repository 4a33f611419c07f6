/**
 * Fan-out of one topic's snapshots to many subscribers on this instance.
 * On each change the snapshot is loaded once (not once per subscriber) and the
 * same object is handed to every subscriber of that key. Loads for one key run
 * one after another, so subscribers see states in commit order.
 *
 * Back-pressure: each subscriber keeps at most MAX_QUEUED snapshots. Every
 * snapshot is the whole state, so when a slow client falls behind, the oldest
 * queued ones are dropped and it still ends on the latest state.
 */
const MAX_QUEUED = 16;
/** Beyond this many loads waiting for one key, later changes join the last waiting load. */
const MAX_PENDING_LOADS = 4;

export class LiveFeed<T> {
  private subscribers = new Map<string, Set<Subscriber<T>>>();
  /** How many times a value was loaded for delivery (for tests and benchmarks). */
  loads = 0;
  private chains = new Map<string, { tail: Promise<void>; pending: number }>();

  constructor(private readonly load: (key: string) => Promise<T | null>, private readonly onError: (err: unknown) => void) {}

  /** Registers at once (before any await), so a change committed right after subscribing is delivered. */
  subscribe(key: string): Listenable<T> {
    const sub = new Subscriber<T>(() => {
      const set = this.subscribers.get(key);
      set?.delete(sub);
      if (set && set.size === 0) this.subscribers.delete(key);
    });
    let set = this.subscribers.get(key);
    if (!set) this.subscribers.set(key, (set = new Set()));
    set.add(sub);
    return sub;
  }

  subscriberCount(key?: string): number {
    if (key !== undefined) return this.subscribers.get(key)?.size ?? 0;
    let n = 0;
    for (const s of this.subscribers.values()) n += s.size;
    return n;
  }

  /** A change to `key` was committed somewhere. */
  changed(key: string): void {
    if (!this.subscribers.has(key)) return;
    const chain = this.chains.get(key) ?? { tail: Promise.resolve(), pending: 0 };
    if (chain.pending >= MAX_PENDING_LOADS) return; // a waiting load will read this change too
    chain.pending++;
    chain.tail = chain.tail.then(async () => {
      chain.pending--;
      const subs = this.subscribers.get(key);
      if (!subs || subs.size === 0) return;
      try {
        this.loads++;
        const value = await this.load(key);
        if (value === null) return;
        for (const s of this.subscribers.get(key) ?? []) s.push(value);
      } catch (err) {
        this.onError(err);
      }
    });
    this.chains.set(key, chain);
    void chain.tail.then(() => {
      if (this.chains.get(key) === chain && chain.pending === 0) this.chains.delete(key);
    });
  }

  /**
   * Hands one value, loaded once, to every subscriber of `key`, in order with the
   * key's other deliveries; never coalesced (each value is a different record).
   */
  deliver(key: string, load: () => Promise<T | null>): void {
    if (!this.subscribers.has(key)) return;
    const chain = this.chains.get(key) ?? { tail: Promise.resolve(), pending: 0 };
    chain.tail = chain.tail.then(async () => {
      try {
        const value = await load();
        if (value !== null) for (const s of this.subscribers.get(key) ?? []) s.push(value);
      } catch (err) {
        this.onError(err);
      }
    });
    this.chains.set(key, chain);
    void chain.tail.then(() => {
      if (this.chains.get(key) === chain && chain.pending === 0) this.chains.delete(key);
    });
  }

  /** After a lost listener connection: reload every watched key, since changes may have been missed. */
  resyncAll(): void {
    for (const key of this.subscribers.keys()) this.changed(key);
  }

  closeAll(): void {
    for (const set of this.subscribers.values()) for (const s of [...set]) void s.return();
    this.subscribers.clear();
  }
}

/** A feed subscriber consumed by callbacks instead of by iteration (see `listen`). */
export type Listenable<T> = AsyncIterableIterator<T> & { listen(onValue: (value: T) => void, onEnd: () => void): void };

export function isListenable(x: unknown): x is Listenable<unknown> {
  return typeof x === "object" && x !== null && typeof (x as { listen?: unknown }).listen === "function";
}

class Subscriber<T> implements Listenable<T> {
  private queue: T[] = [];
  private waiting: ((r: IteratorResult<T>) => void) | null = null;
  private done = false;
  private listener: { onValue: (value: T) => void; onEnd: () => void } | null = null;

  constructor(private readonly onClose: () => void) {}

  /**
   * From now on each value is handed to `onValue` as it is pushed, synchronously,
   * starting with those already queued; `onEnd` is called once when the
   * subscription ends. For fan-out without a promise per subscriber per value.
   */
  listen(onValue: (value: T) => void, onEnd: () => void): void {
    this.listener = { onValue, onEnd };
    for (const value of this.queue.splice(0)) onValue(value);
    if (this.done) onEnd();
  }

  push(value: T): void {
    if (this.done) return;
    if (this.listener) {
      try {
        this.listener.onValue(value);
      } catch {
        void this.return(); // a failing listener ends its own subscription, never the others' delivery
      }
      return;
    }
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w({ value, done: false });
      return;
    }
    this.queue.push(value);
    if (this.queue.length > MAX_QUEUED) this.queue.shift();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift() as T, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.queue = [];
      this.onClose();
      this.waiting?.({ value: undefined, done: true });
      this.waiting = null;
      this.listener?.onEnd();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(err?: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(err);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
