import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedExecutionStats } from "../../server/src/platform/realtime/shared-execution.js";
import { sinkStats } from "../../server/src/platform/realtime/ws-transport.js";
import { collect, startTestServer, type TestServer } from "../support/server.js";
import { M, newSession, SESSION_FIELDS } from "./fixtures.js";

describe("one update, many subscribers", () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer(); });
  afterAll(() => t?.stop());

  it("loads the session once and executes and serialises each distinct selection once, for every subscriber", async () => {
    const sec = await t.login("sekretaria");
    const councillor = await t.login("kd04");
    const { sessionId } = await newSession(t, sec, 2);
    const full = `subscription($id: ID!) { sessionUpdated(sessionId: $id) { ${SESSION_FIELDS} } }`;
    const small = "subscription($id: ID!) { sessionUpdated(sessionId: $id) { status quorum { present } } }";
    // 30 public subscribers with the dashboard's selection, 10 with a small one, 5 logged-in councillors with the small one.
    const feeds = [
      ...Array.from({ length: 30 }, () => collect<{ sessionUpdated: { status: string } }>(t.ws(), full, { id: sessionId })),
      ...Array.from({ length: 10 }, () => collect<{ sessionUpdated: { status: string } }>(t.ws(), small, { id: sessionId })),
      ...Array.from({ length: 5 }, () => collect<{ sessionUpdated: { status: string } }>(t.ws(councillor), small, { id: sessionId })),
    ];
    await expect.poll(() => t.server.services.sessionFeed.subscriberCount(sessionId), { timeout: 15_000 }).toBe(45);
    const before = { ...sharedExecutionStats, ...sinkStats, loads: t.server.services.sessionFeed.loads };

    await t.gql(M.start, { id: sessionId }, sec);
    await Promise.all(feeds.map((f) => f.next((x) => x.sessionUpdated.status === "IN_PROGRESS", 15_000)));
    const executions = sharedExecutionStats.executions - before.executions;
    const deliveries = sharedExecutionStats.deliveries - before.deliveries;
    expect(deliveries).toBe(45);
    expect(executions).toBe(3); // full (public), small (public), small (COUNCILLOR)
    expect(t.server.services.sessionFeed.loads - before.loads).toBe(1); // one snapshot for all 45
    // Each of the 3 results was turned into JSON once, and went out in 45 messages.
    expect(sharedExecutionStats.serializations - before.serializations).toBe(3);
    expect(sinkStats.messages - before.messages).toBe(45);
    // Every subscriber got the same document for the same selection.
    const fullPayloads = new Set(feeds.slice(0, 30).map((f) => JSON.stringify(f.received.at(-1))));
    expect(fullPayloads.size).toBe(1);
  });
});
