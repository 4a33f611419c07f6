import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, startTestServer, type TestServer } from "../support/server.js";
import { actors, code, M, newSession } from "./fixtures.js";

const LIST = `query($f: DeclarationFilter, $o: Int, $l: Int) { declarations(filter: $f, offset: $o, limit: $l) {
  total offset limit
  items { id councillor { id fullName } interestType description recused filedAt filedOnBehalf supersedesId inForce
          sessionId sessionTitle agendaItemPosition agendaItemTitle agendaItemId } } }`;

type Item = { id: string; councillor: { id: string }; interestType: string; recused: boolean; inForce: boolean; supersedesId: string | null; sessionId: string; agendaItemPosition: number; filedAt: string };

describe("the public register of declarations", () => {
  let t: TestServer;
  let sec: string;
  let kd: Awaited<ReturnType<typeof actors>>["councillors"];
  let sessionId: string;
  let itemIds: string[];
  const filed: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer();
    const a = await actors(t, 6);
    sec = a.secretariat;
    kd = a.councillors;
    ({ sessionId, itemIds } = await newSession(t, sec, 3, "Mbledhje me deklarata"));
    const file = async (token: string, item: number, interestType: string, recused: boolean, description = "Interes") =>
      (await t.gql(M.declare, { i: { agendaItemId: itemIds[item], interestType, description, recused } }, token)).data.fileDeclaration.id as string;
    filed.a = await file(kd[0].token, 0, "FINANCIAL", true, "Aksione në kompaninë ofertuese");
    filed.b = await file(kd[1].token, 0, "FAMILY", false);
    filed.c = await file(kd[0].token, 1, "PROFESSIONAL", false);
    filed.d = await file(kd[0].token, 0, "FINANCIAL", false, "Korrigjim: i shita aksionet"); // supersedes a
  });
  afterAll(() => t?.stop());

  const list = async (f: Record<string, unknown> = {}, o = 0, l = 25) => {
    const r = await t.gql(LIST, { f, o, l });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.declarations as { total: number; items: Item[] };
  };

  it("lists every declaration newest first, with where it was filed; superseded ones stay, marked", async () => {
    const r = await list({ sessionId });
    expect(r.items.map((d) => d.id)).toEqual([filed.d, filed.c, filed.b, filed.a]);
    expect(r.total).toBe(4);
    const a = r.items.find((d) => d.id === filed.a)!;
    const d = r.items.find((x) => x.id === filed.d)!;
    expect(a).toMatchObject({ inForce: false, recused: true, supersedesId: null, agendaItemPosition: 1 });
    expect(d).toMatchObject({ inForce: true, recused: false, supersedesId: filed.a, sessionId });
    expect(r.items[0]).toMatchObject({ agendaItemTitle: "Pika 1", agendaItemId: itemIds[0] });
  });

  it("filters by councillor, interest type, recusal and date", async () => {
    expect((await list({ sessionId, councillorId: kd[0].id })).items.map((d) => d.id)).toEqual([filed.d, filed.c, filed.a]);
    expect((await list({ sessionId, interestType: "FAMILY" })).items.map((d) => d.id)).toEqual([filed.b]);
    expect((await list({ sessionId, recused: true })).items.map((d) => d.id)).toEqual([filed.a]);
    const all = (await list({ sessionId })).items;
    const cFiled = all.find((d) => d.id === filed.c)!.filedAt;
    expect((await list({ sessionId, from: cFiled })).items.map((d) => d.id)).toEqual([filed.d, filed.c]);
    expect((await list({ sessionId, to: cFiled })).items.map((d) => d.id)).toEqual([filed.b, filed.a]);
    expect((await list({ councillorId: "not-an-id" })).total).toBe(0);
  });

  it("paginates with a total", async () => {
    const first = await list({ sessionId }, 0, 3);
    const second = await list({ sessionId }, 3, 3);
    expect(first.total).toBe(4);
    expect(first.items).toHaveLength(3);
    expect(second.items.map((d) => d.id)).toEqual([filed.a]);
    expect(code(await t.gql(LIST, { l: 101 }))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(LIST, { o: -1 }))).toBe("BAD_USER_INPUT");
  });

  it("includes the demo's past declarations for everyone to read", async () => {
    const r = await list({ recused: true });
    expect(r.total).toBeGreaterThanOrEqual(3); // two demo sessions + this file's
  });
});

describe("a recusal during an open vote", () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer(); });
  afterAll(() => t?.stop());

  it("removes the ballot, keeps the removal on the record, and the live feed says so", async () => {
    const a = await actors(t, 26);
    const sec = a.secretariat;
    const { sessionId, itemIds } = await newSession(t, sec, 1);
    await t.gql(M.start, { id: sessionId }, sec);
    await t.gql("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { id } }",
      { i: { sessionId, councillorIds: a.councillors.map((c) => c.id), status: "PRESENT" } }, sec);
    await t.gql(M.startItem, { id: itemIds[0] }, sec);
    const voteId = (await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec)).data.openVote.id;
    const voter = a.councillors[7];
    await t.gql(M.ballot, { i: { voteId, choice: "AGAINST" } }, voter.token);

    const feed = collect<{ sessionUpdated: { agenda: { votes: { tally: { against: number; recused: number }; removedBallots: { councillor: { id: string }; choice: string; declarationId: string }[] }[] }[] } }>(
      t.ws(), "subscription($id: ID!) { sessionUpdated(sessionId: $id) { agenda { votes { tally { against recused } removedBallots { councillor { id } choice declarationId } } } } }", { id: sessionId });
    await new Promise((r) => setTimeout(r, 200));
    const decl = await t.gql(M.declare, { i: { agendaItemId: itemIds[0], interestType: "PERSONAL", description: "Jam palë në mosmarrëveshje.", recused: true } }, voter.token);
    const event = await feed.next((x) => x.sessionUpdated.agenda[0].votes[0].removedBallots.length === 1);
    const vote = event.sessionUpdated.agenda[0].votes[0];
    expect(vote.tally).toEqual({ against: 0, recused: 1 });
    expect(vote.removedBallots).toEqual([{ councillor: { id: voter.id }, choice: "AGAINST", declarationId: decl.data.fileDeclaration.id }]);

    const closed = await t.gql(`mutation($id: ID!) { closeVote(voteId: $id) { tally { against recused } removedBallots { choice } ballots { councillor { id } } } }`, { id: voteId }, sec);
    expect(closed.data.closeVote).toEqual({ tally: { against: 0, recused: 1 }, removedBallots: [{ choice: "AGAINST" }], ballots: [] });
    await expect(t.sql("DELETE FROM ballot_removal")).rejects.toThrow(/append-only/);
  });
});
