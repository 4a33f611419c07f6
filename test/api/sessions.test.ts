import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { actors, code, M, newSession } from "./fixtures.js";

const MISSING = "00000000-0000-4000-8000-000000000000";

describe("council sessions over the API", () => {
  let t: TestServer;
  let sec: string;
  let kd: Awaited<ReturnType<typeof actors>>["councillors"];
  let oss: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestServer();
    const a = await actors(t, 30);
    sec = a.secretariat;
    kd = a.councillors;
    oss = await t.login("oss");
    admin = await t.login("admin");
  });
  afterAll(() => t?.stop());

  /** A started session with `present` councillors present and item 1 current. */
  async function runningSession(present: number, items = 2) {
    const s = await newSession(t, sec, items);
    await t.gql(M.start, { id: s.sessionId }, sec);
    for (const c of kd.slice(0, present)) await t.gql(M.attend, { i: { sessionId: s.sessionId, councillorId: c.id, status: "PRESENT" } }, sec);
    await t.gql(M.startItem, { id: s.itemIds[0] }, sec);
    return s;
  }

  describe("login and roles", () => {
    it("logs in with the demo accounts and tells who is logged in", async () => {
      const me = await t.gql("{ me { username role councillor { id fullName } } }", {}, kd[0].token);
      expect(me.data.me).toMatchObject({ username: "kd01", role: "COUNCILLOR", councillor: { id: kd[0].id } });
      const meSec = await t.gql("{ me { username role councillor { id } } }", {}, sec);
      expect(meSec.data.me).toEqual({ username: "sekretaria", role: "SECRETARIAT", councillor: null });
      expect((await t.gql("{ me { id } }")).data.me).toBeNull();
    });

    it("refuses a wrong password or unknown user with UNAUTHENTICATED", async () => {
      for (const [u, p] of [["sekretaria", "wrong"], ["nobody", "x"]]) {
        const r = await t.gql("mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }", { u, p });
        expect(code(r)).toBe("UNAUTHENTICATED");
        expect(r.errors![0].message).toBe("Wrong username or password.");
      }
    });

    it("refuses an empty or oversized password as BAD_USER_INPUT", async () => {
      const r = await t.gql("mutation($p: String!) { login(username: \"sekretaria\", password: $p) { token } }", { p: "x".repeat(300) });
      expect(code(r)).toBe("BAD_USER_INPUT");
    });

    it("answers a forged or expired token with UNAUTHENTICATED rather than treating it as the public", async () => {
      const r = await t.gql("{ me { id } }", {}, sec.slice(0, -4) + "AAAA");
      expect(code(r)).toBe("UNAUTHENTICATED");
    });

    it("lists the 51 councillors with a real gender mix", async () => {
      const r = await t.gql("{ councillors { id fullName gender party active } }");
      // The 51 seated now; the register keeps former councillors too (the demo's term that ended mid-year), listed on request.
      const seated = r.data.councillors;
      expect(seated).toHaveLength(51);
      expect(seated.every((c: { active: boolean }) => c.active)).toBe(true);
      const register = (await t.gql("{ councillors(includeFormer: true) { active } }")).data.councillors;
      expect(register).toHaveLength(52);
      expect(register.at(-1).active).toBe(false);
      const women = seated.filter((c: { gender: string }) => c.gender === "FEMALE").length;
      expect(women).toBeGreaterThan(15);
      expect(women).toBeLessThan(36);
    });
  });

  describe("createSession", () => {
    it("schedules a session with the council's seats and a notice flag", async () => {
      const soon = await t.gql(M.create, { i: { title: "Mbledhje e jashtëzakonshme", scheduledAt: new Date(Date.now() + 2 * 86400_000).toISOString() } }, sec);
      expect(soon.data.createSession).toMatchObject({ title: "Mbledhje e jashtëzakonshme", status: "SCHEDULED", seats: 51, lateNotice: true, agenda: [], quorum: { required: 26 } });
      const inTime = await t.gql(M.create, { i: { title: "Mbledhje e rregullt", scheduledAt: new Date(Date.now() + 8 * 86400_000).toISOString() } }, sec);
      expect(inTime.data.createSession.lateNotice).toBe(false);
    });

    it("schedules a committee meeting with the committee's seats and its 3-day notice", async () => {
      const bodies = await t.gql("{ bodies { id kind seats } }");
      const committee = bodies.data.bodies.find((b: { kind: string }) => b.kind === "COMMITTEE");
      const r = await t.gql("mutation($i: CreateSessionInput!) { createSession(input: $i) { seats lateNotice attendance { status } } }",
        { i: { title: "Komision", scheduledAt: new Date(Date.now() + 4 * 86400_000).toISOString(), bodyId: committee.id } }, sec);
      expect(r.data.createSession).toMatchObject({ seats: committee.seats, lateNotice: false });
      expect(r.data.createSession.attendance).toHaveLength(committee.seats);
    });

    it.each([
      [{ title: "", scheduledAt: "2026-12-20T10:00:00+01:00" }, "title"],
      [{ title: "   ", scheduledAt: "2026-12-20T10:00:00+01:00" }, "title"],
      [{ title: "x".repeat(301), scheduledAt: "2026-12-20T10:00:00+01:00" }, "title"],
      [{ title: "Mbledhje", scheduledAt: "1999-12-20T10:00:00Z" }, "scheduledAt"],
    ])("refuses bad input %j as BAD_USER_INPUT naming %s", async (input, field) => {
      const r = await t.gql(M.create, { i: input }, sec);
      expect(code(r)).toBe("BAD_USER_INPUT");
      expect(r.errors![0].message).toContain(field);
    });

    it("refuses a date that is not an ISO-8601 moment", async () => {
      const r = await t.gql(M.create, { i: { title: "x", scheduledAt: "next tuesday" } }, sec);
      expect(code(r)).toBe("BAD_USER_INPUT");
    });

    it("refuses an unknown body as NOT_FOUND", async () => {
      const r = await t.gql(M.create, { i: { title: "x", scheduledAt: "2026-12-20T10:00:00Z", bodyId: MISSING } }, sec);
      expect(code(r)).toBe("NOT_FOUND");
    });
  });

  describe("addAgendaItem", () => {
    it("appends items in order", async () => {
      const { sessionId } = await newSession(t, sec, 0);
      const a = await t.gql(M.addItem, { i: { sessionId, title: "Projektvendim A", description: "Përshkrim" } }, sec);
      const b = await t.gql(M.addItem, { i: { sessionId, title: "Projektvendim B" } }, sec);
      expect(a.data.addAgendaItem).toMatchObject({ position: 1, title: "Projektvendim A", status: "PENDING", declarations: [], votes: [] });
      expect(b.data.addAgendaItem.position).toBe(2);
      const s = await t.gql("query($id: ID!) { session(id: $id) { agenda { position title } } }", { id: sessionId });
      expect(s.data.session.agenda).toEqual([{ position: 1, title: "Projektvendim A" }, { position: 2, title: "Projektvendim B" }]);
    });

    it("refuses an unknown session, an empty title, and a closed session", async () => {
      expect(code(await t.gql(M.addItem, { i: { sessionId: MISSING, title: "x" } }, sec))).toBe("NOT_FOUND");
      expect(code(await t.gql(M.addItem, { i: { sessionId: "not-an-id", title: "x" } }, sec))).toBe("NOT_FOUND");
      const { sessionId } = await newSession(t, sec, 1);
      expect(code(await t.gql(M.addItem, { i: { sessionId, title: "" } }, sec))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(M.addItem, { i: { sessionId, title: "x", description: "y".repeat(5001) } }, sec))).toBe("BAD_USER_INPUT");
      await t.gql(M.start, { id: sessionId }, sec);
      await t.gql(M.close, { id: sessionId }, sec);
      const r = await t.gql(M.addItem, { i: { sessionId, title: "late" } }, sec);
      expect(code(r)).toBe("CONFLICT");
      expect(r.errors![0].message).toContain("closed");
    });
  });

  describe("session lifecycle", () => {
    it("moves SCHEDULED → IN_PROGRESS ⇄ SUSPENDED → CLOSED and refuses other moves", async () => {
      const { sessionId } = await newSession(t, sec, 1);
      expect(code(await t.gql(M.resume, { id: sessionId }, sec))).toBe("CONFLICT");
      expect(code(await t.gql(M.suspend, { id: sessionId }, sec))).toBe("CONFLICT");
      expect(code(await t.gql(M.close, { id: sessionId }, sec))).toBe("CONFLICT");
      expect((await t.gql(M.start, { id: sessionId }, sec)).data.startSession.status).toBe("IN_PROGRESS");
      expect(code(await t.gql(M.start, { id: sessionId }, sec))).toBe("CONFLICT");
      expect((await t.gql(M.suspend, { id: sessionId }, sec)).data.suspendSession.status).toBe("SUSPENDED");
      expect((await t.gql(M.resume, { id: sessionId }, sec)).data.resumeSession.status).toBe("IN_PROGRESS");
      const closed = await t.gql(M.close, { id: sessionId }, sec);
      expect(closed.data.closeSession).toMatchObject({ status: "CLOSED", currentItem: null, agenda: [{ status: "DEFERRED" }] });
      expect(code(await t.gql(M.start, { id: sessionId }, sec))).toBe("CONFLICT");
      expect(code(await t.gql(M.close, { id: sessionId }, sec))).toBe("CONFLICT");
    });

    it("refuses unknown sessions with NOT_FOUND", async () => {
      for (const m of [M.start, M.suspend, M.resume, M.close]) expect(code(await t.gql(m, { id: MISSING }, sec))).toBe("NOT_FOUND");
    });

    it("refuses to suspend or close while a vote is open", async () => {
      const { sessionId, itemIds } = await runningSession(26);
      await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec);
      for (const m of [M.suspend, M.close]) {
        const r = await t.gql(m, { id: sessionId }, sec);
        expect(code(r)).toBe("CONFLICT");
        expect(r.errors![0].message).toContain("vote is open");
      }
    });
  });

  describe("recordAttendance", () => {
    it("records arrivals and departures with their times and keeps quorum live", async () => {
      const { sessionId } = await newSession(t, sec, 1);
      const r1 = await t.gql(M.attend, { i: { sessionId, councillorId: kd[0].id, status: "PRESENT" } }, sec);
      expect(r1.data.recordAttendance.quorum).toEqual({ present: 1, required: 26, reached: false });
      await t.gql(M.attend, { i: { sessionId, councillorId: kd[0].id, status: "ABSENT" } }, sec);
      await t.gql(M.attend, { i: { sessionId, councillorId: kd[0].id, status: "PRESENT" } }, sec);
      await t.gql(M.attend, { i: { sessionId, councillorId: kd[1].id, status: "EXCUSED" } }, sec);
      const s = await t.gql("query($id: ID!) { session(id: $id) { quorum { present } attendance { councillor { id } status changedAt } } }", { id: sessionId });
      expect(s.data.session.quorum.present).toBe(1);
      const mine = s.data.session.attendance.find((x: { councillor: { id: string } }) => x.councillor.id === kd[0].id);
      expect(mine.status).toBe("PRESENT");
      expect(Date.now() - new Date(mine.changedAt).getTime()).toBeLessThan(60_000);
      const history = await t.sql("SELECT status FROM attendance_change WHERE session_id = $1 AND councillor_id = $2 ORDER BY id", [sessionId, kd[0].id]);
      expect(history.map((h) => h.status)).toEqual(["PRESENT", "ABSENT", "PRESENT"]);
    });

    it("records many councillors at once in one change, each audited", async () => {
      const { sessionId } = await newSession(t, sec, 1);
      const batch = "mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { quorum { present reached } } }";
      const r = await t.gql(batch, { i: { sessionId, councillorIds: kd.slice(0, 27).map((c) => c.id), status: "PRESENT" } }, sec);
      expect(r.data.recordAttendanceBatch.quorum).toEqual({ present: 27, reached: true });
      const audited = await t.sql("SELECT count(*)::int AS n FROM audit_event WHERE session_id = $1 AND action = 'recordAttendance'", [sessionId]);
      expect(audited[0].n).toBe(27);
      // one unknown councillor refuses the whole batch: nothing half-written
      const bad = await t.gql(batch, { i: { sessionId, councillorIds: [kd[27].id, MISSING], status: "PRESENT" } }, sec);
      expect(code(bad)).toBe("NOT_FOUND");
      const s = await t.gql("query($id: ID!) { session(id: $id) { quorum { present } } }", { id: sessionId });
      expect(s.data.session.quorum.present).toBe(27);
      expect(code(await t.gql(batch, { i: { sessionId, councillorIds: [], status: "PRESENT" } }, sec))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(batch, { i: { sessionId, councillorIds: [kd[0].id], status: "PRESENT" } }, kd[0].token))).toBe("FORBIDDEN");
    });

    it("refuses unknown councillors and sessions, bad statuses, and closed sessions", async () => {
      const { sessionId } = await newSession(t, sec, 1);
      expect(code(await t.gql(M.attend, { i: { sessionId, councillorId: MISSING, status: "PRESENT" } }, sec))).toBe("NOT_FOUND");
      expect(code(await t.gql(M.attend, { i: { sessionId: MISSING, councillorId: kd[0].id, status: "PRESENT" } }, sec))).toBe("NOT_FOUND");
      expect(code(await t.gql(M.attend, { i: { sessionId, councillorId: kd[0].id, status: "HERE" } }, sec))).toBe("BAD_USER_INPUT");
      await t.gql(M.start, { id: sessionId }, sec);
      await t.gql(M.close, { id: sessionId }, sec);
      expect(code(await t.gql(M.attend, { i: { sessionId, councillorId: kd[0].id, status: "PRESENT" } }, sec))).toBe("CONFLICT");
    });
  });

  describe("startAgendaItem", () => {
    it("makes one item current and returns the previous one to PENDING", async () => {
      const { sessionId, itemIds } = await newSession(t, sec, 2);
      expect(code(await t.gql(M.startItem, { id: itemIds[0] }, sec))).toBe("CONFLICT"); // not started yet
      await t.gql(M.start, { id: sessionId }, sec);
      const a = await t.gql(M.startItem, { id: itemIds[0] }, sec);
      expect(a.data.startAgendaItem.currentItem.id).toBe(itemIds[0]);
      const b = await t.gql(M.startItem, { id: itemIds[1] }, sec);
      expect(b.data.startAgendaItem.currentItem.id).toBe(itemIds[1]);
      expect(b.data.startAgendaItem.agenda.map((i: { status: string }) => i.status)).toEqual(["PENDING", "UNDER_DISCUSSION"]);
      expect(code(await t.gql(M.startItem, { id: MISSING }, sec))).toBe("NOT_FOUND");
    });

    it("refuses to move on while a vote is open, and to take up a decided item again", async () => {
      const { itemIds } = await runningSession(26);
      const v = await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec);
      expect(code(await t.gql(M.startItem, { id: itemIds[1] }, sec))).toBe("CONFLICT");
      await t.gql(M.closeVote, { id: v.data.openVote.id }, sec);
      await t.gql(M.startItem, { id: itemIds[1] }, sec);
      const again = await t.gql(M.startItem, { id: itemIds[0] }, sec);
      expect(code(again)).toBe("CONFLICT");
      expect(again.errors![0].message).toContain("DECIDED");
    });
  });

  describe("votes and ballots", () => {
    it("refuses to open a vote without quorum, naming the numbers", async () => {
      const { itemIds } = await runningSession(25);
      const r = await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec);
      expect(code(r)).toBe("CONFLICT");
      expect(r.errors![0].message).toBe("No quorum: 25 of 51 councillors present, 26 needed to open a vote.");
    });

    it("opens a vote only on the current item, one at a time", async () => {
      const { itemIds } = await runningSession(26);
      expect(code(await t.gql(M.openVote, { i: { agendaItemId: itemIds[1], majority: "SIMPLE" } }, sec))).toBe("CONFLICT");
      expect(code(await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "MOST" } }, sec))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(M.openVote, { i: { agendaItemId: MISSING, majority: "SIMPLE" } }, sec))).toBe("NOT_FOUND");
      const first = await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "ABSOLUTE" } }, sec);
      expect(first.data.openVote).toMatchObject({ status: "OPEN", majority: "ABSOLUTE", outcome: null, ballots: [] });
      const second = await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec);
      expect(code(second)).toBe("CONFLICT");
    });

    it("lets a councillor change their ballot while the vote is open; one ballot each", async () => {
      const { itemIds } = await runningSession(26);
      const { data } = await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec);
      const voteId = data.openVote.id;
      await t.gql(M.ballot, { i: { voteId, choice: "FOR" } }, kd[0].token);
      const changed = await t.gql(M.ballot, { i: { voteId, choice: "AGAINST" } }, kd[0].token);
      expect(changed.data.castBallot.ballots).toEqual([{ councillor: { id: kd[0].id }, choice: "AGAINST" }]);
      expect(changed.data.castBallot.tally).toEqual({ for: 0, against: 1, abstain: 0, recused: 0, notVoted: 50 });
      // the secretariat records a ballot on a councillor's behalf
      const onBehalf = await t.gql(M.ballot, { i: { voteId, choice: "ABSTAIN", councillorId: kd[1].id } }, sec);
      expect(onBehalf.data.castBallot.tally).toMatchObject({ against: 1, abstain: 1 });
      const rows = await t.sql("SELECT count(*)::int AS n FROM ballot WHERE vote_id = $1", [voteId]);
      expect(rows[0].n).toBe(2);
    });

    it("refuses ballots from absent councillors, on closed votes, and on unknown votes", async () => {
      const { itemIds } = await runningSession(26);
      const { data } = await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec);
      const voteId = data.openVote.id;
      const absent = await t.gql(M.ballot, { i: { voteId, choice: "FOR" } }, kd[28].token);
      expect(code(absent)).toBe("CONFLICT");
      expect(absent.errors![0].message).toContain("only present councillors vote");
      expect(code(await t.gql(M.ballot, { i: { voteId: MISSING, choice: "FOR" } }, kd[0].token))).toBe("NOT_FOUND");
      expect(code(await t.gql(M.ballot, { i: { voteId, choice: "MAYBE" } }, kd[0].token))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(M.ballot, { i: { voteId, choice: "FOR", councillorId: MISSING } }, sec))).toBe("NOT_FOUND");
      await t.gql(M.ballot, { i: { voteId, choice: "FOR" } }, kd[0].token);
      await t.gql(M.closeVote, { id: voteId }, sec);
      const late = await t.gql(M.ballot, { i: { voteId, choice: "AGAINST" } }, kd[0].token);
      expect(code(late)).toBe("CONFLICT");
      expect(late.errors![0].message).toContain("closed");
      expect(code(await t.gql(M.closeVote, { id: voteId }, sec))).toBe("CONFLICT");
      expect(code(await t.gql(M.closeVote, { id: MISSING }, sec))).toBe("NOT_FOUND");
    });

    it("applies the majority rule when the vote closes: 25 FOR of 26 is a simple but not an absolute majority", async () => {
      const { itemIds } = await runningSession(26, 2);
      const simple = (await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "ABSOLUTE" } }, sec)).data.openVote.id;
      for (const c of kd.slice(0, 25)) await t.gql(M.ballot, { i: { voteId: simple, choice: "FOR" } }, c.token);
      await t.gql(M.ballot, { i: { voteId: simple, choice: "AGAINST" } }, kd[25].token);
      const r = await t.gql(M.closeVote, { id: simple }, sec);
      expect(r.data.closeVote).toMatchObject({ outcome: "FAILED", tally: { for: 25, against: 1, abstain: 0, recused: 0, notVoted: 25 } });

      await t.gql(M.startItem, { id: itemIds[1] }, sec);
      const second = (await t.gql(M.openVote, { i: { agendaItemId: itemIds[1], majority: "SIMPLE" } }, sec)).data.openVote.id;
      for (const c of kd.slice(0, 25)) await t.gql(M.ballot, { i: { voteId: second, choice: "FOR" } }, c.token);
      await t.gql(M.ballot, { i: { voteId: second, choice: "AGAINST" } }, kd[25].token);
      expect((await t.gql(M.closeVote, { id: second }, sec)).data.closeVote.outcome).toBe("PASSED");
    });

    it("a SIMPLE tie fails", async () => {
      const { itemIds } = await runningSession(26);
      const voteId = (await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec)).data.openVote.id;
      for (const [i, c] of kd.slice(0, 26).entries()) await t.gql(M.ballot, { i: { voteId, choice: i % 2 ? "FOR" : "AGAINST" } }, c.token);
      expect((await t.gql(M.closeVote, { id: voteId }, sec)).data.closeVote).toMatchObject({ outcome: "FAILED", tally: { for: 13, against: 13 } });
    });
  });

  describe("declarations and recusal", () => {
    it("a recusal filed while the vote is open removes the councillor's ballot and counts them as recused", async () => {
      const { itemIds } = await runningSession(26);
      const voteId = (await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec)).data.openVote.id;
      await t.gql(M.ballot, { i: { voteId, choice: "FOR" } }, kd[2].token);
      const d = await t.gql(M.declare, { i: { agendaItemId: itemIds[0], councillorId: kd[2].id, interestType: "FAMILY", description: "Vëllai im është ofertues.", recused: true } }, sec);
      expect(d.data.fileDeclaration).toMatchObject({ councillor: { id: kd[2].id }, filedOnBehalf: true, recused: true });
      const s = await t.gql("query($id: ID!) { session(id: $id) { agenda { votes { tally { for recused notVoted } ballots { councillor { id } } } } } }", { id: (await t.sql("SELECT session_id FROM vote WHERE id = $1", [voteId]))[0].session_id });
      expect(s.data.session.agenda[0].votes[0]).toEqual({ tally: { for: 0, recused: 1, notVoted: 50 }, ballots: [] });
      expect(code(await t.gql(M.ballot, { i: { voteId, choice: "FOR" } }, kd[2].token))).toBe("CONFLICT");
    });

    it("a later declaration without recusal supersedes the earlier one and lets the councillor vote again", async () => {
      const { itemIds } = await runningSession(26);
      const first = await t.gql(M.declare, { i: { agendaItemId: itemIds[0], interestType: "PROFESSIONAL", description: "Punoj për kontraktorin.", recused: true } }, kd[3].token);
      const second = await t.gql(M.declare, { i: { agendaItemId: itemIds[0], interestType: "PROFESSIONAL", description: "Korrigjim: kontrata ka përfunduar.", recused: false } }, kd[3].token);
      expect(second.errors).toBeUndefined();
      const rows = await t.sql("SELECT id, supersedes_id FROM declaration WHERE councillor_id = $1 AND agenda_item_id = $2 ORDER BY filed_at", [kd[3].id, itemIds[0]]);
      expect(rows).toEqual([{ id: first.data.fileDeclaration.id, supersedes_id: null }, { id: second.data.fileDeclaration.id, supersedes_id: first.data.fileDeclaration.id }]);
      const voteId = (await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec)).data.openVote.id;
      expect((await t.gql(M.ballot, { i: { voteId, choice: "FOR" } }, kd[3].token)).errors).toBeUndefined();
    });

    it("refuses a councillor filing for another councillor, and the public filing at all", async () => {
      const { itemIds } = await runningSession(26);
      const input = { agendaItemId: itemIds[0], councillorId: kd[1].id, interestType: "OTHER", description: "x", recused: false };
      expect(code(await t.gql(M.declare, { i: input }, kd[0].token))).toBe("FORBIDDEN");
      expect(code(await t.gql(M.declare, { i: input }))).toBe("UNAUTHENTICATED");
      expect(code(await t.gql(M.declare, { i: input }, oss))).toBe("FORBIDDEN");
    });

    it("refuses a declaration from a councillor who is not a member of the committee meeting", async () => {
      const bodies = await t.gql("{ bodies { id kind } }");
      const committee = bodies.data.bodies.find((b: { kind: string }) => b.kind === "COMMITTEE");
      const members = await t.sql("SELECT councillor_id FROM body_member WHERE body_id = $1", [committee.id]);
      const outsider = kd.find((c) => !members.some((m) => m.councillor_id === c.id))!;
      const created = await t.gql("mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }",
        { i: { title: "Komision", scheduledAt: new Date(Date.now() + 4 * 86400_000).toISOString(), bodyId: committee.id } }, sec);
      const item = await t.gql(M.addItem, { i: { sessionId: created.data.createSession.id, title: "Pikë" } }, sec);
      const r = await t.gql(M.declare, { i: { agendaItemId: item.data.addAgendaItem.id, interestType: "OTHER", description: "x", recused: true } }, outsider.token);
      expect(code(r)).toBe("CONFLICT");
      expect(r.errors![0].message).toContain("not a seated member");
    });

    it("refuses bad declarations: unknown item, empty or oversized description, missing councillor for the secretariat, after the vote closed", async () => {
      const { itemIds } = await runningSession(26);
      const base = { agendaItemId: itemIds[0], interestType: "FINANCIAL", description: "Aksione", recused: false };
      expect(code(await t.gql(M.declare, { i: { ...base, agendaItemId: MISSING } }, kd[0].token))).toBe("NOT_FOUND");
      expect(code(await t.gql(M.declare, { i: { ...base, description: "  " } }, kd[0].token))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(M.declare, { i: { ...base, description: "x".repeat(2001) } }, kd[0].token))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(M.declare, { i: { ...base, interestType: "GREED" } }, kd[0].token))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(M.declare, { i: base }, sec))).toBe("BAD_USER_INPUT");
      const voteId = (await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec)).data.openVote.id;
      await t.gql(M.closeVote, { id: voteId }, sec);
      const late = await t.gql(M.declare, { i: base }, kd[0].token);
      expect(code(late)).toBe("CONFLICT");
    });
  });

  describe("authorization", () => {
    const secretariatOnly: [string, string, (ids: { sessionId: string; itemId: string; voteId: string }) => Record<string, unknown>][] = [
      ["createSession", M.create, () => ({ i: { title: "x", scheduledAt: "2026-12-20T10:00:00Z" } })],
      ["addAgendaItem", M.addItem, (x) => ({ i: { sessionId: x.sessionId, title: "x" } })],
      ["startSession", M.start, (x) => ({ id: x.sessionId })],
      ["suspendSession", M.suspend, (x) => ({ id: x.sessionId })],
      ["resumeSession", M.resume, (x) => ({ id: x.sessionId })],
      ["closeSession", M.close, (x) => ({ id: x.sessionId })],
      ["recordAttendance", M.attend, (x) => ({ i: { sessionId: x.sessionId, councillorId: MISSING, status: "PRESENT" } })],
      ["startAgendaItem", M.startItem, (x) => ({ id: x.itemId })],
      ["openVote", M.openVote, (x) => ({ i: { agendaItemId: x.itemId, majority: "SIMPLE" } })],
      ["closeVote", M.closeVote, (x) => ({ id: x.voteId })],
    ];

    it.each(secretariatOnly)("%s: the public is UNAUTHENTICATED; councillor, OSS operator and admin are FORBIDDEN; nothing changes", async (name, mutation, vars) => {
      const { itemIds, sessionId } = await runningSession(26);
      const voteId = (await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec)).data.openVote.id;
      const ids = { sessionId, itemId: itemIds[1], voteId };
      const before = await t.sql("SELECT count(*)::int AS n FROM audit_event");
      expect(code(await t.gql(mutation, vars(ids)))).toBe("UNAUTHENTICATED");
      for (const token of [kd[0].token, oss, admin]) {
        const r = await t.gql(mutation, vars(ids), token);
        expect(code(r), name).toBe("FORBIDDEN");
        expect(r.data).toBeNull();
      }
      expect(await t.sql("SELECT count(*)::int AS n FROM audit_event")).toEqual(before);
    });

    it("castBallot: a councillor votes only as themself; OSS and admin cannot vote", async () => {
      const { itemIds } = await runningSession(26);
      const voteId = (await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec)).data.openVote.id;
      expect(code(await t.gql(M.ballot, { i: { voteId, choice: "FOR", councillorId: kd[1].id } }, kd[0].token))).toBe("FORBIDDEN");
      expect(code(await t.gql(M.ballot, { i: { voteId, choice: "FOR" } }))).toBe("UNAUTHENTICATED");
      expect(code(await t.gql(M.ballot, { i: { voteId, choice: "FOR", councillorId: kd[1].id } }, oss))).toBe("FORBIDDEN");
      expect(code(await t.gql(M.ballot, { i: { voteId, choice: "FOR", councillorId: kd[1].id } }, admin))).toBe("FORBIDDEN");
      expect(code(await t.gql(M.ballot, { i: { voteId, choice: "FOR" } }, sec))).toBe("BAD_USER_INPUT"); // on whose behalf?
      // naming oneself is fine
      expect((await t.gql(M.ballot, { i: { voteId, choice: "FOR", councillorId: kd[0].id } }, kd[0].token)).errors).toBeUndefined();
      expect(await t.sql("SELECT councillor_id FROM ballot WHERE vote_id = $1", [voteId])).toEqual([{ councillor_id: kd[0].id }]);
    });
  });

  describe("audit", () => {
    it("writes one audit event per change, with who, role, what and the subject", async () => {
      const { sessionId, itemIds } = await runningSession(26);
      const voteId = (await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, sec)).data.openVote.id;
      await t.gql(M.ballot, { i: { voteId, choice: "FOR" } }, kd[0].token);
      await t.gql(M.closeVote, { id: voteId }, sec);
      const events = await t.sql(
        `SELECT e.action, e.actor_role, u.username, e.subject_type FROM audit_event e JOIN app_user u ON u.id = e.actor_user_id
         WHERE e.session_id = $1 ORDER BY e.id`, [sessionId]);
      expect(events.map((e) => e.action)).toEqual([
        "createSession", "addAgendaItem", "addAgendaItem", "startSession",
        ...Array(26).fill("recordAttendance"), "startAgendaItem", "openVote", "castBallot", "closeVote",
      ]);
      expect(events.find((e) => e.action === "castBallot")).toEqual({ action: "castBallot", actor_role: "COUNCILLOR", username: "kd01", subject_type: "ballot" });
      expect(events.find((e) => e.action === "closeVote")).toMatchObject({ actor_role: "SECRETARIAT", username: "sekretaria" });
    });

    it("a refused change leaves no audit event and no partial write", async () => {
      const { sessionId } = await runningSession(10);
      const before = await t.sql("SELECT (SELECT count(*) FROM audit_event)::int AS a, (SELECT count(*) FROM vote)::int AS v");
      const s = await t.gql("query($id: ID!) { session(id: $id) { currentItem { id } } }", { id: sessionId });
      expect(code(await t.gql(M.openVote, { i: { agendaItemId: s.data.session.currentItem.id, majority: "SIMPLE" } }, sec))).toBe("CONFLICT");
      expect(await t.sql("SELECT (SELECT count(*) FROM audit_event)::int AS a, (SELECT count(*) FROM vote)::int AS v")).toEqual(before);
    });
  });

  describe("public reads", () => {
    it("liveSession shows the session in progress, else the next scheduled one", async () => {
      const live = await t.gql("{ liveSession { id status } }");
      expect(["IN_PROGRESS", "SUSPENDED", "SCHEDULED"]).toContain(live.data.liveSession.status);
      const inProgress = await t.sql("SELECT id FROM council_session WHERE status = 'IN_PROGRESS' ORDER BY started_at DESC LIMIT 1");
      expect(live.data.liveSession.id).toBe(inProgress[0].id);
    });

    it("session(id) is null for unknown or malformed ids", async () => {
      expect((await t.gql("query($id: ID!) { session(id: $id) { id } }", { id: MISSING })).data.session).toBeNull();
      expect((await t.gql("query($id: ID!) { session(id: $id) { id } }", { id: "42" })).data.session).toBeNull();
    });

    it("past demo sessions show named ballots, declarations and fixed results", async () => {
      const r = await t.gql("{ sessions { title status seats scheduledAt agenda { declarations { recused } votes { status outcome ballots { choice } tally { for against abstain recused notVoted } } } } }");
      const closed = r.data.sessions.filter((s: { status: string }) => s.status === "CLOSED");
      expect(closed.length).toBeGreaterThanOrEqual(2);
      // Sessions sit at 10:00 in Tirana whatever the season (summer time included).
      const hour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Tirane", hour: "2-digit", hourCycle: "h23" });
      const demo = r.data.sessions.filter((s: { title: string }) => s.title.startsWith("Mbledhja e Këshillit Bashkiak nr."));
      expect(demo).toHaveLength(7); // nr. 5 to 8 earlier in the year (demo/councillors.ts), 9 and 10, and today's nr. 11
      for (const s of demo) expect(hour.format(new Date(s.scheduledAt))).toBe("10");
      for (const s of closed) for (const item of s.agenda) for (const v of item.votes) {
        expect(v.status).toBe("CLOSED");
        const t2 = v.tally;
        expect(t2.for + t2.against + t2.abstain + t2.recused + t2.notVoted).toBe(s.seats); // 51, or a committee's 7
        expect(v.ballots.length).toBe(t2.for + t2.against + t2.abstain);
      }
    });
  });
});
