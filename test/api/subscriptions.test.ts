import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { collect, startTestServer, type TestServer } from "../support/server.js";
import { M, newSession } from "./fixtures.js";

describe("sessionUpdated subscriptions", () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer(); });
  afterAll(() => t?.stop());

  it("answers an unknown session with NOT_FOUND", async () => {
    const feed = collect(t.ws(), "subscription { sessionUpdated(sessionId: \"00000000-0000-4000-8000-000000000000\") { id } }", {});
    await expect.poll(() => feed.errors.length, { timeout: 10_000 }).toBe(1);
    expect(JSON.stringify(feed.errors[0])).toContain("NOT_FOUND");
  });

  it("authenticates through connectionParams and closes the socket for a forged token", async () => {
    const token = await t.login("kd01");
    const sec = await t.login("sekretaria");
    const { sessionId } = await newSession(t, sec, 1);
    const feed = collect<{ sessionUpdated: { status: string } }>(t.ws(token), "subscription($id: ID!) { sessionUpdated(sessionId: $id) { status } }", { id: sessionId });
    await new Promise((r) => setTimeout(r, 200));
    await t.gql(M.start, { id: sessionId }, sec);
    expect((await feed.next()).sessionUpdated.status).toBe("IN_PROGRESS");

    const closed = await new Promise<number>((resolve) => {
      const client = createClient({
        url: t.wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, onNonLazyError: () => {},
        connectionParams: { authorization: `Bearer ${token.slice(0, -3)}xyz` },
        on: { closed: (e) => resolve((e as { code: number }).code) },
      });
      client.subscribe({ query: "subscription($id: ID!) { sessionUpdated(sessionId: $id) { id } }", variables: { id: sessionId } }, { next() {}, error() {}, complete() {} });
    });
    expect(closed).toBe(4403);
  });

  it("stops delivering after the client unsubscribes and frees the server's subscriber", async () => {
    const sec = await t.login("sekretaria");
    const { sessionId } = await newSession(t, sec, 1);
    const feed = collect(t.ws(), "subscription($id: ID!) { sessionUpdated(sessionId: $id) { status } }", { id: sessionId });
    await expect.poll(() => t.server.services.sessionFeed.subscriberCount(sessionId), { timeout: 10_000 }).toBe(1);
    feed.dispose();
    await expect.poll(() => t.server.services.sessionFeed.subscriberCount(sessionId), { timeout: 10_000 }).toBe(0);
  });
});
