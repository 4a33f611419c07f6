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

  it("carries the floor live: a request (WAITING), the start (currentSpeaker, SPEAKING) and the end (no currentSpeaker, DONE)", async () => {
    const sec = await t.login("sekretaria");
    const kd = await t.login("kd03");
    const me = (await t.gql("{ me { councillor { id } } }", {}, kd)).data.me.councillor.id as string;
    const { sessionId, itemIds } = await newSession(t, sec, 1);
    await t.gql(M.start, { id: sessionId }, sec);
    await t.gql(M.attend, { i: { sessionId, councillorId: me, status: "PRESENT" } }, sec);
    await t.gql(M.startItem, { id: itemIds[0] }, sec);
    type Update = { sessionUpdated: { currentSpeaker: { id: string; status: string } | null; agenda: { speakers: { id: string; status: string; councillor: { id: string } }[] }[] } };
    // The public dashboard's view: no login.
    const feed = collect<Update>(t.ws(),
      "subscription($id: ID!) { sessionUpdated(sessionId: $id) { currentSpeaker { id status } agenda { speakers { id status councillor { id } } } } }", { id: sessionId });
    await expect.poll(() => t.server.services.sessionFeed.subscriberCount(sessionId), { timeout: 10_000 }).toBe(1);
    const speakers = (u: Update) => u.sessionUpdated.agenda[0].speakers;

    const id = (await t.gql("mutation($i: FloorRequestInput!) { requestFloor(input: $i) { id } }", { i: { agendaItemId: itemIds[0], kind: "CONTRIBUTION" } }, kd)).data.requestFloor.id as string;
    const asked = await feed.next((u) => speakers(u).some((x) => x.id === id));
    expect(speakers(asked)).toEqual([{ id, status: "WAITING", councillor: { id: me } }]);
    expect(asked.sessionUpdated.currentSpeaker).toBeNull();

    expect((await t.gql("mutation($id: ID!) { startSpeech(speakerId: $id) { id } }", { id }, sec)).errors).toBeUndefined();
    const started = await feed.next((u) => u.sessionUpdated.currentSpeaker !== null);
    expect(started.sessionUpdated.currentSpeaker).toEqual({ id, status: "SPEAKING" });
    expect(speakers(started)[0]).toMatchObject({ id, status: "SPEAKING" });

    expect((await t.gql("mutation($id: ID!) { endSpeech(speakerId: $id) { id } }", { id }, sec)).errors).toBeUndefined();
    const ended = await feed.next((u) => speakers(u)[0]?.status === "DONE");
    expect(ended.sessionUpdated.currentSpeaker).toBeNull();
    expect(speakers(ended)).toEqual([{ id, status: "DONE", councillor: { id: me } }]);
    expect(feed.errors).toEqual([]);
    feed.dispose();
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
