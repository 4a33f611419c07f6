import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { actors, code, M, newSession } from "./fixtures.js";

const VERSION = "query($id: ID!) { session(id: $id) { version currentItem { id } } }";

describe("concurrent changes give one consistent result, never a server error", () => {
  let t: TestServer;
  let a: Awaited<ReturnType<typeof actors>>;
  let sessionId: string;
  let itemIds: string[];
  let voteId: string;

  beforeAll(async () => {
    t = await startTestServer();
    a = await actors(t, 40);
    ({ sessionId, itemIds } = await newSession(t, a.secretariat, 3));
    await t.gql(M.start, { id: sessionId }, a.secretariat);
    await t.gql("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { id } }",
      { i: { sessionId, councillorIds: a.councillors.map((c) => c.id), status: "PRESENT" } }, a.secretariat);
    await t.gql(M.startItem, { id: itemIds[0] }, a.secretariat);
    voteId = (await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, a.secretariat)).data.openVote.id;
  });
  afterAll(() => t?.stop());

  const codesOf = (rs: { errors?: { extensions?: { code?: string } }[] }[]) => rs.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));

  it("100 parallel ballots from one councillor leave exactly one ballot, the last one written", async () => {
    const c = a.councillors[0];
    const choices = Array.from({ length: 100 }, (_, i) => (["FOR", "AGAINST", "ABSTAIN"] as const)[i % 3]);
    const results = await Promise.all(choices.map((choice) => t.gql(M.ballot, { i: { voteId, choice } }, c.token)));
    expect(codesOf(results)).toEqual([]); // changing a ballot while the vote is open is allowed: all succeed
    const rows = await t.sql("SELECT choice FROM ballot WHERE vote_id = $1 AND councillor_id = $2", [voteId, c.id]);
    expect(rows).toHaveLength(1);
    // The ballot standing is the one the last committed change wrote, as the audit record says.
    const [last] = await t.sql(`SELECT after->>'choice' AS choice FROM audit_event WHERE action = 'castBallot' AND subject_id = $1 ORDER BY id DESC LIMIT 1`, [`${voteId}/${c.id}`]);
    expect(rows[0].choice).toBe(last.choice);
    expect((await t.sql("SELECT count(*)::int AS n FROM audit_event WHERE action = 'castBallot' AND subject_id = $1", [`${voteId}/${c.id}`]))[0].n).toBe(100);
  });

  it("100 parallel ballots from 39 councillors give one ballot each and a tally that adds up", async () => {
    const senders = Array.from({ length: 100 }, (_, i) => a.councillors[1 + (i % 39)]);
    const results = await Promise.all(senders.map((c, i) => t.gql(M.ballot, { i: { voteId, choice: i % 4 === 0 ? "AGAINST" : "FOR" } }, c.token)));
    expect(codesOf(results)).toEqual([]);
    const s = await t.gql("query($id: ID!) { session(id: $id) { agenda { votes { tally { for against abstain recused notVoted } ballots { councillor { id } } } } } }", { id: sessionId });
    const vote = s.data.session.agenda[0].votes[0];
    expect(vote.ballots).toHaveLength(40);
    expect(new Set(vote.ballots.map((b: { councillor: { id: string } }) => b.councillor.id)).size).toBe(40);
    const tl = vote.tally;
    expect(tl.for + tl.against + tl.abstain + tl.recused + tl.notVoted).toBe(51);
    expect(tl.for + tl.against + tl.abstain).toBe(40);
  });

  it("parallel attendance changes for one councillor end in a state the history explains", async () => {
    const c = a.councillors[39];
    const statuses = Array.from({ length: 50 }, (_, i) => (["ABSENT", "PRESENT", "EXCUSED"] as const)[i % 3]);
    const results = await Promise.all(statuses.map((status) => t.gql(M.attend, { i: { sessionId, councillorId: c.id, status } }, a.secretariat)));
    expect(codesOf(results)).toEqual([]);
    const [now] = await t.sql("SELECT status FROM attendance WHERE session_id = $1 AND councillor_id = $2", [sessionId, c.id]);
    const history = await t.sql("SELECT status FROM attendance_change WHERE session_id = $1 AND councillor_id = $2 ORDER BY id", [sessionId, c.id]);
    expect(history.at(-1)!.status).toBe(now.status);
    for (let i = 1; i < history.length; i++) expect(history[i].status).not.toBe(history[i - 1].status); // only real changes are recorded
  });

  it("two consoles on the same view: one change wins, the other gets CONFLICT", async () => {
    const { data } = await t.gql(VERSION, { id: sessionId });
    // The vote on item 1 must close before another item can be taken up.
    await t.gql(M.closeVote, { id: voteId }, a.secretariat);
    const v = (await t.gql(VERSION, { id: sessionId })).data.session.version;
    expect(v).toBeGreaterThan(data.session.version);
    const race = "mutation($id: ID!, $v: Int) { startAgendaItem(agendaItemId: $id, expectedVersion: $v) { currentItem { id } } }";
    const [one, two] = await Promise.all([t.gql(race, { id: itemIds[1], v }, a.secretariat), t.gql(race, { id: itemIds[2], v }, a.secretariat)]);
    const outcomes = [one, two].map((r) => (r.errors ? code(r) : "OK")).sort();
    expect(outcomes).toEqual(["CONFLICT", "OK"]);
    const winner = one.errors ? itemIds[2] : itemIds[1];
    expect((await t.gql(VERSION, { id: sessionId })).data.session.currentItem.id).toBe(winner);
  });

  it("two consoles opening a vote at once: one vote opens, the other is refused", async () => {
    const current = (await t.gql(VERSION, { id: sessionId })).data.session.currentItem.id;
    const results = await Promise.all([0, 1, 2, 3].map(() => t.gql(M.openVote, { i: { agendaItemId: current, majority: "SIMPLE" } }, a.secretariat)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(codesOf(results)).toEqual(["CONFLICT", "CONFLICT", "CONFLICT"]);
    expect((await t.sql("SELECT count(*)::int AS n FROM vote WHERE session_id = $1 AND status = 'OPEN'", [sessionId]))[0].n).toBe(1);
  });
});
