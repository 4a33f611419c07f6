/* eslint-disable @typescript-eslint/no-explicit-any -- reads untyped JSON (GraphQL answers, SQL rows). */
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
  let oss: string;
  let admin: string;
  let kd: Awaited<ReturnType<typeof actors>>["councillors"];

  beforeAll(async () => {
    t = await startTestServer();
    const a = await actors(t, 30);
    sec = a.secretariat;
    kd = a.councillors;
    [oss, admin] = await Promise.all([t.login("oss"), t.login("admin")]);
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

  // ---- Every mutation's success path and refusals ----

  const ask = (item: string, kind: string, token: string, councillorId?: string) =>
    t.gql(F.request, { i: { agendaItemId: item, kind, ...(councillorId ? { councillorId } : {}) } }, token);
  const MISSING = "00000000-0000-4000-8000-000000000000";
  const auditOf = (subjectId: string) =>
    t.sql<{ action: string; actor_role: string | null; subject_type: string; session_id: string; before: any; after: any }>(
      "SELECT action, actor_role, subject_type, session_id, before, after FROM audit_event WHERE subject_id = $1 ORDER BY id", [subjectId]);

  it("requestFloor: a councillor for themself, the secretariat on a councillor's behalf; audited with who asked", async () => {
    const s = await running(5);
    const item = s.itemIds[0];
    const own = await ask(item, "REPLY", kd[0].token);
    expect(own.errors).toBeUndefined();
    expect(own.data.requestFloor).toMatchObject({ kind: "REPLY", status: "WAITING", allottedSeconds: 120, startedAt: null, endedAt: null, councillor: { id: kd[0].id } });
    const onBehalf = await ask(item, "CONTRIBUTION", sec, kd[1].id);
    expect(onBehalf.data.requestFloor).toMatchObject({ status: "WAITING", allottedSeconds: 300, councillor: { id: kd[1].id } });
    const [a] = await auditOf(own.data.requestFloor.id);
    expect(a).toMatchObject({ action: "requestFloor", actor_role: "COUNCILLOR", subject_type: "speaker", session_id: s.sessionId,
      after: { agendaItemId: item, councillorId: kd[0].id, kind: "REPLY", allottedSeconds: 120, onBehalf: false } });
    expect((await auditOf(onBehalf.data.requestFloor.id))[0]).toMatchObject({ actor_role: "SECRETARIAT", after: { onBehalf: true } });
    // The secretariat must say for whom.
    expect(code(await ask(item, "CONTRIBUTION", sec))).toBe("BAD_USER_INPUT");
  });

  it("requestFloor refusals: absent, recused, already waiting, the public, the wrong roles, an item that is not current, bad inputs", async () => {
    const s = await running(5);
    const [item, other] = s.itemIds;
    const absent = await ask(item, "CONTRIBUTION", kd[25].token);
    expect(code(absent)).toBe("CONFLICT");
    expect(absent.errors![0].message).toMatch(/not recorded as present/);
    expect(code(await ask(item, "CONTRIBUTION", sec, kd[25].id))).toBe("CONFLICT");
    await t.gql(M.declare, { i: { agendaItemId: item, interestType: "FINANCIAL", description: "Aksione në firmë.", recused: true } }, kd[4].token);
    expect((await ask(item, "POINT_OF_ORDER", sec, kd[4].id)).errors![0].message).toMatch(/recused/);
    expect((await ask(item, "CONTRIBUTION", kd[0].token)).errors).toBeUndefined();
    const twice = await ask(item, "POINT_OF_ORDER", sec, kd[0].id);
    expect(code(twice)).toBe("CONFLICT");
    expect(twice.errors![0].message).toMatch(/already waiting/);
    expect(code(await ask(item, "CONTRIBUTION", ""))).toBe("UNAUTHENTICATED");
    for (const token of [oss, admin]) {
      const r = await ask(item, "CONTRIBUTION", token, kd[1].id);
      expect(code(r)).toBe("FORBIDDEN");
    }
    const notCurrent = await ask(other, "CONTRIBUTION", kd[1].token);
    expect(code(notCurrent)).toBe("CONFLICT");
    expect(notCurrent.errors![0].message).toMatch(/not the current item/);
    expect(code(await ask(item, "SPEECH", kd[1].token))).toBe("BAD_USER_INPUT");
    expect(code(await ask("item-1", "CONTRIBUTION", kd[1].token))).toBe("NOT_FOUND");
    expect(code(await ask(MISSING, "CONTRIBUTION", kd[1].token))).toBe("NOT_FOUND");
    expect(code(await ask(item, "CONTRIBUTION", sec, "kd02"))).toBe("NOT_FOUND");
    expect(code(await ask(item, "CONTRIBUTION", sec, MISSING))).toBe("NOT_FOUND");
    // Nothing of that reached the list: kd[0]'s request is the only one.
    expect((await speakersOf(s.sessionId, item)).map((x) => x.councillor.id)).toEqual([kd[0].id]);
  });

  it("withdrawFloorRequest: one's own or, for the secretariat, anyone's; another councillor's is FORBIDDEN; a finished one cannot be withdrawn", async () => {
    const s = await running(4);
    const item = s.itemIds[0];
    const mine = (await ask(item, "CONTRIBUTION", kd[0].token)).data.requestFloor.id;
    const theirs = (await ask(item, "REPLY", kd[1].token)).data.requestFloor.id;
    const third = (await ask(item, "CONTRIBUTION", kd[2].token)).data.requestFloor.id;
    const stranger = await t.gql(F.withdraw, { id: theirs }, kd[0].token);
    expect(code(stranger)).toBe("FORBIDDEN");
    expect(code(await t.gql(F.withdraw, { id: theirs }))).toBe("UNAUTHENTICATED");
    expect(code(await t.gql(F.withdraw, { id: theirs }, oss))).toBe("FORBIDDEN");
    const own = await t.gql(F.withdraw, { id: mine }, kd[0].token);
    expect(own.data.withdrawFloorRequest).toMatchObject({ status: "WITHDRAWN", startedAt: null, spokenSeconds: 0 });
    expect(own.data.withdrawFloorRequest.endedAt).not.toBeNull();
    expect((await t.gql(F.withdraw, { id: theirs }, sec)).data.withdrawFloorRequest.status).toBe("WITHDRAWN");
    expect(code(await t.gql(F.withdraw, { id: mine }, kd[0].token))).toBe("CONFLICT");
    await t.gql(F.start, { id: third }, sec);
    expect((await t.gql(F.withdraw, { id: third }, kd[2].token)).errors![0].message).toMatch(/in progress/);
    await t.gql(F.end, { id: third }, sec);
    expect(code(await t.gql(F.withdraw, { id: third }, sec))).toBe("CONFLICT");
    expect(code(await t.gql(F.withdraw, { id: "x" }, sec))).toBe("NOT_FOUND");
    expect(code(await t.gql(F.withdraw, { id: MISSING }, sec))).toBe("NOT_FOUND");
    expect((await auditOf(mine)).map((a) => [a.action, a.actor_role])).toEqual([["requestFloor", "COUNCILLOR"], ["withdrawFloorRequest", "COUNCILLOR"]]);
    expect((await auditOf(theirs)).at(-1)).toMatchObject({ action: "withdrawFloorRequest", actor_role: "SECRETARIAT", before: { status: "WAITING" }, after: { status: "WITHDRAWN" } });
    // A withdrawn request may be asked again: a new place at the end of the queue.
    expect((await ask(item, "CONTRIBUTION", kd[0].token)).data.requestFloor.status).toBe("WAITING");
  });

  it("startSpeech and endSpeech: the secretariat only; the limit given at the start, the time on the server's clock; audited", async () => {
    const s = await running(4);
    const item = s.itemIds[0];
    const id = (await ask(item, "CONTRIBUTION", kd[0].token)).data.requestFloor.id;
    expect(code(await t.gql(F.start, { id }, kd[0].token))).toBe("FORBIDDEN");
    expect(code(await t.gql(F.start, { id }))).toBe("UNAUTHENTICATED");
    expect(code(await t.gql(F.start, { id }, oss))).toBe("FORBIDDEN");
    for (const bad of [5, 99999, 9]) expect(code(await t.gql(F.start, { id, s: bad }, sec)), String(bad)).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(F.start, { id: "speaker-1" }, sec))).toBe("NOT_FOUND");
    expect(code(await t.gql(F.start, { id: MISSING }, sec))).toBe("NOT_FOUND");
    expect(code(await t.gql(F.end, { id }, sec))).toBe("CONFLICT"); // not started: still WAITING
    const started = await t.gql(F.start, { id, s: 7200 }, sec);
    expect(started.data.startSpeech).toMatchObject({ status: "SPEAKING", allottedSeconds: 7200, endedAt: null });
    expect(code(await t.gql(F.start, { id }, sec))).toBe("CONFLICT"); // already speaking
    expect(code(await t.gql(F.end, { id }, kd[0].token))).toBe("FORBIDDEN");
    expect(code(await t.gql(F.end, { id }))).toBe("UNAUTHENTICATED");
    const ended = (await t.gql(F.end, { id }, sec)).data.endSpeech;
    expect(ended.status).toBe("DONE");
    expect(new Date(ended.endedAt).getTime()).toBeGreaterThanOrEqual(new Date(ended.startedAt).getTime());
    expect(ended.spokenSeconds).toBe(Math.floor((new Date(ended.endedAt).getTime() - new Date(ended.startedAt).getTime()) / 1000));
    expect(code(await t.gql(F.end, { id }, sec))).toBe("CONFLICT");
    expect(code(await t.gql(F.start, { id }, sec))).toBe("CONFLICT"); // DONE
    expect(code(await t.gql(F.end, { id: MISSING }, sec))).toBe("NOT_FOUND");
    const withdrawn = (await ask(item, "REPLY", kd[1].token)).data.requestFloor.id;
    await t.gql(F.withdraw, { id: withdrawn }, kd[1].token);
    expect(code(await t.gql(F.start, { id: withdrawn }, sec))).toBe("CONFLICT");
    expect((await auditOf(id)).map((a) => [a.action, a.actor_role, a.after.status])).toEqual([
      ["requestFloor", "COUNCILLOR", undefined], ["startSpeech", "SECRETARIAT", "SPEAKING"], ["endSpeech", "SECRETARIAT", "DONE"]]);
    const [, start, end] = await auditOf(id);
    expect(start).toMatchObject({ before: { allottedSeconds: 300 }, after: { allottedSeconds: 7200 } });
    expect(end.after).toMatchObject({ because: "endSpeech", spokenSeconds: ended.spokenSeconds });
  });

  it("startSpeech refuses while a vote is open, and for a councillor no longer present or since recused", async () => {
    const s = await running(28);
    const item = s.itemIds[0];
    const a = (await ask(item, "CONTRIBUTION", kd[0].token)).data.requestFloor.id;
    const b = (await ask(item, "CONTRIBUTION", kd[1].token)).data.requestFloor.id;
    const c = (await ask(item, "REPLY", kd[2].token)).data.requestFloor.id;
    const recusal = await t.gql(M.declare, { i: { agendaItemId: item, interestType: "FAMILY", description: "Vajza ime punon aty.", recused: true } }, kd[2].token);
    expect(recusal.errors).toBeUndefined();
    const vote = (await t.gql(M.openVote, { i: { agendaItemId: item, majority: "SIMPLE" } }, sec)).data.openVote;
    const during = await t.gql(F.start, { id: a }, sec);
    expect(code(during)).toBe("CONFLICT");
    expect(during.errors![0].message).toMatch(/vote is open/);
    await t.gql(M.closeVote, { id: vote.id }, sec);
    // The requests survive the vote and may speak once it closed.
    expect((await t.gql(F.start, { id: a }, sec)).data.startSpeech.status).toBe("SPEAKING");
    await t.gql(M.attend, { i: { sessionId: s.sessionId, councillorId: kd[1].id, status: "ABSENT" } }, sec);
    const left = await t.gql(F.start, { id: b }, sec);
    expect(code(left)).toBe("CONFLICT");
    expect(left.errors![0].message).toMatch(/no longer recorded as present/);
    // The recusal (filed after the request, before the vote) took kd[2] off the floor: their request is withdrawn and cannot start.
    expect(code(await t.gql(F.start, { id: c }, sec))).toBe("CONFLICT");
    const list = await speakersOf(s.sessionId, item);
    expect(Object.fromEntries(list.map((x) => [x.id, x.status]))).toEqual({ [a]: "SPEAKING", [b]: "WAITING", [c]: "WITHDRAWN" });
  });

  it("another item ends the speech and keeps the old item's waiting requests, which cannot start until that item is current again", async () => {
    const s = await running(4);
    const [first, second] = s.itemIds;
    const speaking = (await ask(first, "CONTRIBUTION", kd[0].token)).data.requestFloor.id;
    const waiting = (await ask(first, "REPLY", kd[1].token)).data.requestFloor.id;
    await t.gql(F.start, { id: speaking }, sec);
    expect((await t.gql(M.startItem, { id: second }, sec)).errors).toBeUndefined();
    const list = await speakersOf(s.sessionId, first);
    expect(Object.fromEntries(list.map((x) => [x.id, x.status]))).toEqual({ [speaking]: "DONE", [waiting]: "WAITING" });
    expect((await auditOf(speaking)).at(-1)).toMatchObject({ action: "endSpeech", after: { because: "startAgendaItem" } });
    const stale = await t.gql(F.start, { id: waiting }, sec);
    expect(code(stale)).toBe("CONFLICT");
    expect(stale.errors![0].message).toMatch(/not the current one/);
    expect(code(await ask(first, "CONTRIBUTION", kd[2].token))).toBe("CONFLICT");
    expect((await ask(second, "CONTRIBUTION", kd[2].token)).errors).toBeUndefined();
  });

  it("a suspension ends the speech and refuses the floor until the session resumes", async () => {
    const s = await running(4);
    const item = s.itemIds[0];
    const a = (await ask(item, "CONTRIBUTION", kd[0].token)).data.requestFloor.id;
    const b = (await ask(item, "CONTRIBUTION", kd[1].token)).data.requestFloor.id;
    await t.gql(F.start, { id: a }, sec);
    expect((await t.gql(M.suspend, { id: s.sessionId }, sec)).data.suspendSession.status).toBe("SUSPENDED");
    expect((await t.gql(F.list, { id: s.sessionId })).data.session.currentSpeaker).toBeNull();
    expect((await auditOf(a)).at(-1)).toMatchObject({ action: "endSpeech", after: { status: "DONE", because: "suspendSession" } });
    const refused = await ask(item, "REPLY", kd[2].token);
    expect(code(refused)).toBe("CONFLICT");
    expect(refused.errors![0].message).toMatch(/is suspended/);
    expect(code(await t.gql(F.start, { id: b }, sec))).toBe("CONFLICT");
    await t.gql(M.resume, { id: s.sessionId }, sec);
    expect((await t.gql(F.start, { id: b }, sec)).data.startSpeech.status).toBe("SPEAKING");
  });

  it("closing the session ends the speech and withdraws the waiting requests; then the floor is refused", async () => {
    const s = await running(4);
    const item = s.itemIds[0];
    const a = (await ask(item, "CONTRIBUTION", kd[0].token)).data.requestFloor.id;
    const b = (await ask(item, "REPLY", kd[1].token)).data.requestFloor.id;
    const c = (await ask(item, "POINT_OF_ORDER", kd[2].token)).data.requestFloor.id;
    await t.gql(F.start, { id: a }, sec);
    expect((await t.gql(M.close, { id: s.sessionId }, sec)).data.closeSession.status).toBe("CLOSED");
    const list = await speakersOf(s.sessionId, item);
    expect(Object.fromEntries(list.map((x) => [x.id, x.status]))).toEqual({ [a]: "DONE", [b]: "WITHDRAWN", [c]: "WITHDRAWN" });
    expect((await t.gql(F.list, { id: s.sessionId })).data.session.currentSpeaker).toBeNull();
    expect((await auditOf(a)).at(-1)).toMatchObject({ action: "endSpeech", after: { because: "closeSession" } });
    for (const id of [b, c]) expect((await auditOf(id)).at(-1)).toMatchObject({ action: "withdrawFloorRequest", after: { status: "WITHDRAWN", because: "closeSession" } });
    const closed = await ask(item, "CONTRIBUTION", kd[3].token);
    expect(code(closed)).toBe("CONFLICT");
    expect(closed.errors![0].message).toMatch(/is closed/);
    expect(code(await t.gql(F.start, { id: b }, sec))).toBe("CONFLICT");
    expect(code(await t.gql(F.withdraw, { id: b }, sec))).toBe("CONFLICT");
  });

  it("setStreamUrl: https addresses only, without credentials, at most 500 characters; null removes it; audited", async () => {
    const s = await running(1);
    const url = "https://live.elbasan.gov.al/keshilli";
    expect(code(await t.gql(F.stream, { id: s.sessionId, u: url }, kd[0].token))).toBe("FORBIDDEN");
    expect(code(await t.gql(F.stream, { id: s.sessionId, u: url }))).toBe("UNAUTHENTICATED");
    for (const bad of ["http://live.elbasan.gov.al/keshilli", "javascript:alert(1)", "https://user:pass@live.elbasan.gov.al/", "https://", "live.elbasan.gov.al",
      `https://live.elbasan.gov.al/${"a".repeat(480)}`]) {
      expect(code(await t.gql(F.stream, { id: s.sessionId, u: bad }, sec)), bad).toBe("BAD_USER_INPUT");
    }
    expect(code(await t.gql(F.stream, { id: "nr-11", u: url }, sec))).toBe("NOT_FOUND");
    expect((await t.gql(F.stream, { id: s.sessionId, u: url }, sec)).data.setStreamUrl.streamUrl).toBe(url);
    expect((await t.gql("query($id: ID!) { session(id: $id) { streamUrl } }", { id: s.sessionId })).data.session.streamUrl).toBe(url);
    expect((await t.gql(F.stream, { id: s.sessionId, u: null }, sec)).data.setStreamUrl.streamUrl).toBeNull();
    const audit = await t.sql("SELECT before, after FROM audit_event WHERE action = 'setStreamUrl' AND subject_id = $1 ORDER BY id", [s.sessionId]);
    expect(audit.map((a) => [a.before.streamUrl, a.after.streamUrl])).toEqual([[null, url], [url, null]]);
  });

  it("the database keeps the floor's invariants even if the code were bypassed", async () => {
    const s = await running(3);
    const item = s.itemIds[0];
    const a = (await ask(item, "CONTRIBUTION", kd[0].token)).data.requestFloor.id;
    await t.gql(F.start, { id: a }, sec);
    const [{ id: userId }] = await t.sql("SELECT id FROM app_user WHERE username = 'sekretaria'");
    const insert = (councillorId: string, status: string, startedAt: string | null) => t.sql(
      `INSERT INTO speaker (session_id, agenda_item_id, councillor_id, kind, status, requested_by, started_at, allotted_seconds)
       VALUES ($1, $2, $3, 'CONTRIBUTION', $4, $5, $6, 300)`, [s.sessionId, item, councillorId, status, userId, startedAt]);
    // A second speech in progress in the session.
    await expect(insert(kd[1].id, "SPEAKING", new Date().toISOString())).rejects.toMatchObject({ code: "23505", constraint: "speaker_one_speaking_per_session" });
    // A second waiting request of the same councillor on the same item.
    await ask(item, "REPLY", kd[1].token);
    await expect(insert(kd[1].id, "WAITING", null)).rejects.toMatchObject({ code: "23505", constraint: "speaker_one_waiting_per_councillor" });
    // Times that disagree with the status, and limits out of range.
    await expect(insert(kd[2].id, "WAITING", new Date().toISOString())).rejects.toMatchObject({ code: "23514" });
    await expect(t.sql("UPDATE speaker SET allotted_seconds = 5 WHERE id = $1", [a])).rejects.toMatchObject({ code: "23514" });
    await expect(t.sql("UPDATE speaker SET status = 'DONE', ended_at = started_at - interval '1 second' WHERE id = $1", [a])).rejects.toMatchObject({ code: "23514" });
  });

  it("two startSpeech at once for two waiting speakers leave exactly one speaking", async () => {
    const s = await running(3);
    const item = s.itemIds[0];
    const a = (await ask(item, "CONTRIBUTION", kd[0].token)).data.requestFloor.id;
    const b = (await ask(item, "CONTRIBUTION", kd[1].token)).data.requestFloor.id;
    const answers = await Promise.all([t.gql(F.start, { id: a }, sec), t.gql(F.start, { id: b }, sec)]);
    // One after the other under the session's lock: the second start ended the first speech.
    for (const r of answers) expect(r.errors).toBeUndefined();
    const rows = await t.sql("SELECT id, status FROM speaker WHERE session_id = $1 ORDER BY started_at", [s.sessionId]);
    expect(rows.filter((r) => r.status === "SPEAKING")).toHaveLength(1);
    expect(rows.map((r) => r.status)).toEqual(["DONE", "SPEAKING"]);
    const current = (await t.gql(F.list, { id: s.sessionId })).data.session.currentSpeaker;
    expect(current).toEqual({ id: rows[1].id, status: "SPEAKING" });
  });

  // Last: it changes the council's defaults (restored at the end).
  it("setSpeakingTimes (ADMIN) changes the limit of new requests only; refuses other roles and out-of-range times", async () => {
    const set = "mutation($i: SpeakingTimesInput!) { setSpeakingTimes(input: $i) { bodyId contribution reply pointOfOrder } }";
    const read = "{ speakingTimes { bodyId contribution reply pointOfOrder } }";
    const defaults = (await t.gql(read)).data.speakingTimes;
    expect(defaults).toMatchObject({ contribution: 300, reply: 120, pointOfOrder: 60 });
    const s = await running(3);
    const item = s.itemIds[0];
    const before = (await ask(item, "CONTRIBUTION", kd[0].token)).data.requestFloor;
    try {
      for (const token of [sec, kd[0].token, oss]) expect(code(await t.gql(set, { i: { contribution: 240, reply: 90, pointOfOrder: 45 } }, token))).toBe("FORBIDDEN");
      expect(code(await t.gql(set, { i: { contribution: 240, reply: 90, pointOfOrder: 45 } }))).toBe("UNAUTHENTICATED");
      for (const bad of [{ contribution: 5, reply: 90, pointOfOrder: 45 }, { contribution: 240, reply: 4000, pointOfOrder: 45 }, { contribution: 240, reply: 90, pointOfOrder: 9 }]) {
        expect(code(await t.gql(set, { i: bad }, admin)), JSON.stringify(bad)).toBe("BAD_USER_INPUT");
      }
      expect((await t.gql(read)).data.speakingTimes).toEqual(defaults);
      const changed = await t.gql(set, { i: { contribution: 240, reply: 90, pointOfOrder: 45 } }, admin);
      expect(changed.data.setSpeakingTimes).toEqual({ bodyId: defaults.bodyId, contribution: 240, reply: 90, pointOfOrder: 45 });
      expect((await t.gql(read, {}, kd[3].token)).data.speakingTimes).toEqual(changed.data.setSpeakingTimes);
      const after = (await ask(item, "CONTRIBUTION", kd[1].token)).data.requestFloor;
      expect(after.allottedSeconds).toBe(240);
      expect((await ask(item, "POINT_OF_ORDER", kd[2].token)).data.requestFloor.allottedSeconds).toBe(45);
      // The request made before keeps the limit it was given.
      const list = await speakersOf(s.sessionId, item);
      expect(list.find((x) => x.id === before.id)?.allottedSeconds).toBe(300);
      expect((await t.gql(F.start, { id: before.id }, sec)).data.startSpeech.allottedSeconds).toBe(300);
      const [audit] = await t.sql("SELECT actor_role, subject_type, subject_id, before, after FROM audit_event WHERE action = 'setSpeakingTimes' ORDER BY id DESC LIMIT 1");
      expect(audit).toMatchObject({ actor_role: "ADMIN", subject_type: "body", subject_id: defaults.bodyId,
        before: { contribution: 300, reply: 120, pointOfOrder: 60 }, after: { contribution: 240, reply: 90, pointOfOrder: 45 } });
    } finally {
      await t.gql(set, { i: { contribution: defaults.contribution, reply: defaults.reply, pointOfOrder: defaults.pointOfOrder } }, admin);
    }
  });
});
