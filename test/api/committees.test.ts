/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON here */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { code, M, SESSION_FIELDS } from "./fixtures.js";

const COMMITTEE = `id name functions seats version membersCount
  chair { id role councillor { id fullName } joinedOn leftOn }
  members { id role councillor { id fullName } joinedOn leftOn }
  pastMembers { id role councillor { id fullName } joinedOn leftOn }
  nextMeeting { id title lateNotice }
  upcomingMeetings { id title scheduledAt lateNotice status items }
  pastMeetings { id title status lateNotice }
  opinions { id agendaItemId agendaItemTitle sessionId opinion text committeeSessionId committeeItemId }`;
const Q = {
  list: `{ committees { ${COMMITTEE} } }`,
  one: `query($id: ID!) { committee(id: $id) { ${COMMITTEE} } }`,
  session: `query($id: ID!) { session(id: $id) { ${SESSION_FIELDS} body { id kind } agenda { id committeeOpinions { id committeeId committeeName opinion text committeeSessionId committeeSessionTitle } } } }`,
};
const MUT = {
  create: `mutation($i: CommitteeInput!) { createCommittee(input: $i) { ${COMMITTEE} } }`,
  update: `mutation($id: ID!, $i: CommitteeInput!, $v: Int) { updateCommittee(id: $id, input: $i, expectedVersion: $v) { ${COMMITTEE} } }`,
  add: "mutation($i: CommitteeMemberInput!) { addCommitteeMember(input: $i) { id role councillor { id } joinedOn leftOn } }",
  end: "mutation($id: ID!, $on: String!) { endCommitteeMembership(membershipId: $id, leftOn: $on) { id leftOn } }",
  opinion: "mutation($i: CommitteeOpinionInput!) { recordCommitteeOpinion(input: $i) { id agendaItemId committeeId committeeName opinion text committeeSessionId } }",
  session: "mutation($i: CreateSessionInput!) { createSession(input: $i) { id seats lateNotice quorum { seats required } attendance { councillor { id } status } } }",
  publish: "mutation($id: ID!) { publishMinutes(sessionId: $id) { id } }",
};

const DAY = 86_400_000;
const dateOf = (ms: number) => new Date(ms).toLocaleDateString("sv-SE", { timeZone: "Europe/Tirane" }); // YYYY-MM-DD in Tirana

