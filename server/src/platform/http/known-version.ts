import { SharedReads } from "../db/shared-reads.js";
import type { DataVersion } from "./result-cache.js";

/** A version as read from the database, with how long it holds by itself (null: until the data changes). */
export type ReadVersion = DataVersion & { holdsMs: number | null };

export type KnownVersionOptions = {
  /** The one statement that reads the version now. */
  read: () => Promise<ReadVersion>;
  /** Longest a version read is trusted without reading again, even with no news (a feed that died silently): default 1 s. */
  maxTrustMs?: number;
  now?: () => number;
};

/**
 * The data version without a statement per request (docs/architecture.md, "The public read cache").
 * A version read from the database is trusted while nothing may have changed it:
 * - no audit event was announced since (the database announces each one after its commit, to every
 *   instance: `onEpoch`), and none was committed here (`onCommit`, before the mutation answers);
 * - the change feed was connected the whole time (a lost connection may lose announcements);
 * - the clock has not reached the moment the version stops holding by itself (the live pick), nor
 *   `maxTrustMs` since it was read;
 * - the request does not ask for a newer epoch than it (`Kuvend-After`, a client that wrote elsewhere).
 * Otherwise it is read again, with one statement shared by every request waiting for it (SharedReads:
 * the read begins after they arrived). A read that overlapped news is used for its requests but not
 * trusted for later ones.
 */
export class KnownVersion {
  private trusted: { version: DataVersion; until: number } | null = null;
  /** Moves on every piece of news; a read is trusted only if none came while it ran. */
  private news = 0;
  private feedUp: boolean;
  /** The newest epoch this instance has heard of (committed here or announced), "0" before any. */
  private newest = 0n;
  private readonly reads: SharedReads<"version", DataVersion>;
  private readonly maxTrustMs: number;
  private readonly now: () => number;
  readonly stats = { reads: 0, trustedAnswers: 0 };

  constructor(private readonly options: KnownVersionOptions & { feedConnected: boolean }) {
    this.maxTrustMs = options.maxTrustMs ?? 1000;
    this.now = options.now ?? (() => performance.now());
    this.feedUp = options.feedConnected;
    this.reads = new SharedReads(() => this.readNow());
  }

  /** The version for a request that arrived now and has seen epoch `after` (if it says so). */
  current(after?: string | null): Promise<DataVersion> {
    const t = this.trusted;
    if (t && this.now() < t.until && (after == null || BigInt(after) <= BigInt(t.version.epoch))) {
      this.stats.trustedAnswers++;
      return Promise.resolve(t.version);
    }
    return this.reads.get("version");
  }

  /** Audit event `epoch` committed (announced by the database, or committed on this instance); without one, something may have. */
  changed(epoch?: string): void {
    this.news++;
    this.trusted = null;
    if (epoch !== undefined && BigInt(epoch) > this.newest) this.newest = BigInt(epoch);
  }

  /** The newest epoch heard of: what a client that just wrote here sends as Kuvend-After to another instance. */
  get latest(): string {
    return this.newest.toString();
  }

  /** The change feed is connected (announcements are heard). */
  get following(): boolean {
    return this.feedUp;
  }

  feedLost(): void {
    this.feedUp = false;
    this.changed();
  }

  /** The feed is listening again (anything missed meanwhile is read with the next version). */
  feedBack(): void {
    this.feedUp = true;
    this.changed();
  }

  private async readNow(): Promise<DataVersion> {
    const newsAtStart = this.news;
    const trustable = this.feedUp;
    const startedAt = this.now();
    this.stats.reads++;
    const { holdsMs, ...version } = await this.options.read();
    if (BigInt(version.epoch) > this.newest) this.newest = BigInt(version.epoch);
    if (trustable && this.feedUp && this.news === newsAtStart) {
      // Counted from when the read began: the database's clock moved at least as far since.
      this.trusted = { version, until: startedAt + Math.min(this.maxTrustMs, holdsMs ?? Infinity) };
    }
    return version;
  }
}
