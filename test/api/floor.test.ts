import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { actors, code, M, newSession } from "./fixtures.js";

const SPEAKER = "id kind status requestedAt startedAt endedAt allottedSeconds spokenSeconds councillor { id fullName }";
const F = {
  request: `mutation($i: FloorRequestInput!) { requestFloor(input: $i) { ${SPEAKER} } }`,
  withdraw: `mutation($id: ID!) { withdrawFloorRequest(speakerId: $id) { ${SPEAKER} } }`,
  start: `mutation($id: ID!, $s: Int) { startSpeech(speakerId: $id, allottedSeconds: $s) { ${SPEAKER} } }`,
  end: `mutation($id: ID!) { endSpeech(speakerId: $id) { ${SPEAKER} } }`,
  list: `query($id: ID!) { session(id: $id) { version currentSpeaker { id status } agenda { id speakers { ${SPEAKER} } } } }`,
  stream: "mutation($id: ID!, $u: String) { setStreamUrl(sessionId: $id, url: $u) { id streamUrl } }",
};
type Sp = { id: string; kind: string; status: string; startedAt: string | null; endedAt: string | null; allottedSeconds: number; spokenSeconds: number; councillor: { id: string } };

describe("the floor over the API", () => {
  let t: TestServer;
  let sec: string;
  let kd: Awaited<ReturnType<typeof actors>>["councillors"];

  beforeAll(async () => {
    t = await startTestServer();
    const a = await actors(t, 30);
    sec = a.secretariat;
    kd = a.councillors;
  });
  afterAll(() => t?.stop());

  async function running(present: number) {
    const s = await newSession(t, sec, 2);
    await t.gql(M.start, { id: s.sessionId }, sec);
    await t.gql("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { id } }",
      { i: { sessionId: s.sessionId, councillorIds: kd.slice(0, present).map((c) => c.id), status: "PRESENT" } }, sec);
    await t.gql(M.startItem, { id: s.itemIds[0] }, sec);
    return s;
  }
  const speakersOf = async (sessionId: string, itemId: string): Promise<Sp[]> =>
    (await t.gql(F.list, { id: sessionId })).data.session.agenda.find((i: { id: string }) => i.id === itemId).speakers;

  it("queues requests with points of order first, runs one speech at a time and keeps the time spoken", async () => {
    const s = await running(6);
    const item = s.itemIds[0];
    const a = await t.gql(F.request, { i: { agendaItemId: item, kind: "CONTRIBUTION" } }, kd[0].token);
    expect(a.errors).toBeUndefined();
    expect(a.data.requestFloor).toMatchObject({ status: "WAITING", kind: "CONTRIBUTION", allottedSeconds: 300, spokenSeconds: 0, councillor: { id: kd[0].id } });
    // API.md: a councillor's councillorId is ignored; they always ask for themself (kd[0] is already waiting, so this is refused as theirs).
    const asOther = await t.gql(F.request, { i: { agendaItemId: item, kind: "REPLY", councillorId: kd[5].id } }, kd[0].token);
    expect(asOther.errors?.[0]?.message).toMatch(/already waiting/);
    await t.gql(F.request, { i: { agendaItemId: item, kind: "REPLY", councillorId: kd[1].id } }, sec);
    const p = await t.gql(F.request, { i: { agendaItemId: item, kind: "POINT_OF_ORDER" } }, kd[2].token);
    expect(p.data.requestFloor.allottedSeconds).toBe(60);
    expect((await speakersOf(s.sessionId, item)).map((x) => x.councillor.id)).toEqual([kd[2].id, kd[0].id, kd[1].id]);

    const first = await t.gql(F.start, { id: p.data.requestFloor.id, s: 90 }, sec);
    expect(first.data.startSpeech).toMatchObject({ status: "SPEAKING", allottedSeconds: 90 });
    const second = await t.gql(F.start, { id: a.data.requestFloor.id }, sec);
    expect(second.data.startSpeech.status).toBe("SPEAKING");
    const list = await speakersOf(s.sessionId, item);
    expect(list.map((x) => [x.councillor.id, x.status])).toEqual([[kd[0].id, "SPEAKING"], [kd[1].id, "WAITING"], [kd[2].id, "DONE"]]);
    expect(list[2].endedAt).not.toBeNull();
    const ended = await t.gql(F.end, { id: a.data.requestFloor.id }, sec);
    expect(ended.data.endSpeech).toMatchObject({ status: "DONE" });
    expect((await t.gql(F.list, { id: s.sessionId })).data.session.currentSpeaker).toBeNull();
  });

  it("refuses the absent, the recused, a second waiting request and the public", async () => {
    const s = await running(4);
    const item = s.itemIds[0];
    expect(code(await t.gql(F.request, { i: { agendaItemId: item, kind: "CONTRIBUTION" } }, kd[20].token))).toBe("CONFLICT");
    await t.gql(M.declare, { i: { agendaItemId: item, interestType: "FAMILY", description: "Vëllai im është ofertues.", recused: true } }, kd[1].token);
    const recused = await t.gql(F.request, { i: { agendaItemId: item, kind: "CONTRIBUTION" } }, kd[1].token);
    expect(code(recused)).toBe("CONFLICT");
    expect(recused.errors![0].message).toMatch(/recused/);
    expect((await t.gql(F.request, { i: { agendaItemId: item, kind: "CONTRIBUTION" } }, kd[0].token)).errors).toBeUndefined();
    expect(code(await t.gql(F.request, { i: { agendaItemId: item, kind: "REPLY" } }, kd[0].token))).toBe("CONFLICT");
    expect(code(await t.gql(F.request, { i: { agendaItemId: item, kind: "CONTRIBUTION", councillorId: kd[2].id } }))).toBe("UNAUTHENTICATED");
    expect(code(await t.gql(F.request, { i: { agendaItemId: s.itemIds[1], kind: "CONTRIBUTION" } }, kd[2].token))).toBe("CONFLICT");
    expect(code(await t.gql(F.request, { i: { agendaItemId: item, kind: "SHOUT" } }, kd[2].token))).toBe("BAD_USER_INPUT");
  });

  it("opening a vote ends the speech in progress; https-only stream addresses", async () => {
    const s = await running(28);
    const item = s.itemIds[0];
    const r = await t.gql(F.request, { i: { agendaItemId: item, kind: "CONTRIBUTION" } }, kd[3].token);
    await t.gql(F.start, { id: r.data.requestFloor.id }, sec);
    const v = await t.gql(M.openVote, { i: { agendaItemId: item, majority: "SIMPLE" } }, sec);
    expect(v.errors).toBeUndefined();
    expect((await speakersOf(s.sessionId, item))[0]).toMatchObject({ status: "DONE" });
    expect(code(await t.gql(F.stream, { id: s.sessionId, u: "http://example.org/live" }, sec))).toBe("BAD_USER_INPUT");
    const ok = await t.gql(F.stream, { id: s.sessionId, u: "https://www.youtube.com/watch?v=abc123" }, sec);
    expect(ok.data.setStreamUrl.streamUrl).toBe("https://www.youtube.com/watch?v=abc123");
  });
});
