import { describe, expect, it } from "vitest";
import { SharedReads } from "./shared-reads.js";

/** A load whose answer is the number of commits it saw when it started; resolved by hand. */
function harness() {
  let commits = 0;
  const pending: { seen: number; resolve: (v: number) => void; reject: (e: Error) => void }[] = [];
  const reads = new SharedReads<string, number>(
    () => new Promise<number>((resolve, reject) => pending.push({ seen: commits, resolve, reject })),
  );
  const finish = async (i = 0) => {
    const p = pending[i];
    p.resolve(p.seen);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { reads, pending, commit: () => commits++, finish };
}

describe("SharedReads", () => {
  it("gives a crowd of readers two loads: the one running and one shared next load", async () => {
    const h = harness();
    const first = h.reads.get("s1");
    const crowd = Array.from({ length: 50 }, () => h.reads.get("s1"));
    expect(new Set(crowd).size).toBe(1);
    expect(crowd[0]).not.toBe(first);
    await h.finish(0);
    await h.finish(1);
    expect(await first).toBe(0);
    expect(await Promise.all(crowd)).toEqual(Array(50).fill(0));
    expect(h.reads.loads).toBe(2);
  });

  it("never answers a reader with a load that started before it came (its own write is seen)", async () => {
    const h = harness();
    const early = h.reads.get("s1"); // load 1 starts, sees 0 commits
    h.commit(); // the reader below wrote, then reads
    const late = h.reads.get("s1");
    const later = h.reads.get("s1"); // joins the same waiting load
    expect(late).not.toBe(early);
    expect(later).toBe(late);
    expect(h.reads.loads).toBe(1); // the second waits for the first to end
    await h.finish(0);
    expect(await early).toBe(0);
    expect(h.reads.loads).toBe(2);
    await h.finish(1);
    expect(await late).toBe(1);
  });

  it("keeps keys apart and starts afresh after a failed load", async () => {
    const h = harness();
    const s1 = h.reads.get("s1");
    const s2 = h.reads.get("s2");
    expect(h.reads.loads).toBe(2);
    h.pending[0].reject(new Error("connection lost"));
    await expect(s1).rejects.toThrow("connection lost");
    const again = h.reads.get("s1");
    expect(h.reads.loads).toBe(3);
    await h.finish(2);
    await h.finish(1);
    expect(await again).toBe(0);
    expect(await s2).toBe(0);
  });
});
