import { describe, expect, it } from "vitest";
import { KnownVersion, type ReadVersion } from "./known-version.js";

/** A database whose version the test sets, counting reads, on a clock the test moves. */
function setup(options: { holdsMs?: number | null; feedConnected?: boolean; maxTrustMs?: number } = {}) {
  let epoch = 10;
  let clock = 0;
  let release: (() => void) | null = null;
  const db = {
    reads: 0,
    set: (e: number) => (epoch = e),
    tick: (ms: number) => (clock += ms),
  };
  let gate: Promise<void> | null = null;
  const known = new KnownVersion({
    feedConnected: options.feedConnected ?? true,
    maxTrustMs: options.maxTrustMs ?? 1000,
    now: () => clock,
    async read(): Promise<ReadVersion> {
      db.reads++;
      const at = epoch;
      if (gate) await gate;
      return { epoch: String(at), key: `${at}:live`, holdsMs: options.holdsMs ?? null };
    },
  });
  /** The next read waits until `go()`. */
  const pause = () => {
    gate = new Promise<void>((r) => (release = r));
  };
  const go = () => {
    gate = null;
    release?.();
  };
  return { known, db, pause, go };
}

describe("KnownVersion: the data version without a statement per request", () => {
  it("reads once, then answers from what it knows until news comes", async () => {
    const { known, db } = setup();
    expect((await known.current()).epoch).toBe("10");
    expect((await known.current()).epoch).toBe("10");
    expect(db.reads).toBe(1);
    db.set(11);
    known.changed("11");
    expect((await known.current()).epoch).toBe("11");
    expect(db.reads).toBe(2);
    expect(known.latest).toBe("11");
  });

  it("trusts a read for maxTrustMs at most, and a live pick only as long as it holds", async () => {
    const bounded = setup({ maxTrustMs: 1000 });
    await bounded.known.current();
    bounded.db.tick(999);
    await bounded.known.current();
    expect(bounded.db.reads).toBe(1);
    bounded.db.tick(1);
    await bounded.known.current();
    expect(bounded.db.reads, "after a second, read again even with no news").toBe(2);

    const expiring = setup({ holdsMs: 300, maxTrustMs: 1000 });
    await expiring.known.current();
    expiring.db.tick(300);
    await expiring.known.current();
    expect(expiring.db.reads, "the scheduled session stops being next: read again").toBe(2);
  });

  it("a client that has seen a newer epoch gets a read, not what this instance knows", async () => {
    const { known, db } = setup();
    await known.current();
    db.set(12); // committed elsewhere; the announcement has not arrived
    expect((await known.current("11")).epoch).toBe("12");
    expect((await known.current("10")).epoch, "an older epoch asks nothing more").toBe("12");
    expect(db.reads).toBe(2);
  });

  it("a read that news overtook answers its own requests but is not trusted for later ones", async () => {
    const { known, db, pause, go } = setup();
    pause();
    const first = known.current();
    db.set(13);
    known.changed("13"); // announced while the read was on its way
    go();
    expect((await first).epoch).toBe("10");
    expect((await known.current()).epoch).toBe("13");
    expect(db.reads).toBe(2);
  });

  it("with the feed lost, every request reads; when it is back, trust resumes", async () => {
    const { known, db } = setup();
    await known.current();
    known.feedLost();
    expect(known.following).toBe(false);
    await known.current();
    await known.current();
    expect(db.reads).toBe(3);
    known.feedBack();
    await known.current();
    await known.current();
    expect(db.reads).toBe(4);
  });

  it("a feed that was never connected is never trusted", async () => {
    const { known, db } = setup({ feedConnected: false });
    await known.current();
    await known.current();
    expect(db.reads).toBe(2);
  });
});
