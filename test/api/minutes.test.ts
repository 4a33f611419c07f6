/* eslint-disable @typescript-eslint/no-explicit-any -- reads untyped JSON (GraphQL answers, SQL rows, parsed open-data files). */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfTextLines } from "../../server/src/minutes/pdf-text.js";
import { collect, startTestServer, type TestServer } from "../support/server.js";
import { code, M, newSession } from "./fixtures.js";

/**
 * Issue 3, point 5: the minutes [procesverbal] of a closed session, published by
 * the secretariat within 48 hours (Elbasan plan OS-2 point 3), as a fixed JSON
 * document with its SHA-256 and a PDF, checked field by field against the database.
 */
const MISSING = "00000000-0000-4000-8000-000000000000";
const HOUR = 3600_000;
const MINUTES = "minutes { sessionId deadline publishedAt late sha256 jsonUrl pdfUrl }";
const PUBLISH = `mutation($id: ID!) { publishMinutes(sessionId: $id) { id status ${MINUTES} } }`;
const SESSION = `query($id: ID!) { session(id: $id) { id status closedAt ${MINUTES} } }`;
const collator = new Intl.Collator("sq");
const sha256 = (s: string | Buffer) => createHash("sha256").update(s).digest("hex");
const iso = (d: Date | null) => (d ? d.toISOString() : null);

type Minutes = { sessionId: string; deadline: string; publishedAt: string | null; late: boolean; sha256: string | null; jsonUrl: string | null; pdfUrl: string | null };

