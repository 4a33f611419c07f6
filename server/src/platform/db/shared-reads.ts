/**
 * Reads of one key shared by everyone who asks at about the same time, and never older than
 * the asker. A reader joins the load for its key that has not started yet (it begins after the
 * reader arrived, so it sees every commit made before — no stale read after one's own write),
 * or starts one; at most one load per key runs at a time. When a contested vote sends a crowd to
 * the same session, the crowd costs one snapshot read per load time instead of one per request,
 * and cannot take every pooled connection away from the secretariat's writes.
 */
export class SharedReads<K, V> {
  private readonly running = new Map<K, Promise<V>>();
  private readonly waiting = new Map<K, Promise<V>>();
  /** Loads actually started (for tests and benchmarks). */
  loads = 0;

  constructor(private readonly load: (key: K) => Promise<V>) {}

  get(key: K): Promise<V> {
    const queued = this.waiting.get(key);
    if (queued) return queued;
    const busy = this.running.get(key);
    if (!busy) return this.start(key);
    const next = busy.then(
      () => this.start(key),
      () => this.start(key),
    );
    this.waiting.set(key, next);
    return next;
  }

  private start(key: K): Promise<V> {
    if (this.waiting.has(key)) this.waiting.delete(key);
    this.loads++;
    const run = this.load(key);
    this.running.set(key, run);
    const done = () => {
      if (this.running.get(key) === run) this.running.delete(key);
    };
    run.then(done, done);
    return run;
  }
}