describe("committees as full bodies [komisionet]", () => {
  let t: TestServer;
  let sec: string;
  let admin: string;
  // Councillors kd01..kd08 by id and token.
  const kd: { id: string; token: string; name: string }[] = [];
  let committeeId: string;
  const membership: Record<string, string> = {};

  const ok = async (query: string, vars: Record<string, unknown>, token?: string) => {
    const r = await t.gql(query, vars, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };

  beforeAll(async () => {
    t = await startTestServer();
    sec = await t.login("sekretaria");
    admin = await t.login("admin");
    for (let i = 1; i <= 8; i++) {
      const username = `kd${String(i).padStart(2, "0")}`;
      const token = await t.login(username);
      const me = await ok("{ me { councillor { id fullName } } }", {}, token);
      kd.push({ id: me.me.councillor.id, token, name: me.me.councillor.fullName });
    }
  });
  afterAll(() => t?.stop());

  describe("keeping a committee and its members", () => {
    it("lets ADMIN or SECRETARIAT create a committee, nobody else", async () => {
      const input = { name: "Komisioni i Provës", functions: "Shqyrton çështjet e provës.", seats: 3 };
      expect(code(await t.gql(MUT.create, { i: input }))).toBe("UNAUTHENTICATED");
      expect(code(await t.gql(MUT.create, { i: input }, kd[0].token))).toBe("FORBIDDEN");
      expect(code(await t.gql(MUT.create, { i: { ...input, name: " " } }, admin))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(MUT.create, { i: { ...input, seats: 0 } }, admin))).toBe("BAD_USER_INPUT");
      const created = (await ok(MUT.create, { i: input }, admin)).createCommittee;
      expect(created).toMatchObject({ name: "Komisioni i Provës", functions: "Shqyrton çështjet e provës.", seats: 3, chair: null, members: [], membersCount: 0 });
      committeeId = created.id;
      expect(code(await t.gql(MUT.create, { i: input }, sec))).toBe("CONFLICT"); // the same name
      const [audit] = await t.sql("SELECT actor_role FROM audit_event WHERE action = 'createCommittee' AND subject_id = $1", [committeeId]);
      expect(audit.actor_role).toBe("ADMIN");
    });

    it("adds a chair and members with dates; a member who leaves is kept with both dates", async () => {
      const add = (c: number, role: string, joinedOn: string, leftOn: string | null = null) =>
        ok(MUT.add, { i: { committeeId, councillorId: kd[c].id, role, joinedOn, leftOn } }, sec);
      membership.chair = (await add(0, "CHAIR", "2026-01-15")).addCommitteeMember.id;
      membership.b = (await add(1, "MEMBER", "2026-01-15")).addCommitteeMember.id;
      // kd04 sat until yesterday; kd03 took the seat today.
      membership.left = (await add(3, "MEMBER", "2026-01-15")).addCommitteeMember.id;
      const ended = await ok(MUT.end, { id: membership.left, on: dateOf(Date.now() - DAY) }, sec);
      expect(ended.endCommitteeMembership.leftOn).toBe(dateOf(Date.now() - DAY));
      membership.c = (await add(2, "MEMBER", dateOf(Date.now()))).addCommitteeMember.id;

      const c = (await ok(Q.one, { id: committeeId })).committee;
      expect(c.chair).toMatchObject({ id: membership.chair, role: "CHAIR", councillor: { id: kd[0].id }, joinedOn: "2026-01-15", leftOn: null });
      expect(c.members.map((m: any) => m.councillor.id)[0]).toBe(kd[0].id); // the chair first
      expect(c.members.map((m: any) => m.id).sort()).toEqual([membership.chair, membership.b, membership.c].sort());
      expect(c.membersCount).toBe(3);
      expect(c.pastMembers).toEqual([expect.objectContaining({ id: membership.left, joinedOn: "2026-01-15", leftOn: dateOf(Date.now() - DAY) })]);
    });

    it("refuses overlapping memberships, a second chair, more members than seats and impossible dates", async () => {
      const add = (c: number, role: string, joinedOn: string, leftOn: string | null = null, token = sec) =>
        t.gql(MUT.add, { i: { committeeId, councillorId: kd[c].id, role, joinedOn, leftOn } }, token);
      const overlap = await add(1, "MEMBER", "2026-03-01", "2026-04-01");
      expect(code(overlap)).toBe("CONFLICT");
      expect(overlap.errors![0].message).toContain("do not overlap");
      // kd04 again, on days that overlap the membership that ended: refused; after it: a new membership would be fine but the seats are full.
      expect(code(await add(3, "MEMBER", "2026-02-01", "2026-02-10"))).toBe("CONFLICT");
      const full = await add(4, "MEMBER", dateOf(Date.now() + DAY));
      expect(code(full)).toBe("CONFLICT");
      expect(full.errors![0].message).toContain("seats");
      const chair = await add(5, "CHAIR", "2026-02-01", "2026-02-02");
      expect(code(chair)).toBe("CONFLICT");
      expect(chair.errors![0].message).toContain("one chair at a time");
      expect(code(await add(5, "MEMBER", "2026-02-10", "2026-02-01"))).toBe("BAD_USER_INPUT");
      expect(code(await add(5, "MEMBER", "2026-02-30"))).toBe("BAD_USER_INPUT");
      expect(code(await add(5, "MEMBER", "2026-02-01", null, kd[5].token))).toBe("FORBIDDEN");
      expect(code(await t.gql(MUT.end, { id: membership.left, on: dateOf(Date.now()) }, sec))).toBe("CONFLICT"); // already ended
      expect(code(await t.gql(MUT.end, { id: membership.b, on: "2025-01-01" }, sec))).toBe("BAD_USER_INPUT"); // before it began
      // The database holds the rule too, whatever the command checks.
      await expect(t.sql("INSERT INTO committee_membership (body_id, councillor_id, joined_on) VALUES ($1, $2, '2026-05-01')", [committeeId, kd[1].id]))
        .rejects.toThrow(/committee_membership_no_overlap|committee_membership_current/);
      await expect(t.sql("INSERT INTO committee_membership (body_id, councillor_id, joined_on, left_on) VALUES ($1, $2, '2026-05-01', '2026-04-01')", [committeeId, kd[6].id]))
        .rejects.toThrow(/committee_membership_dates_check/);
    });

    it("updates name, functions and seats, with the version; never fewer seats than members", async () => {
      const c = (await ok(Q.one, { id: committeeId })).committee;
      const input = { name: "Komisioni i Provës", functions: "Shqyrton çështjet e provës dhe relacionet.", seats: 3 };
      const updated = (await ok(MUT.update, { id: committeeId, i: input, v: c.version }, sec)).updateCommittee;
      expect(updated).toMatchObject({ functions: input.functions, version: c.version + 1 });
      expect(code(await t.gql(MUT.update, { id: committeeId, i: input, v: c.version }, sec))).toBe("CONFLICT"); // stale
      expect(code(await t.gql(MUT.update, { id: committeeId, i: { ...input, seats: 2 } }, sec))).toBe("CONFLICT");
    });
  });

  describe("a committee meeting through the whole session lifecycle", () => {
    let meetingId: string;
    let itemId: string;

    it("flags a meeting scheduled inside 3 days as late notice, publicly; 3 days or more is on time", async () => {
      const late = (await ok(MUT.session, { i: { title: "Mbledhje e shpejtë e komisionit", scheduledAt: new Date(Date.now() + 2 * DAY).toISOString(), bodyId: committeeId } }, sec)).createSession;
      expect(late).toMatchObject({ seats: 3, lateNotice: true, quorum: { seats: 3, required: 2 } });
      const onTime = (await ok(MUT.session, { i: { title: "Mbledhja e komisionit nr. 1", scheduledAt: new Date(Date.now() + 3 * DAY + 60_000).toISOString(), bodyId: committeeId } }, sec)).createSession;
      expect(onTime.lateNotice).toBe(false);
      meetingId = onTime.id;
      // The public sees both marks, on the session and on the committee's page (7 days would be late for the council).
      expect((await ok("query($id: ID!) { session(id: $id) { lateNotice } }", { id: late.id })).session.lateNotice).toBe(true);
      const c = (await ok(Q.one, { id: committeeId })).committee;
      expect(c.upcomingMeetings.map((m: any) => [m.id, m.lateNotice])).toEqual([[late.id, true], [onTime.id, false]]);
      expect(c.nextMeeting).toMatchObject({ id: late.id, lateNotice: true });
    });

    it("seats the members on the meeting's date: not the member who left, and a past meeting seats who sat then", async () => {
      const s = (await ok(Q.session, { id: meetingId })).session;
      expect(s.body).toEqual({ id: committeeId, kind: "COMMITTEE" });
      expect(s.attendance.map((a: any) => a.councillor.id).sort()).toEqual([kd[0].id, kd[1].id, kd[2].id].sort());
      const earlier = (await ok(MUT.session, { i: { title: "Mbledhje e mëparshme", scheduledAt: new Date(Date.now() - 10 * DAY).toISOString(), bodyId: committeeId } }, sec)).createSession;
      expect(earlier.attendance.map((a: any) => a.councillor.id).sort()).toEqual([kd[0].id, kd[1].id, kd[3].id].sort());
    });

    it("records attendance of members only; quorum counts the committee's seats", async () => {
      const outsider = await t.gql(M.attend, { i: { sessionId: meetingId, councillorId: kd[3].id, status: "PRESENT" } }, sec);
      expect(code(outsider)).toBe("CONFLICT");
      expect(outsider.errors![0].message).toContain("not a seated member");
      const one = await ok(M.attend, { i: { sessionId: meetingId, councillorId: kd[0].id, status: "PRESENT" } }, sec);
      expect(one.recordAttendance.quorum).toEqual({ present: 1, required: 2, reached: false });
      const two = await ok(M.attend, { i: { sessionId: meetingId, councillorId: kd[1].id, status: "PRESENT" } }, sec);
      expect(two.recordAttendance.quorum).toEqual({ present: 2, required: 2, reached: true });
      await ok(M.attend, { i: { sessionId: meetingId, councillorId: kd[2].id, status: "EXCUSED" } }, sec);
    });

    it("takes declarations from committee members only, and a recused member's ballot is refused", async () => {
      itemId = (await ok(M.addItem, { i: { sessionId: meetingId, title: "Shqyrtimi i projektvendimit për tarifat" } }, sec)).addAgendaItem.id;
      const declare = (token: string, recused: boolean) =>
        t.gql(M.declare, { i: { agendaItemId: itemId, interestType: "FAMILY", description: "Vëllai im ka një biznes që paguan tarifën.", recused } }, token);
      const outsider = await declare(kd[5].token, false);
      expect(code(outsider)).toBe("CONFLICT");
      expect(outsider.errors![0].message).toContain("not a seated member");
      const leaver = await declare(kd[3].token, false); // left yesterday: not seated at this meeting
      expect(code(leaver)).toBe("CONFLICT");
      const filed = (await declare(kd[1].token, true)).data!.fileDeclaration;
      expect(filed).toMatchObject({ councillor: { id: kd[1].id }, recused: true, filedOnBehalf: false });
      const listed = await ok(`query($f: DeclarationFilter) { declarations(filter: $f) { items { id sessionId } } }`, { f: { sessionId: meetingId } });
      expect(listed.declarations.items.map((d: any) => d.id)).toEqual([filed.id]);
    });

    it("opens, votes, closes and publishes minutes like a council session", async () => {
      await ok(M.start, { id: meetingId }, sec);
      await ok(M.startItem, { id: itemId }, sec);
      const vote = (await ok(M.openVote, { i: { agendaItemId: itemId, majority: "SIMPLE" } }, sec)).openVote;
      expect(vote.tally).toEqual({ for: 0, against: 0, abstain: 0, recused: 1, notVoted: 2 });
      expect(code(await t.gql(M.ballot, { i: { voteId: vote.id, choice: "FOR" } }, kd[1].token))).toBe("CONFLICT"); // recused
      expect(code(await t.gql(M.ballot, { i: { voteId: vote.id, choice: "FOR" } }, kd[2].token))).toBe("CONFLICT"); // excused, not present
      await ok(M.ballot, { i: { voteId: vote.id, choice: "FOR" } }, kd[0].token);
      const closed = (await ok(M.closeVote, { id: vote.id }, sec)).closeVote;
      expect(closed).toMatchObject({ status: "CLOSED", outcome: "PASSED", tally: { for: 1, against: 0, abstain: 0, recused: 1, notVoted: 1 } });
      expect(closed.ballots).toEqual([{ councillor: { id: kd[0].id }, choice: "FOR" }]);
      await ok(M.close, { id: meetingId }, sec);
      await ok(MUT.publish, { id: meetingId }, sec);
      const res = await fetch(`${t.url}/minutes/${meetingId}.json`);
      expect(res.status).toBe(200);
      const doc = await res.json();
      expect(doc.body).toMatchObject({ id: committeeId, kind: "COMMITTEE" });
      expect(doc.attendance).toMatchObject({ present: 2, excused: 1, absent: 0, quorum: { seats: 3, required: 2, reached: true } });
      expect(doc.attendance.members.map((m: any) => m.councillorId).sort()).toEqual([kd[0].id, kd[1].id, kd[2].id].sort());
      expect(doc.agenda[0].declarations).toHaveLength(1);
      expect(doc.agenda[0].votes[0]).toMatchObject({ outcome: "PASSED", seats: 3 });
      const c = (await ok(Q.one, { id: committeeId })).committee;
      expect(c.pastMeetings.map((m: any) => m.id)).toContain(meetingId);
    });

    it("follows a membership change in a meeting not yet held: its attendance list and version", async () => {
      const late = (await ok(Q.one, { id: committeeId })).committee.nextMeeting;
      const before = (await ok("query($id: ID!) { session(id: $id) { version attendance { councillor { id } } } }", { id: late.id })).session;
      await ok(MUT.end, { id: membership.c, on: dateOf(Date.now()) }, sec);
      const after = (await ok("query($id: ID!) { session(id: $id) { version attendance { councillor { id } } } }", { id: late.id })).session;
      expect(after.version).toBe(before.version + 1);
      expect(after.attendance.map((a: any) => a.councillor.id)).not.toContain(kd[2].id);
    });
  });

  describe("the committee's opinion on a council item [relacion]", () => {
    it("is recorded by the secretariat and shown beside the item on the council session and in its minutes", async () => {
      const [today] = await t.sql("SELECT s.id FROM council_session s JOIN body b ON b.id = s.body_id WHERE b.kind = 'COUNCIL' AND s.status = 'SCHEDULED' ORDER BY s.scheduled_at LIMIT 1");
      const session = (await ok(Q.session, { id: today.id })).session;
      const item = session.agenda[2];
      const meeting = (await ok(Q.one, { id: committeeId })).committee.pastMeetings[0];
      const meetingItem = (await ok(Q.session, { id: meeting.id })).session.agenda[0];
      const input = { agendaItemId: item.id, committeeId, committeeSessionId: meeting.id, committeeItemId: meetingItem.id, opinion: "WITH_AMENDMENTS", text: "Me ndryshime: tarifa të ulet për familjet me një prind." };
      expect(code(await t.gql(MUT.opinion, { i: input }, admin))).toBe("FORBIDDEN");
      expect(code(await t.gql(MUT.opinion, { i: input }, kd[0].token))).toBe("FORBIDDEN");
      expect(code(await t.gql(MUT.opinion, { i: { ...input, opinion: "MAYBE" } }, sec))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(MUT.opinion, { i: { ...input, text: " " } }, sec))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(MUT.opinion, { i: { ...input, agendaItemId: meetingItem.id } }, sec))).toBe("CONFLICT"); // not a council item
      expect(code(await t.gql(MUT.opinion, { i: { ...input, committeeSessionId: today.id, committeeItemId: null } }, sec))).toBe("CONFLICT"); // not its meeting
      const recorded = (await ok(MUT.opinion, { i: input }, sec)).recordCommitteeOpinion;
      expect(recorded).toMatchObject({ agendaItemId: item.id, committeeId, committeeName: "Komisioni i Provës", opinion: "WITH_AMENDMENTS", committeeSessionId: meeting.id });
      // Recorded again: replaced, one per committee and item, the earlier text kept in the audit record.
      const again = (await ok(MUT.opinion, { i: { ...input, opinion: "FAVOURABLE", text: "Pro." } }, sec)).recordCommitteeOpinion;
      expect(again.id).toBe(recorded.id);
      const events = await t.sql("SELECT before, after FROM audit_event WHERE action = 'recordCommitteeOpinion' AND subject_id = $1 ORDER BY id", [recorded.id]);
      expect(events).toHaveLength(2);
      expect(events[1].before).toMatchObject({ opinion: "WITH_AMENDMENTS" });

      const shown = (await ok(Q.session, { id: today.id })).session.agenda[2].committeeOpinions;
      expect(shown).toContainEqual(expect.objectContaining({ id: recorded.id, committeeName: "Komisioni i Provës", opinion: "FAVOURABLE", text: "Pro.", committeeSessionTitle: "Mbledhja e komisionit nr. 1" }));
      const page = (await ok(Q.one, { id: committeeId })).committee;
      expect(page.opinions).toEqual([expect.objectContaining({ id: recorded.id, agendaItemId: item.id, sessionId: today.id, opinion: "FAVOURABLE" })]);

      // The council session runs and closes; its minutes carry the committees' opinions beside the item.
      await ok(M.start, { id: today.id }, sec);
      await ok(M.close, { id: today.id }, sec);
      await ok(MUT.publish, { id: today.id }, sec);
      const doc = await (await fetch(`${t.url}/minutes/${today.id}.json`)).json();
      expect(doc.agenda[2].committeeOpinions).toContainEqual(expect.objectContaining({ committeeId, committeeName: "Komisioni i Provës", opinion: "FAVOURABLE", text: "Pro." }));
      expect(code(await t.gql(MUT.opinion, { i: input }, sec))).toBe("CONFLICT"); // the session is closed
    });
  });

  describe("the demo's committees", () => {
    it("have functions, a chair, members with dates (one who left in 2026 and the one who took the seat), meetings with minutes and opinions", async () => {
      const list = (await ok(Q.list, {})).committees;
      const economy = list.find((c: any) => c.name === "Komisioni i Ekonomisë, Financave dhe Buxhetit");
      expect(economy.functions).toContain("buxhet");
      expect(economy.chair).not.toBeNull();
      expect(economy.membersCount).toBe(economy.seats);
      expect(economy.pastMembers).toHaveLength(1);
      const [left] = economy.pastMembers;
      expect(left.leftOn >= "2026-01-01").toBe(true);
      const successor = economy.members.find((m: any) => m.joinedOn > left.leftOn);
      expect(successor).toBeDefined();
      expect(economy.pastMeetings.length).toBeGreaterThanOrEqual(3);
      expect(economy.pastMeetings.some((m: any) => m.lateNotice)).toBe(true);
      expect(economy.opinions.map((o: any) => o.agendaItemTitle).join(" ")).toMatch(/buxhet/);
      const minutes = await t.sql("SELECT count(*)::int AS n FROM minutes m JOIN council_session s ON s.id = m.session_id WHERE s.body_id = $1", [economy.id]);
      expect(minutes[0].n).toBe(economy.pastMeetings.length);
      // The member who left is seated in the meeting before they left, not in the ones after.
      const oldest = economy.pastMeetings[economy.pastMeetings.length - 1];
      const newest = economy.pastMeetings[0];
      const seatedIn = async (id: string) => (await ok(Q.session, { id })).session.attendance.map((a: any) => a.councillor.id);
      expect(await seatedIn(oldest.id)).toContain(left.councillor.id);
      expect(await seatedIn(newest.id)).not.toContain(left.councillor.id);
      expect(await seatedIn(newest.id)).toContain(successor.councillor.id);
    });

    it("answers null for an unknown committee and NOT_FOUND for a change to one", async () => {
      expect((await ok(Q.one, { id: "00000000-0000-0000-0000-000000000000" })).committee).toBeNull();
      expect((await ok(Q.one, { id: "nope" })).committee).toBeNull();
      const r = await t.gql(MUT.add, { i: { committeeId: "00000000-0000-0000-0000-000000000000", councillorId: kd[0].id, role: "MEMBER", joinedOn: "2026-01-01" } }, sec);
      expect(code(r)).toBe("NOT_FOUND");
    });
  });
});
