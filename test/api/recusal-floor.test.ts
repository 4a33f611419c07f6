import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { actors, M, newSession } from "./fixtures.js";

const REQUEST = "mutation($i: FloorRequestInput!) { requestFloor(input: $i) { id status } }";
const START = "mutation($id: ID!) { startSpeech(speakerId: $id) { id status } }";
const SPEAKERS = "query($id: ID!) { session(id: $id) { currentSpeaker { id } agenda { speakers { id status councillor { id } } } } }";

/** DOMAIN.md: a recused councillor stays out of the matter, so a recusal filed later takes them off the item's floor too. */
describe("a recusal filed after asking for the floor", () => {
  let t: TestServer;
  let sec: string;
  let kd: Awaited<ReturnType<typeof actors>>["councillors"];

  beforeAll(async () => {
    t = await startTestServer();
    ({ secretariat: sec, councillors: kd } = await actors(t, 3));
  });
  afterAll(() => t?.stop());

  it("withdraws the waiting request and ends the speech in progress, each audited", async () => {
    const s = await newSession(t, sec, 1);
    await t.gql(M.start, { id: s.sessionId }, sec);
    for (const c of kd) await t.gql(M.attend, { i: { sessionId: s.sessionId, councillorId: c.id, status: "PRESENT" } }, sec);
    await t.gql(M.startItem, { id: s.itemIds[0] }, sec);
    const speaking = (await t.gql(REQUEST, { i: { agendaItemId: s.itemIds[0], kind: "CONTRIBUTION" } }, kd[0].token)).data.requestFloor.id;
    const waiting = (await t.gql(REQUEST, { i: { agendaItemId: s.itemIds[0], kind: "REPLY" } }, kd[1].token)).data.requestFloor.id;
    expect((await t.gql(START, { id: speaking }, sec)).errors).toBeUndefined();

    for (const c of [kd[0], kd[1]]) {
      const filed = await t.gql(M.declare, { i: { agendaItemId: s.itemIds[0], interestType: "FINANCIAL", description: "Aksione në firmë", recused: true } }, c.token);
      expect(filed.errors).toBeUndefined();
    }
    const after = (await t.gql(SPEAKERS, { id: s.sessionId })).data.session;
    expect(after.currentSpeaker).toBeNull();
    const status = Object.fromEntries(after.agenda[0].speakers.map((x: { id: string; status: string }) => [x.id, x.status]));
    expect(status).toEqual({ [speaking]: "DONE", [waiting]: "WITHDRAWN" });
    const audit = await t.sql<{ action: string; subject_id: string }>(
      "SELECT action, subject_id FROM audit_event WHERE subject_id = ANY($1::text[]) AND after->>'because' = 'recusal' ORDER BY id", [[speaking, waiting]]);
    expect(audit.map((a) => [a.action, a.subject_id])).toEqual([["endSpeech", speaking], ["withdrawFloorRequest", waiting]]);
  });
});
