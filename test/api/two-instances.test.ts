import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, startTestServer, type TestServer } from "../support/server.js";
import { M, newSession } from "./fixtures.js";

/**
 * Several instances share one PostgreSQL: a change committed through instance A
 * reaches subscribers connected to instance B, carried by LISTEN/NOTIFY.
 */
describe("two server instances on one database", () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer();
    b = await startTestServer({ databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it("a subscriber on B sees changes made through A, including after B's listener connection is cut", async () => {
    const sec = await a.login("sekretaria");
    const { sessionId } = await newSession(a, sec, 1);
    const feed = collect<{ sessionUpdated: { status: string; quorum: { present: number } } }>(
      b.ws(), "subscription($id: ID!) { sessionUpdated(sessionId: $id) { status quorum { present } } }", { id: sessionId });
    await new Promise((r) => setTimeout(r, 200));

    await a.gql(M.start, { id: sessionId }, sec);
    expect((await feed.next((x) => x.sessionUpdated.status === "IN_PROGRESS")).sessionUpdated.status).toBe("IN_PROGRESS");

    // Cut every listener connection (A's and B's) from the database side.
    const cut = await a.sql("SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'kuvend-listener' AND datname = current_database()");
    expect(cut.length).toBe(2);

    const councillors = await a.gql<{ councillors: { id: string }[] }>("{ councillors { id } }");
    await a.gql(M.attend, { i: { sessionId, councillorId: councillors.data!.councillors[0].id, status: "PRESENT" } }, sec);
    // Either the notification or the resync after reconnecting brings the new state.
    const after = await feed.next((x) => x.sessionUpdated.quorum.present === 1, 10_000);
    expect(after.sessionUpdated.quorum.present).toBe(1);
    expect(feed.errors).toEqual([]);
  });
});
