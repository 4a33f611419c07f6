import { describe, expect, it } from "vitest";
import { LiveFeed } from "./live-feed.js";

/** A feed whose loads we count and whose source of truth we control. */
function feedOf(state: { value: number }) {
  let loads = 0;
  const feed = new LiveFeed<{ value: number }>(async () => {
    loads++;
    await new Promise((r) => setTimeout(r, 1));
    return { value: state.value };
  }, (err) => { throw err; });
  return { feed, loads: () => loads };
}

const settle = () => new Promise((r) => setTimeout(r, 30));

describe("LiveFeed", () => {
  it("loads once per change however many subscribers watch, and hands all of them the same object", async () => {
    const state = { value: 1 };
    const { feed, loads } = feedOf(state);
    const subs = Array.from({ length: 100 }, () => feed.subscribe("s1"));
    feed.changed("s1");
    const firsts = await Promise.all(subs.map((s) => s.next()));
    expect(loads()).toBe(1);
    expect(new Set(firsts.map((r) => r.value)).size).toBe(1);
    expect(firsts[0].value).toEqual({ value: 1 });
  });

  it("does not load for keys nobody watches", async () => {
    const { feed, loads } = feedOf({ value: 1 });
    feed.changed("nobody");
    await settle();
    expect(loads()).toBe(0);
  });

  it("delivers changes in order, one emission per change", async () => {
    const state = { value: 0 };
    const { feed } = feedOf(state);
    const sub = feed.subscribe("s");
    const seen: number[] = [];
    for (let i = 1; i <= 3; i++) {
      state.value = i;
      feed.changed("s");
      seen.push((await sub.next()).value!.value);
    }
    expect(seen).toEqual([1, 2, 3]);
  });

  it("a stalled subscriber keeps a bounded queue and still ends on the latest state", async () => {
    const state = { value: 0 };
    const { feed } = feedOf(state);
    const stalled = feed.subscribe("s");
    for (let i = 1; i <= 200; i++) {
      state.value = i;
      feed.changed("s");
      if (i % 4 === 0) await settle(); // let the loads run; the subscriber never reads
    }
    await settle();
    const drained: number[] = [];
    for (;;) {
      const r = await Promise.race([stalled.next(), settle().then(() => null)]);
      if (!r || r.done) break;
      drained.push(r.value.value);
    }
    expect(drained.length).toBe(16); // the bound, not all 50+ loaded states
    expect(drained.at(-1)).toBe(200);
  });

  it("hands values to listeners as they come, and a listener that throws ends only its own subscription", async () => {
    const state = { value: 1 };
    const { feed } = feedOf(state);
    const seen: number[][] = [[], [], []];
    const ended = [false, false, false];
    feed.subscribe("s").listen((v) => seen[0].push(v.value), () => (ended[0] = true));
    feed.subscribe("s").listen(() => { throw new Error("broken sink"); }, () => (ended[1] = true));
    feed.subscribe("s").listen((v) => seen[2].push(v.value), () => (ended[2] = true));
    feed.changed("s");
    await settle();
    state.value = 2;
    feed.changed("s");
    await settle();
    expect(seen[0]).toEqual([1, 2]);
    expect(seen[2]).toEqual([1, 2]);
    expect(ended).toEqual([false, true, false]);
    expect(feed.subscriberCount("s")).toBe(2);
  });

  it("unsubscribing removes the subscriber", async () => {
    const { feed } = feedOf({ value: 1 });
    const a = feed.subscribe("s");
    feed.subscribe("s");
    expect(feed.subscriberCount("s")).toBe(2);
    await a.return!();
    expect(feed.subscriberCount("s")).toBe(1);
  });
});
