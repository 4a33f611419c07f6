import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { LiveFeed } from "./live-feed.js";
import { SharedStream, sharedExecutionStats, sharedSubscribe, type Sink } from "./shared-execution.js";

/** A schema with one live field backed by a LiveFeed, as the session feed is. */
function liveSchema() {
  const state = { n: 0 };
  const feed = new LiveFeed<{ n: number }>(async () => ({ n: state.n }), (err) => { throw err; });
  const Count = new GraphQLObjectType({
    name: "Count",
    fields: {
      n: { type: GraphQLInt },
      label: { type: GraphQLString, resolve: (c: { n: number }) => `nr. ${c.n}` },
      context: { type: GraphQLInt, resolve: (_c, _a, ctx: { execution?: number }) => ctx.execution ?? 0 },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: "Query", fields: { ok: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: "Subscription",
      fields: { counted: { type: Count, subscribe: () => feed.subscribe("k"), resolve: (c: unknown) => c } },
    }),
  });
  return { schema, feed, state };
}

const sinkInto = (into: string[]): Sink => ({ push: (json) => into.push(json.toString()), flushed: async () => {} });

describe("sharedSubscribe", () => {
  it("executes and serialises once per update for every subscriber of a selection, attached or iterating", async () => {
    const { schema, feed, state } = liveSchema();
    const document = parse("subscription { counted { n label context } }");
    let executions = 0;
    const fresh = () => ({ execution: ++executions }); // a context per execution, as the server makes one with fresh loaders
    const streams = await Promise.all(Array.from({ length: 4 }, () => sharedSubscribe({ schema, document, contextValue: {} }, () => "public", fresh)));
    const attached = streams.slice(0, 3) as SharedStream[];
    const received: string[][] = attached.map(() => []);
    attached.forEach((s, i) => s.attach(sinkInto(received[i])));
    const iterating = streams[3] as SharedStream;
    const before = { ...sharedExecutionStats };

    state.n = 1;
    feed.changed("k");
    const next = await iterating.next();
    await expect.poll(() => received.every((r) => r.length === 1)).toBe(true);
    expect(next.value).toEqual({ data: { counted: { n: 1, label: "nr. 1", context: 1 } } });
    expect(received.map((r) => JSON.parse(r[0]))).toEqual(Array(3).fill({ data: { counted: { n: 1, label: "nr. 1", context: 1 } } }));
    expect(sharedExecutionStats.executions - before.executions).toBe(1);
    expect(sharedExecutionStats.serializations - before.serializations).toBe(1);

    // Later updates arrive in order; a different role is a different group.
    const other = (await sharedSubscribe({ schema, document, contextValue: {} }, () => "SECRETARIAT", fresh)) as SharedStream;
    const otherReceived: string[] = [];
    other.attach(sinkInto(otherReceived));
    for (const n of [2, 3]) {
      state.n = n;
      feed.changed("k");
      await expect.poll(() => received[0].length).toBe(n);
    }
    expect(received[0].map((m) => JSON.parse(m).data.counted.n)).toEqual([1, 2, 3]);
    expect(otherReceived.map((m) => JSON.parse(m).data.counted.n)).toEqual([2, 3]);
    expect(sharedExecutionStats.executions - before.executions).toBe(1 + 2 * 2);
    expect(executions).toBe(5); // each execution had its own context, none per subscriber
    expect(new Set(received[0].map((m) => JSON.parse(m).data.counted.context)).size).toBe(3);

    // Ending: an attached stream's iterator finishes when its subscription is returned, and the feed forgets it.
    const done = attached[0].next();
    await attached[0].return();
    await expect(done).resolves.toEqual({ value: undefined, done: true });
    for (const s of [...attached.slice(1), iterating, other]) await s.return();
    expect(feed.subscriberCount("k")).toBe(0);
  });
});
