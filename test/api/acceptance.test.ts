import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, startTestServer, type TestServer } from "../support/server.js";
import { actors, code, M, newSession, SESSION_FIELDS, type Session } from "./fixtures.js";

/**
 * Issue 2's acceptance scenario, as the public would watch it: a session starts,
 * 30 of 51 are present, a councillor declares a financial interest with recusal
 * on item 2, a SIMPLE vote on item 2 refuses that councillor's ballot with
 * CONFLICT, and the tally and outcome are right. A subscriber with no login sees
 * every step arrive.
 */
describe("a council session watched live from start to close", () => {
  let t: TestServer;
  let a: Awaited<ReturnType<typeof actors>>;
  beforeAll(async () => {
    t = await startTestServer();
    a = await actors(t, 31);
  });
  afterAll(() => t?.stop());

  it("delivers every step to a public subscriber and ends with the right tally and outcome", async () => {
    const sec = a.secretariat;
    const { sessionId, itemIds } = await newSession(t, sec, 3);
    const feed = collect<{ sessionUpdated: Session }>(t.ws(), `subscription($id: ID!) { sessionUpdated(sessionId: $id) { ${SESSION_FIELDS} } }`, { id: sessionId });
    await new Promise((r) => setTimeout(r, 200)); // let the subscription reach the server
    const s = (x: { sessionUpdated: Session }) => x.sessionUpdated;

    expect((await t.gql(M.start, { id: sessionId }, sec)).data.startSession.status).toBe("IN_PROGRESS");
    await feed.next((x) => s(x).status === "IN_PROGRESS");

    // 30 of 51 present, each arrival seen live.
    const present = a.councillors.slice(0, 30);
    for (const [i, c] of present.entries()) {
      const r = await t.gql(M.attend, { i: { sessionId, councillorId: c.id, status: "PRESENT" } }, sec);
      expect(r.errors).toBeUndefined();
      const ev = await feed.next((x) => s(x).quorum.present === i + 1);
      expect(ev.sessionUpdated.attendance.find((x) => x.councillor.id === c.id)?.status).toBe("PRESENT");
    }
    const afterAttendance = feed.received.at(-1)!.sessionUpdated;
    expect(afterAttendance.quorum).toEqual({ seats: 51, present: 30, required: 26, reached: true });
    expect(afterAttendance.attendance).toHaveLength(51);
    expect(afterAttendance.attendance.filter((x) => x.status === "ABSENT")).toHaveLength(21);

    // Item 2 becomes current.
    await t.gql(M.startItem, { id: itemIds[1] }, sec);
    const current = await feed.next((x) => s(x).currentItem?.id === itemIds[1]);
    expect(current.sessionUpdated.agenda[1].status).toBe("UNDER_DISCUSSION");

    // A councillor declares a financial interest with recusal, from their own account.
    const recused = present[4];
    const decl = await t.gql(M.declare, {
      i: { agendaItemId: itemIds[1], interestType: "FINANCIAL", description: "Jam ortak në kompaninë që merr kontratën.", recused: true },
    }, recused.token);
    expect(decl.errors).toBeUndefined();
    expect(decl.data.fileDeclaration).toMatchObject({ councillor: { id: recused.id }, interestType: "FINANCIAL", recused: true, filedOnBehalf: false });
    const declared = await feed.next((x) => s(x).agenda[1].declarations.length === 1);
    expect(declared.sessionUpdated.agenda[1].declarations[0]).toMatchObject({ councillor: { id: recused.id }, interestType: "FINANCIAL", recused: true });

    // A SIMPLE vote on item 2.
    const opened = await t.gql(M.openVote, { i: { agendaItemId: itemIds[1], majority: "SIMPLE" } }, sec);
    expect(opened.errors).toBeUndefined();
    const voteId = opened.data.openVote.id;
    expect(opened.data.openVote).toMatchObject({ status: "OPEN", majority: "SIMPLE", outcome: null, tally: { for: 0, against: 0, abstain: 0, recused: 1, notVoted: 50 } });
    await feed.next((x) => s(x).agenda[1].votes[0]?.status === "OPEN");

    // The recused councillor's ballot is refused with CONFLICT, naming the declaration.
    const refused = await t.gql(M.ballot, { i: { voteId, choice: "FOR" } }, recused.token);
    expect(code(refused)).toBe("CONFLICT");
    expect(refused.errors![0].message).toMatch(/declared a conflict of interest on this item and recused themself .* so cannot vote on it/);
    expect(refused.errors![0].extensions).toMatchObject({ code: "CONFLICT", declarationId: decl.data.fileDeclaration.id });
    // ...and on the secretariat's console too.
    const refusedOnBehalf = await t.gql(M.ballot, { i: { voteId, choice: "FOR", councillorId: recused.id } }, sec);
    expect(code(refusedOnBehalf)).toBe("CONFLICT");

    // The other 29: 16 FOR, 9 AGAINST, 4 ABSTAIN; each ballot arrives live.
    const others = present.filter((c) => c.id !== recused.id);
    const choices = others.map((_, i) => (i < 16 ? "FOR" : i < 25 ? "AGAINST" : "ABSTAIN"));
    for (const [i, c] of others.entries()) {
      const r = await t.gql(M.ballot, { i: { voteId, choice: choices[i] } }, c.token);
      expect(r.errors).toBeUndefined();
      await feed.next((x) => s(x).agenda[1].votes[0]?.ballots.length === i + 1);
    }
    const closed = await t.gql(M.closeVote, { id: voteId }, sec);
    expect(closed.data.closeVote).toMatchObject({
      status: "CLOSED", outcome: "PASSED", tally: { for: 16, against: 9, abstain: 4, recused: 1, notVoted: 21 },
    });
    expect(closed.data.closeVote.ballots).toHaveLength(29);
    expect(closed.data.closeVote.ballots.find((b: { councillor: { id: string } }) => b.councillor.id === recused.id)).toBeUndefined();
    const result = await feed.next((x) => s(x).agenda[1].votes[0]?.status === "CLOSED");
    expect(result.sessionUpdated.agenda[1]).toMatchObject({ status: "DECIDED", votes: [{ outcome: "PASSED", tally: { for: 16, against: 9, abstain: 4, recused: 1, notVoted: 21 } }] });

    await t.gql(M.close, { id: sessionId }, sec);
    const ended = await feed.next((x) => s(x).status === "CLOSED");
    expect(ended.sessionUpdated.currentItem).toBeNull();
    expect(ended.sessionUpdated.agenda.map((i) => i.status)).toEqual(["DEFERRED", "DECIDED", "DEFERRED"]);

    // Every change reached the subscriber: start, 30 arrivals, item, declaration, vote opened, 29 ballots, vote closed, close.
    expect(feed.received.length).toBeGreaterThanOrEqual(1 + 30 + 1 + 1 + 1 + 29 + 1 + 1);
    expect(feed.errors).toEqual([]);
  });
});