describe("minutes [procesverbal]", () => {
  let t: TestServer;
  let sec: string;
  let kd01: string;
  let kd02: { token: string; id: string };
  let oss: string;
  let admin: string;
  let nr9: string, nr10: string, nr11: string;

  beforeAll(async () => {
    t = await startTestServer();
    [sec, kd01, oss, admin] = await Promise.all([t.login("sekretaria"), t.login("kd01"), t.login("oss"), t.login("admin")]);
    const token = await t.login("kd02");
    const me = await t.gql("{ me { councillor { id } } }", {}, token);
    kd02 = { token, id: me.data.me.councillor.id };
    const byTitle = async (title: string) => (await t.sql("SELECT id FROM council_session WHERE title = $1", [title]))[0].id as string;
    [nr9, nr10, nr11] = await Promise.all(["9", "10", "11"].map((n) => byTitle(`Mbledhja e Këshillit Bashkiak nr. ${n}`)));
  });
  afterAll(() => t?.stop());

  const minutesOf = async (id: string): Promise<Minutes | null> => (await t.gql(SESSION, { id })).data.session.minutes;

  /** The published document, compared with the rows it was made from. */
  async function expectDocumentMatchesDatabase(sessionId: string, doc: any) {
    const [s] = await t.sql("SELECT * FROM council_session WHERE id = $1", [sessionId]);
    const [body] = await t.sql("SELECT id, name, kind FROM body WHERE id = $1", [s.body_id]);
    const [m] = await t.sql("SELECT * FROM minutes WHERE session_id = $1", [sessionId]);
    expect(doc.format).toBe("kuvend-minutes/2");
    expect(doc.body).toEqual(body);
    expect(doc.session).toEqual({
      id: s.id, title: s.title, scheduledAt: iso(s.scheduled_at), startedAt: iso(s.started_at), closedAt: iso(s.closed_at), seats: s.seats,
    });
    expect(doc.publishedAt).toBe(iso(m.published_at));
    expect(doc.deadline).toBe(new Date(s.closed_at.getTime() + 48 * HOUR).toISOString());
    expect(doc.late).toBe(m.published_at.getTime() > s.closed_at.getTime() + 48 * HOUR);

    // Attendance: every seated member (the council's active councillors), ABSENT until recorded.
    const members = await t.sql(
      `SELECT c.id, c.full_name, c.party, c.gender, coalesce(a.status, 'ABSENT') AS status, a.changed_at
       FROM councillor c LEFT JOIN attendance a ON a.councillor_id = c.id AND a.session_id = $1
       WHERE c.active OR a.session_id IS NOT NULL`, [sessionId]);
    expect(doc.attendance.members).toHaveLength(members.length);
    const names = doc.attendance.members.map((x: any) => x.name);
    expect(names).toEqual([...names].sort(collator.compare));
    for (const r of members) {
      expect(doc.attendance.members.find((x: any) => x.councillorId === r.id)).toEqual({
        councillorId: r.id, name: r.full_name, party: r.party, gender: r.gender, status: r.status, changedAt: iso(r.changed_at),
      });
    }
    const count = (st: string) => members.filter((r) => r.status === st).length;
    const present = count("PRESENT");
    expect(doc.attendance).toMatchObject({
      present, absent: count("ABSENT"), excused: count("EXCUSED"),
      quorum: { seats: s.seats, present, required: Math.floor(s.seats / 2) + 1, reached: present > s.seats / 2 },
    });

    // Agenda, declarations, votes, named ballots and removed ballots.
    const items = await t.sql("SELECT * FROM agenda_item WHERE session_id = $1 ORDER BY position", [sessionId]);
    expect(doc.agenda.map((i: any) => i.id)).toEqual(items.map((i) => i.id));
    let declarations = 0, votes = 0, ballots = 0, speeches = 0;
    for (const [k, item] of items.entries()) {
      const d = doc.agenda[k];
      expect({ position: d.position, title: d.title, description: d.description, status: d.status })
        .toEqual({ position: item.position, title: item.title, description: item.description, status: item.status });
      const decl = await t.sql(
        `SELECT d.*, c.full_name, c.party,
                row_number() OVER (PARTITION BY d.councillor_id ORDER BY d.filed_at DESC, d.id DESC) = 1 AS in_force
         FROM declaration d JOIN councillor c ON c.id = d.councillor_id WHERE d.agenda_item_id = $1 ORDER BY d.filed_at, d.id`, [item.id]);
      expect(d.declarations).toEqual(decl.map((r) => ({
        id: r.id, councillorId: r.councillor_id, councillorName: r.full_name, party: r.party, interestType: r.interest_type,
        description: r.description, recused: r.recused, filedAt: iso(r.filed_at), filedOnBehalf: r.filed_on_behalf,
        inForce: r.in_force, supersedesId: r.supersedes_id,
      })));
      declarations += decl.length;
      // The speeches (DOMAIN.md, "The floor"): DONE only, in the order they were made, with the whole seconds spoken.
      const spoken = await t.sql(
        `SELECT s.*, c.full_name, c.party FROM speaker s JOIN councillor c ON c.id = s.councillor_id
         WHERE s.agenda_item_id = $1 AND s.status = 'DONE' ORDER BY s.started_at, s.id`, [item.id]);
      expect(d.speakers).toEqual(spoken.map((r) => ({
        id: r.id, councillorId: r.councillor_id, councillorName: r.full_name, party: r.party, kind: r.kind,
        startedAt: iso(r.started_at), endedAt: iso(r.ended_at),
        spokenSeconds: Math.floor((r.ended_at.getTime() - r.started_at.getTime()) / 1000), allottedSeconds: r.allotted_seconds,
      })));
      speeches += spoken.length;
      const voteRows = await t.sql("SELECT * FROM vote WHERE agenda_item_id = $1 ORDER BY opened_at, id", [item.id]);
      expect(d.votes).toHaveLength(voteRows.length);
      for (const [j, v] of voteRows.entries()) {
        const dv = d.votes[j];
        expect({ ...dv, ballots: undefined, removedBallots: undefined }).toEqual({
          id: v.id, majority: v.majority, status: v.status, seats: v.seats, openedAt: iso(v.opened_at), closedAt: iso(v.closed_at), outcome: v.outcome,
          tally: { for: v.for_count, against: v.against_count, abstain: v.abstain_count, recused: v.recused_count, notVoted: v.not_voted_count },
          ballots: undefined, removedBallots: undefined,
        });
        const b = await t.sql("SELECT b.*, c.full_name, c.party FROM ballot b JOIN councillor c ON c.id = b.councillor_id WHERE b.vote_id = $1", [v.id]);
        b.sort((x, y) => collator.compare(x.full_name, y.full_name));
        expect(dv.ballots).toEqual(b.map((r) => ({ councillorId: r.councillor_id, councillorName: r.full_name, party: r.party, choice: r.choice })));
        expect(b.length).toBe(v.for_count + v.against_count + v.abstain_count);
        for (const choice of ["FOR", "AGAINST", "ABSTAIN"] as const) {
          expect(b.filter((r) => r.choice === choice).length).toBe({ FOR: v.for_count, AGAINST: v.against_count, ABSTAIN: v.abstain_count }[choice]);
        }
        const removed = await t.sql(
          "SELECT r.*, c.full_name, c.party FROM ballot_removal r JOIN councillor c ON c.id = r.councillor_id WHERE r.vote_id = $1 ORDER BY r.removed_at, r.id", [v.id]);
        expect(dv.removedBallots).toEqual(removed.map((r) => ({
          councillorId: r.councillor_id, councillorName: r.full_name, party: r.party, choice: r.choice, declarationId: r.declaration_id, removedAt: iso(r.removed_at),
        })));
        votes++;
        ballots += b.length;
      }
    }
    return { declarations, votes, ballots, speeches };
  }

  describe("before publication", () => {
    it("refuses the public, councillors, the One Stop Shop and the administrator", async () => {
      expect(code(await t.gql(PUBLISH, { id: nr10 }))).toBe("UNAUTHENTICATED");
      for (const token of [kd01, oss, admin]) expect(code(await t.gql(PUBLISH, { id: nr10 }, token))).toBe("FORBIDDEN");
      expect((await minutesOf(nr10))?.publishedAt).toBeNull();
      expect(await t.sql("SELECT 1 FROM minutes WHERE session_id = $1", [nr10])).toHaveLength(0); // the demo's committee meetings have theirs
    });

    it("has no minutes for a session that is not closed", async () => {
      expect(await minutesOf(nr11)).toBeNull();
      const all = await t.gql(`{ sessions { id status ${MINUTES} } }`);
      for (const s of all.data.sessions) expect(s.minutes === null).toBe(s.status !== "CLOSED");
    });

    it("shows the deadline (closed + 48 h) and marks sessions closed 13 and 41 days ago as late", async () => {
      for (const id of [nr9, nr10]) {
        const [{ closed_at }] = await t.sql("SELECT closed_at FROM council_session WHERE id = $1", [id]);
        const m = (await minutesOf(id))!;
        expect(m).toEqual({ sessionId: id, deadline: m.deadline, publishedAt: null, late: true, sha256: null, jsonUrl: null, pdfUrl: null });
        expect(new Date(m.deadline).getTime()).toBe(closed_at.getTime() + 48 * HOUR);
      }
    });

    it("refuses an unknown or malformed session id with NOT_FOUND", async () => {
      expect(code(await t.gql(PUBLISH, { id: MISSING }, sec))).toBe("NOT_FOUND");
      expect(code(await t.gql(PUBLISH, { id: "nr-10" }, sec))).toBe("NOT_FOUND");
    });

    it("refuses a scheduled or open session with CONFLICT and a plain message", async () => {
      const scheduled = await t.gql(PUBLISH, { id: nr11 }, sec);
      expect(code(scheduled)).toBe("CONFLICT");
      expect(scheduled.errors![0].message).toMatch(/has not started yet: minutes are published after the session is closed/);
      const { sessionId } = await newSession(t, sec, 1, "Mbledhje e hapur");
      await t.gql(M.start, { id: sessionId }, sec);
      const open = await t.gql(PUBLISH, { id: sessionId }, sec);
      expect(code(open)).toBe("CONFLICT");
      expect(open.errors![0].message).toMatch(/is still open/);
      expect(await t.sql("SELECT 1 FROM minutes WHERE session_id = ANY($1::uuid[])", [[nr11, sessionId]])).toHaveLength(0);
    });
  });

  describe("publishing the minutes of session nr. 10", () => {
    let published: Minutes;
    let document: any;

    beforeAll(async () => {
      const r = await t.gql(PUBLISH, { id: nr10 }, sec);
      expect(r.errors).toBeUndefined();
      expect(r.data.publishMinutes).toMatchObject({ id: nr10, status: "CLOSED" });
      published = r.data.publishMinutes.minutes;
      document = (await t.sql("SELECT document FROM minutes WHERE session_id = $1", [nr10]))[0].document;
    });

    it("answers with the published minutes: time, hash, files; still late, since it closed 13 days ago", async () => {
      const [m] = await t.sql("SELECT * FROM minutes WHERE session_id = $1", [nr10]);
      expect(published).toEqual({
        sessionId: nr10, deadline: published.deadline, publishedAt: published.publishedAt, late: true, sha256: m.sha256,
        jsonUrl: `/minutes/${nr10}.json`, pdfUrl: `/minutes/${nr10}.pdf`,
      });
      expect(new Date(published.publishedAt!).getTime()).toBe(m.published_at.getTime());
      expect(Date.now() - m.published_at.getTime()).toBeLessThan(60_000);
      expect(m.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(await minutesOf(nr10)).toEqual(published);
      expect(document.late).toBe(true);
    });

    it("records who published them in the audit record", async () => {
      const [audit] = await t.sql("SELECT * FROM audit_event WHERE action = 'publishMinutes' AND subject_id = $1", [nr10]);
      const [user] = await t.sql("SELECT id FROM app_user WHERE username = 'sekretaria'");
      expect(audit).toMatchObject({ actor_user_id: user.id, actor_role: "SECRETARIAT", subject_type: "minutes", session_id: nr10 });
      expect(audit.after).toMatchObject({ sha256: published.sha256, late: true });
      const [m] = await t.sql("SELECT published_by FROM minutes WHERE session_id = $1", [nr10]);
      expect(m.published_by).toBe(user.id);
    });

    it("holds exactly what the database holds: attendance, every item, declaration, vote, tally and named ballot", async () => {
      const counted = await expectDocumentMatchesDatabase(nr10, document);
      // The demo's session nr. 10 has four voted items and a recusal; 44 of 51 present.
      expect(counted.votes).toBe(4);
      expect(counted.declarations).toBe(1);
      expect(counted.ballots).toBeGreaterThan(40);
      // The demo's speeches: none on the first item, four and a withdrawn request on the second, two, then one.
      expect(counted.speeches).toBe(7);
      expect(document.agenda.map((i: any) => i.speakers.map((sp: any) => sp.kind))).toEqual([
        [], ["CONTRIBUTION", "REPLY", "POINT_OF_ORDER", "CONTRIBUTION"], ["CONTRIBUTION", "REPLY"], ["CONTRIBUTION"]]);
      expect(document.attendance.members).toHaveLength(51);
      expect(document.agenda.find((i: any) => i.declarations.length)?.declarations[0]).toMatchObject({ recused: true, inForce: true, interestType: "FAMILY" });
    });

    it("refuses to publish them a second time", async () => {
      const again = await t.gql(PUBLISH, { id: nr10 }, sec);
      expect(code(again)).toBe("CONFLICT");
      expect(again.errors![0].message).toMatch(/already published on \d{2}\.\d{2}\.\d{4}, ora \d{2}:\d{2}; published minutes are final/);
      expect(await t.sql("SELECT 1 FROM minutes WHERE session_id = $1", [nr10])).toHaveLength(1);
    });

    it("serves the stored JSON document, whose SHA-256 is the published one", async () => {
      const res = await fetch(`${t.url}/minutes/${nr10}.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
      const [{ scheduled_at }] = await t.sql("SELECT scheduled_at FROM council_session WHERE id = $1", [nr10]);
      const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Tirane" }).format(scheduled_at);
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="procesverbal-${day}-mbledhja-e-keshillit-bashkiak-nr-10.json"`);
      const text = await res.text();
      expect(sha256(text)).toBe(published.sha256);
      expect(JSON.parse(text)).toEqual(document);
      expect(text).not.toMatch(/\n/); // the canonical form: no whitespace between tokens
    });

    it("serves a PDF in Albanian printed from the same document", async () => {
      const res = await fetch(`${t.url}/minutes/${nr10}.pdf`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
      const text = pdfTextLines(pdf).join(" ").replace(/\s+/g, " ");
      expect(text).toContain("Procesverbal i mbledhjes");
      expect(text).toContain("Mbledhja e Këshillit Bashkiak nr. 10");
      expect(text).toContain(`Prania Të pranishëm: ${document.attendance.present} · Mungojnë: ${document.attendance.absent} · Me arsye: ${document.attendance.excused}`);
      for (const m of document.attendance.members) expect(text).toContain(m.name);
      for (const item of document.agenda) {
        expect(text).toContain(`Pika ${item.position}: ${item.title}`);
        for (const v of item.votes) {
          expect(text).toContain(`${v.tally.for} / ${v.tally.against} / ${v.tally.abstain} / ${v.tally.recused} / ${v.tally.notVoted}`);
        }
      }
      const kind: Record<string, string> = { CONTRIBUTION: "diskutim", REPLY: "replikë", POINT_OF_ORDER: "çështje procedurale" };
      const mss = (n: number) => `${Math.floor(n / 60)}:${String(n % 60).padStart(2, "0")}`;
      for (const item of document.agenda) {
        for (const [k, sp] of item.speakers.entries()) {
          expect(text).toContain(`${k + 1}. ${sp.party ? `${sp.councillorName} (${sp.party})` : sp.councillorName}: ${kind[sp.kind]}, ora `);
          expect(text).toContain(`foli ${mss(sp.spokenSeconds)} nga ${mss(sp.allottedSeconds)} të lejuara.`);
        }
      }
      expect(text).toContain("Fjala: askush nuk mori fjalën.");
      expect(text).toContain("Deklarata ad hoc të interesit");
      expect(text).toContain("shumicë e thjeshtë");
      const outcomes = document.agenda.flatMap((i: any) => i.votes.map((v: any) => v.outcome));
      if (outcomes.includes("PASSED")) expect(text).toContain("MIRATUAR");
      if (outcomes.includes("FAILED")) expect(text).toContain("RRËZUAR");
      expect(text).toContain(`SHA-256 e dokumentit JSON: ${published.sha256}`);
      expect(text).toMatch(/Publikuar më \d{2}\.\d{2}\.\d{4}, ora \d{2}:\d{2} \(me vonesë/);
    });

    it("answers 404 in plain text for unknown, unpublished or malformed ids", async () => {
      for (const path of [`/minutes/${MISSING}.json`, `/minutes/${nr9}.json`, `/minutes/${nr9}.pdf`, "/minutes/nr-10.json", `/minutes/${nr10}.txt`, `/minutes/${nr10}`]) {
        const res = await fetch(`${t.url}${path}`);
        expect(res.status, path).toBe(404);
        expect(res.headers.get("content-type"), path).toMatch(/^text\/plain/);
        expect(await res.text(), path).toMatch(/No published minutes|not published/);
      }
    });

    it("cannot be changed or deleted, even in the database", async () => {
      await expect(t.sql("UPDATE minutes SET sha256 = $2 WHERE session_id = $1", [nr10, "0".repeat(64)])).rejects.toMatchObject({ code: "23514" });
      await expect(t.sql("DELETE FROM minutes WHERE session_id = $1", [nr10])).rejects.toMatchObject({ code: "23514" });
      const [m] = await t.sql("SELECT sha256 FROM minutes WHERE session_id = $1", [nr10]);
      expect(m.sha256).toBe(published.sha256);
    });

    it("leaves session nr. 9 late and unpublished", async () => {
      expect(await minutesOf(nr9)).toMatchObject({ publishedAt: null, late: true, jsonUrl: null });
    });
  });

  describe("a session closed and published at once", () => {
    it("is not late, records removed ballots, and live subscribers see the minutes appear", async () => {
      const { data } = await t.gql("{ councillors { id fullName } }");
      const ids: string[] = data.councillors.map((c: { id: string }) => c.id).filter((id: string) => id !== kd02.id);
      const { sessionId, itemIds } = await newSession(t, sec, 2, "Mbledhje e jashtëzakonshme për procesverbal");
      await t.gql(M.start, { id: sessionId }, sec);
      const batch = "mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { quorum { present } } }";
      await t.gql(batch, { i: { sessionId, councillorIds: [kd02.id, ...ids.slice(0, 29)], status: "PRESENT" } }, sec);
      await t.gql(batch, { i: { sessionId, councillorIds: ids.slice(29, 31), status: "EXCUSED" } }, sec);
      await t.gql(M.startItem, { id: itemIds[0] }, sec);
      // One speech, and a request still waiting at the close (it lapses: no speech, not in the minutes).
      const floor = "mutation($i: FloorRequestInput!) { requestFloor(input: $i) { id } }";
      const spoke = (await t.gql(floor, { i: { agendaItemId: itemIds[0], kind: "CONTRIBUTION", councillorId: ids[5] } }, sec)).data.requestFloor.id;
      expect((await t.gql("mutation($id: ID!) { startSpeech(speakerId: $id) { id } }", { id: spoke }, sec)).errors).toBeUndefined();
      expect((await t.gql("mutation($id: ID!) { endSpeech(speakerId: $id) { id } }", { id: spoke }, sec)).errors).toBeUndefined();
      expect((await t.gql(floor, { i: { agendaItemId: itemIds[0], kind: "REPLY", councillorId: ids[6] } }, sec)).errors).toBeUndefined();
      // A declaration without recusal, filed by the secretariat on a councillor's behalf, then corrected.
      const first = await t.gql(M.declare, { i: { agendaItemId: itemIds[0], councillorId: ids[3], interestType: "PROFESSIONAL", description: "Punoj si konsulent, \"Beta\".", recused: false } }, sec);
      expect(first.errors).toBeUndefined();
      const vote = (await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "ABSOLUTE" } }, sec)).data.openVote;
      await t.gql(M.ballot, { i: { voteId: vote.id, choice: "AGAINST" } }, kd02.token);
      for (const [k, id] of ids.slice(0, 29).entries()) {
        const r = await t.gql(M.ballot, { i: { voteId: vote.id, councillorId: id, choice: k < 27 ? "FOR" : "ABSTAIN" } }, sec);
        expect(r.errors).toBeUndefined();
      }
      // kd02 recuses during the vote: their ballot is removed, and the removal is public record.
      const recusal = await t.gql(M.declare, { i: { agendaItemId: itemIds[0], interestType: "FAMILY", description: "Bashkëshortja ime është palë.", recused: true } }, kd02.token);
      expect(recusal.errors).toBeUndefined();
      const closed = await t.gql(M.closeVote, { id: vote.id }, sec);
      expect(closed.data.closeVote).toMatchObject({ outcome: "PASSED", tally: { for: 27, against: 0, abstain: 2, recused: 1, notVoted: 21 } });
      expect(code(await t.gql(PUBLISH, { id: sessionId }, sec))).toBe("CONFLICT"); // still in progress
      const closedSession = await t.gql(M.close, { id: sessionId }, sec);
      expect(closedSession.data.closeSession.status).toBe("CLOSED");

      const before = (await minutesOf(sessionId))!;
      expect(before).toMatchObject({ publishedAt: null, late: false, sha256: null });
      const feed = collect<{ sessionUpdated: { id: string; minutes: Minutes | null } }>(
        t.ws(), `subscription($id: ID!) { sessionUpdated(sessionId: $id) { id ${MINUTES} } }`, { id: sessionId });
      await new Promise((r) => setTimeout(r, 200)); // let the subscription reach the server

      const r = await t.gql(PUBLISH, { id: sessionId }, sec);
      expect(r.errors).toBeUndefined();
      const m: Minutes = r.data.publishMinutes.minutes;
      expect(m).toMatchObject({ late: false, jsonUrl: `/minutes/${sessionId}.json`, pdfUrl: `/minutes/${sessionId}.pdf` });
      const [{ closed_at }] = await t.sql("SELECT closed_at FROM council_session WHERE id = $1", [sessionId]);
      expect(new Date(m.deadline).getTime()).toBe(closed_at.getTime() + 48 * HOUR);
      const live = await feed.next((x) => x.sessionUpdated.minutes?.publishedAt != null);
      expect(live.sessionUpdated.minutes).toEqual(m);
      feed.dispose();

      const text = await (await fetch(`${t.url}/minutes/${sessionId}.json`)).text();
      expect(sha256(text)).toBe(m.sha256);
      const doc = JSON.parse(text);
      expect(doc.late).toBe(false);
      const counted = await expectDocumentMatchesDatabase(sessionId, doc);
      expect(counted).toEqual({ declarations: 2, votes: 1, ballots: 29, speeches: 1 });
      expect(doc.agenda[0].speakers).toEqual([expect.objectContaining({ id: spoke, councillorId: ids[5], kind: "CONTRIBUTION", allottedSeconds: 300 })]);
      const item = doc.agenda[0];
      expect(item.votes[0].removedBallots).toEqual([expect.objectContaining({ councillorId: kd02.id, choice: "AGAINST" })]);
      expect(item.declarations.map((d: any) => [d.filedOnBehalf, d.recused, d.inForce])).toEqual([[true, false, true], [false, true, true]]);
      expect(doc.agenda[1]).toMatchObject({ status: "DEFERRED", votes: [], declarations: [] });
      expect(doc.attendance).toMatchObject({ present: 30, excused: 2, absent: 19, quorum: { present: 30, required: 26, reached: true } });

      const pdf = Buffer.from(await (await fetch(`${t.url}/minutes/${sessionId}.pdf`)).arrayBuffer());
      const printed = pdfTextLines(pdf).join(" ").replace(/\s+/g, " ");
      expect(printed).toContain("shumicë absolute");
      expect(printed).toContain("Vota të hequra nga një deklaratë interesi gjatë votimit:");
      expect(printed).not.toContain("me vonesë");
    });
  });
});
