/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers and SQL rows are untyped JSON. */
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";

/**
 * Issue 15 point 1: councillors' pages and their record. The figures of councillorRecord are
 * checked against SQL written here from the rules' words (not the server's queries or its
 * councillor_seated_on function), on the demo data, for several councillors and periods: a
 * term that ended mid-period (Liljana Pasha) and a councillor who joined late (Ndriçim Topi).
 */
const DAY = 86_400_000;
const RECORD = `query($id: ID!, $from: DateTime, $to: DateTime) { councillorRecord(councillorId: $id, from: $from, to: $to) {
  from to attendanceRatePct
  sessionsHeld { count sessionIds } sessionsSeated { count sessionIds } present { count sessionIds } excused { count sessionIds }
  absent { count sessionIds } lateArrivals { count sessionIds } earlyDepartures { count sessionIds } ballotsCast { count sessionIds }
  votesMissed { count sessionIds } votesRecused { count sessionIds } declarationsFiled { count sessionIds }
  initiativesLed { count } initiativesCoSponsored { count }
  sessions { sessionId scheduledAt present late leftEarly }
  votes { voteId sessionId agendaItemTitle choice recused missed outcome }
  declarations { id sessionId description inForce }
} }`;


describe("councillors' pages and record", () => {
  let t: TestServer;
  let sec: string;
  let byName: Map<string, string>;
  const now = Date.now();

  beforeAll(async () => {
    t = await startTestServer();
    sec = await t.login("sekretaria");
    byName = new Map((await t.sql("SELECT id, full_name FROM councillor")).map((r) => [r.full_name, r.id]));
  });
  afterAll(() => t?.stop());

  /** The record's figures from SQL, following the rules' words. */
  async function expectedFigures(councillorId: string, from: Date | null, to: Date): Promise<any> {
    const seated = await t.sql(`
      SELECT s.id, s.started_at, s.closed_at FROM council_session s JOIN body b ON b.id = s.body_id
      JOIN councillor c ON c.id = $1
      WHERE b.kind = 'COUNCIL' AND s.started_at IS NOT NULL AND ($2::timestamptz IS NULL OR s.scheduled_at >= $2) AND s.scheduled_at < $3
        AND ((    (c.term_start IS NULL OR c.term_start <= (s.scheduled_at AT TIME ZONE 'Europe/Tirane')::date)
              AND ((c.term_end IS NULL AND c.active) OR c.term_end >= (s.scheduled_at AT TIME ZONE 'Europe/Tirane')::date))
             OR EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.councillor_id = c.id))
      ORDER BY s.scheduled_at`, [councillorId, from, to]);
    const ids = seated.map((s) => s.id);
    const perSession = await t.sql(`
      SELECT s.id,
        EXISTS (SELECT 1 FROM attendance_change x WHERE x.session_id = s.id AND x.councillor_id = $1 AND x.status = 'PRESENT') AS present,
        (SELECT min(changed_at) FROM attendance_change x WHERE x.session_id = s.id AND x.councillor_id = $1 AND x.status = 'PRESENT') AS arrived,
        (SELECT x.status FROM attendance_change x WHERE x.session_id = s.id AND x.councillor_id = $1 ORDER BY changed_at DESC, id DESC LIMIT 1) AS last_status,
        (SELECT x.changed_at FROM attendance_change x WHERE x.session_id = s.id AND x.councillor_id = $1 ORDER BY changed_at DESC, id DESC LIMIT 1) AS last_at,
        s.started_at, s.closed_at
      FROM council_session s WHERE s.id = ANY($2::uuid[])`, [councillorId, ids]);
    const grace = 15 * 60_000;
    const present = perSession.filter((r) => r.present);
    const excused = perSession.filter((r) => !r.present && r.last_status === "EXCUSED");
    const absent = perSession.filter((r) => !r.present && r.last_status !== "EXCUSED");
    const late = present.filter((r) => r.arrived.getTime() > r.started_at.getTime() + grace);
    const early = present.filter((r) => r.last_status !== "PRESENT" && (!r.closed_at || r.last_at.getTime() < r.closed_at.getTime() - grace));
    const votes = await t.sql(`
      SELECT v.id, v.session_id, b.choice,
        EXISTS (SELECT 1 FROM declaration d WHERE d.agenda_item_id = v.agenda_item_id AND d.councillor_id = $1 AND d.recused
                  AND NOT EXISTS (SELECT 1 FROM declaration l WHERE l.agenda_item_id = d.agenda_item_id AND l.councillor_id = $1
                                    AND (l.filed_at, l.id) > (d.filed_at, d.id))) AS recused
      FROM vote v LEFT JOIN ballot b ON b.vote_id = v.id AND b.councillor_id = $1
      WHERE v.status = 'CLOSED' AND v.session_id = ANY($2::uuid[])`, [councillorId, ids]);
    const declarations = await t.sql(`
      SELECT d.id, s.id AS session_id FROM declaration d JOIN agenda_item i ON i.id = d.agenda_item_id JOIN council_session s ON s.id = i.session_id
      WHERE d.councillor_id = $1 AND ($2::timestamptz IS NULL OR s.scheduled_at >= $2) AND s.scheduled_at < $3`, [councillorId, from, to]);
    const held = await t.sql(`
      SELECT s.id FROM council_session s JOIN body b ON b.id = s.body_id
      WHERE b.kind = 'COUNCIL' AND s.started_at IS NOT NULL AND ($1::timestamptz IS NULL OR s.scheduled_at >= $1) AND s.scheduled_at < $2`, [from, to]);
    const fig = (list: { session_id?: string; id?: string }[], key: "id" | "session_id" = "id") =>
      ({ count: list.length, sessionIds: [...new Set(list.map((r) => r[key] as string))].sort() });
    return {
      sessionsHeld: fig(held), sessionsSeated: fig(seated), present: fig(present), excused: fig(excused), absent: fig(absent),
      lateArrivals: fig(late), earlyDepartures: fig(early),
      ballotsCast: fig(votes.filter((v) => v.choice !== null), "session_id"),
      votesMissed: fig(votes.filter((v) => v.choice === null && !v.recused), "session_id"),
      votesRecused: fig(votes.filter((v) => v.choice === null && v.recused), "session_id"),
      declarationsFiled: fig(declarations, "session_id"),
      rate: seated.length ? Math.round((1000 * present.length) / seated.length) / 10 : null,
    };
  }

  async function record(councillorId: string, from: Date | null, to: Date) {
    const r = await t.gql(RECORD, { id: councillorId, from: from?.toISOString() ?? null, to: to.toISOString() });
    expect(r.errors).toBeUndefined();
    return r.data.councillorRecord;
  }

  const figureNames = ["sessionsHeld", "sessionsSeated", "present", "excused", "absent", "lateArrivals", "earlyDepartures",
    "ballotsCast", "votesMissed", "votesRecused", "declarationsFiled"];

  async function termChange(): Promise<Date> {
    const [{ term_end }] = await t.sql("SELECT term_end::text FROM councillor WHERE full_name = 'Liljana Pasha'");
    return new Date(`${term_end}T12:00:00Z`);
  }

  describe("councillorRecord against SQL", () => {
    const cases: [string, (change: Date) => [Date | null, Date]][] = [
      ["the whole record", () => [null, new Date(now + DAY)]],
      ["the last 300 days", () => [new Date(now - 300 * DAY), new Date(now)]],
      ["around the change of term (120 days each side)", (c) => [new Date(c.getTime() - 120 * DAY), new Date(c.getTime() + 120 * DAY)]],
      ["after the change of term", (c) => [new Date(c.getTime() + DAY), new Date(now + DAY)]],
      ["before the change of term", (c) => [new Date(now - 400 * DAY), c]],
    ];
    for (const name of ["Mirela Shehu", "Liljana Pasha", "Ndriçim Topi", "Gentian Dervishi", "Arben Hoxha", "Teuta Dibra"]) {
      for (const [label, period] of cases) {
        it(`${name}: ${label}`, async () => {
          const [from, to] = period(await termChange());
          const id = byName.get(name)!;
          const got = await record(id, from, to);
          const want = await expectedFigures(id, from, to);
          for (const f of figureNames) {
            expect({ f, count: got[f].count, ids: [...got[f].sessionIds].sort() }).toEqual({ f, count: want[f].count, ids: want[f].sessionIds });
          }
          expect(got.attendanceRatePct).toBe(want.rate);
          expect(got.sessions.map((s: any) => s.sessionId).sort()).toEqual(want.sessionsSeated.sessionIds);
          // Each vote and declaration names the session it comes from, one of the seated sessions.
          for (const v of got.votes) expect(want.sessionsSeated.sessionIds).toContain(v.sessionId);
        });
      }
    }

    it("a term that ended mid-period counts only the sessions before its end, and the successor only those after his start", async () => {
      const change = await termChange();
      const from = new Date(change.getTime() - 200 * DAY);
      const to = new Date(now + DAY);
      const former = await record(byName.get("Liljana Pasha")!, from, to);
      const joiner = await record(byName.get("Ndriçim Topi")!, from, to);
      const steady = await record(byName.get("Arben Hoxha")!, from, to);
      expect(former.sessionsSeated.count).toBeGreaterThan(0);
      expect(joiner.sessionsSeated.count).toBeGreaterThan(0);
      expect(former.sessionsSeated.count).toBeLessThan(former.sessionsHeld.count);
      expect(joiner.sessionsSeated.count).toBeLessThan(joiner.sessionsHeld.count);
      // Between them they held one seat: every session held has exactly one of the two.
      expect(former.sessionsSeated.count + joiner.sessionsSeated.count).toBe(steady.sessionsSeated.count);
      for (const s of former.sessions) expect(new Date(s.scheduledAt).getTime()).toBeLessThan(change.getTime() + DAY);
      for (const s of joiner.sessions) expect(new Date(s.scheduledAt).getTime()).toBeGreaterThan(change.getTime() - DAY);
      expect(former.sessionsSeated.sessionIds.filter((id: string) => joiner.sessionsSeated.sessionIds.includes(id))).toEqual([]);
    });

    it("answers the journalist: Mirela Shehu's attendance, her budget votes and her declarations", async () => {
      const r = await record(byName.get("Mirela Shehu")!, new Date(now - 300 * DAY), new Date(now + DAY));
      expect(r.lateArrivals.count).toBeGreaterThanOrEqual(1);
      expect(r.absent.count).toBeGreaterThanOrEqual(1);
      const budget = r.votes.filter((v: any) => /buxhet/i.test(v.agendaItemTitle));
      expect(budget.length).toBeGreaterThanOrEqual(2);
      expect(budget.some((v: any) => v.choice === "FOR")).toBe(true);
      expect(r.declarations.map((d: any) => d.description).join(" ")).toMatch(/Drejtorinë e Financave/);
      expect(r.votesRecused.count).toBe(1); // the water tariffs, where she declared a financial interest and recused herself
    });

    it("refuses a period that ends before it starts, and an unknown councillor", async () => {
      const id = byName.get("Mirela Shehu")!;
      const bad = await t.gql(RECORD, { id, from: new Date(now).toISOString(), to: new Date(now - DAY).toISOString() });
      expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      const missing = await t.gql(RECORD, { id: "00000000-0000-4000-8000-000000000000" });
      expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      expect((await t.gql(RECORD, { id: "x" })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("the register of attendance", () => {
    it("per session and per councillor, as the record counts them, and the same rows as open data", async () => {
      const r = await t.gql(`{ attendanceRegister { sessions { sessionId seated present excused absent late leftEarly quorumReached }
        councillors { councillor { id fullName } seated present attendanceRatePct } } }`);
      expect(r.errors).toBeUndefined();
      const reg = r.data.attendanceRegister;
      const pairs = await t.sql(`
        SELECT count(*)::int AS n FROM council_session s JOIN body b ON b.id = s.body_id AND b.kind = 'COUNCIL' CROSS JOIN councillor c
        WHERE s.started_at IS NOT NULL AND s.scheduled_at < now()
          AND (((c.term_start IS NULL OR c.term_start <= (s.scheduled_at AT TIME ZONE 'Europe/Tirane')::date)
                AND ((c.term_end IS NULL AND c.active) OR c.term_end >= (s.scheduled_at AT TIME ZONE 'Europe/Tirane')::date))
               OR EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.councillor_id = c.id))`);
      const seatedSum = reg.sessions.reduce((a: number, s: any) => a + s.seated, 0);
      expect(seatedSum).toBe(pairs[0].n);
      expect(reg.councillors.reduce((a: number, c: any) => a + c.seated, 0)).toBe(pairs[0].n);
      for (const s of reg.sessions) expect(s.present + s.excused + s.absent).toBe(s.seated);
      const mirela = reg.councillors.find((c: any) => c.councillor.fullName === "Mirela Shehu");
      const own = await record(mirela.councillor.id, null, new Date());
      expect({ seated: mirela.seated, present: mirela.present }).toEqual({ seated: own.sessionsSeated.count, present: own.present.count });

      const json = await (await fetch(`${t.url}/open-data/attendance.json`)).json();
      expect(json).toHaveLength(pairs[0].n);
      const csv = await fetch(`${t.url}/open-data/attendance.csv`);
      expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
      const lines = (await csv.text()).trim().split("\r\n");
      expect(lines[0]).toBe("sessionId,sessionTitle,sessionDate,councillorId,councillorName,party,finalStatus,present,excused,arrivedAt,late,leftAt,leftEarly");
      expect(lines).toHaveLength(pairs[0].n + 1);
    });
  });

  describe("contact details", () => {
    it("an unpublished e-mail or phone is never in a public answer or in the open data", async () => {
      const hidden = await t.sql("SELECT id, email, phone, email_published, phone_published FROM councillor WHERE NOT email_published OR NOT phone_published");
      const secrets = hidden.flatMap((r) => [...(r.email_published ? [] : [r.email]), ...(r.phone_published ? [] : [r.phone])]).filter(Boolean);
      expect(secrets.length).toBeGreaterThan(20);
      const published = await t.sql("SELECT email FROM councillor WHERE email_published");
      expect(published.length).toBeGreaterThan(3);

      const bodies: string[] = [];
      const q = "{ councillors(includeFormer: true) { id fullName cv contact { email phone } contactDetails { email phone } } }";
      bodies.push(JSON.stringify(await t.gql(q)));
      bodies.push(JSON.stringify(await t.gql(q, {}, await t.login("kd05"))));
      for (const r of hidden.slice(0, 5)) {
        bodies.push(JSON.stringify(await t.gql("query($id: ID!) { councillor(id: $id) { contact { email phone } contactDetails { email } } }", { id: r.id })));
        bodies.push(JSON.stringify(await t.gql(RECORD, { id: r.id })));
      }
      bodies.push(JSON.stringify(await t.gql("{ sessions { attendance { councillor { id fullName party } } } }")));
      for (const f of ["declarations", "votes", "ballots", "speeches", "attendance"]) {
        for (const ext of ["csv", "json"]) bodies.push(await (await fetch(`${t.url}/open-data/${f}.${ext}`)).text());
      }
      bodies.push(await (await fetch(`${t.url}/open-data/popolo.json`)).text());
      const all = bodies.join("\n");
      for (const s of secrets) expect(all.includes(s), s).toBe(false);
      // What was published is shown on the councillor's page.
      expect(all).toContain(published[0].email);
      expect(JSON.parse(bodies[0]).data.councillors.every((c: any) => c.contactDetails === null)).toBe(true);
    });

    it("the secretariat sees and edits every detail; the public and councillors may not edit", async () => {
      const id = byName.get("Teuta Dibra")!;
      const read = await t.gql("query($id: ID!) { councillor(id: $id) { profileVersion contactDetails { email emailPublished phone phonePublished } } }", { id }, sec);
      expect(read.data.councillor.contactDetails.email).toMatch(/@/);
      const SET = "mutation($i: CouncillorProfileInput!) { setCouncillorProfile(input: $i) { id party termStart termEnd cv contact { email phone } profileVersion } }";
      const input = {
        councillorId: id, expectedVersion: read.data.councillor.profileVersion, party: "PD", termStart: "2023-07-01", termEnd: null,
        cv: "Juriste, punon në Elbasan.", email: "teuta.dibra@example.al", emailPublished: true, phone: "+355 69 000 1111", phonePublished: false,
      };
      expect((await t.gql(SET, { i: input })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect((await t.gql(SET, { i: input }, await t.login("kd05"))).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      const ok = await t.gql(SET, { i: input }, sec);
      expect(ok.errors).toBeUndefined();
      expect(ok.data.setCouncillorProfile).toMatchObject({ cv: "Juriste, punon në Elbasan.", contact: { email: "teuta.dibra@example.al", phone: null } });
      expect(ok.data.setCouncillorProfile.profileVersion).toBe(input.expectedVersion + 1);
      const [event] = await t.sql("SELECT actor_role, after FROM audit_event WHERE action = 'setCouncillorProfile' AND subject_id = $1", [id]);
      expect(event).toMatchObject({ actor_role: "SECRETARIAT", after: { emailPublished: true, phonePublished: false } });
      // A stale view, a published contact with no value, an end before the start, a malformed address: refused.
      expect((await t.gql(SET, { i: input }, sec)).errors?.[0].extensions?.code).toBe("CONFLICT");
      const fresh = { ...input, expectedVersion: null };
      for (const bad of [{ email: null, emailPublished: true }, { termEnd: "2020-01-01" }, { email: "not an address" }, { termStart: "2026-02-30" }, { phone: "call me" }]) {
        expect((await t.gql(SET, { i: { ...fresh, ...bad } }, sec)).errors?.[0].extensions?.code, JSON.stringify(bad)).toBe("BAD_USER_INPUT");
      }
      expect((await t.gql(SET, { i: { ...fresh, councillorId: "00000000-0000-4000-8000-000000000000" } }, sec)).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("photos", () => {
    const put = (id: string, body: Uint8Array | string, token?: string, type = "image/jpeg") => fetch(`${t.url}/councillor-photos/${id}`, {
      method: "PUT", body: body as BodyInit, headers: { "content-type": type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });

    it("refuses the public, a councillor and an invalid token", async () => {
      const id = byName.get("Arben Hoxha")!;
      const jpeg = await sharp({ create: { width: 50, height: 50, channels: 3, background: "#888" } }).jpeg().toBuffer();
      const pub = await put(id, jpeg);
      expect(pub.status).toBe(401);
      expect((await pub.json()).error.code).toBe("UNAUTHENTICATED");
      const councillor = await put(id, jpeg, await t.login("kd01"));
      expect(councillor.status).toBe(403);
      expect((await councillor.json()).error.code).toBe("FORBIDDEN");
      expect((await put(id, jpeg, "forged")).status).toBe(401);
      expect((await fetch(`${t.url}/councillor-photos/${id}`, { method: "DELETE" })).status).toBe(401);
      expect((await t.sql("SELECT photo_sha256 FROM councillor WHERE id = $1", [id]))[0].photo_sha256).toBeNull();
    });

    it("refuses a text file named .jpg, an empty file and one over 5 MB, with a clear message", async () => {
      const id = byName.get("Arben Hoxha")!;
      const text = await put(id, "Kjo nuk është fotografi, vetëm tekst me emrin foto.jpg\n", sec);
      expect(text.status).toBe(415);
      expect((await text.json()).error).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(/not a JPEG, PNG or WebP/) });
      const pdf = await put(id, "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n", sec);
      expect(pdf.status).toBe(415);
      const empty = await put(id, new Uint8Array(0), sec);
      expect(empty.status).toBe(400);
      expect((await empty.json()).error.message).toMatch(/empty/);
      const big = new Uint8Array(5 * 1024 * 1024 + 1);
      big.set([0xff, 0xd8, 0xff, 0xe0]);
      const large = await put(id, big, sec);
      expect(large.status).toBe(413);
      expect((await large.json()).error.message).toMatch(/larger than 5 MB/);
      expect((await t.sql("SELECT photo_sha256 FROM councillor WHERE id = $1", [id]))[0].photo_sha256).toBeNull();
    });

    it("stores a PNG as a 400x400 WebP, served with its type, an ETag and caching, audited; the placeholder otherwise", async () => {
      const id = byName.get("Arben Hoxha")!;
      const placeholder = await fetch(`${t.url}/councillor-photos/${id}.webp`);
      expect(placeholder.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
      const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#3366aa" } }).png().toBuffer();
      const res = await put(id, png, sec, "application/octet-stream");
      expect(res.status).toBe(200);
      const { photoUrl } = await res.json();
      expect(photoUrl).toMatch(new RegExp(`^/councillor-photos/${id}\\.webp\\?v=[0-9a-f]{12}$`));
      const served = await fetch(`${t.url}${photoUrl}`);
      expect(served.status).toBe(200);
      expect(served.headers.get("content-type")).toBe("image/webp");
      expect(served.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
      const etag = served.headers.get("etag")!;
      const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: "webp", width: 400, height: 400 });
      const [row] = await t.sql("SELECT photo_sha256, octet_length(photo) AS bytes FROM councillor WHERE id = $1", [id]);
      expect(etag).toBe(`"${row.photo_sha256}"`);
      expect((await fetch(`${t.url}/councillor-photos/${id}.webp`, { headers: { "if-none-match": etag } })).status).toBe(304);
      const q = await t.gql("query($id: ID!) { councillor(id: $id) { photoUrl } }", { id });
      expect(q.data.councillor.photoUrl).toBe(photoUrl);
      const [event] = await t.sql("SELECT actor_role, after FROM audit_event WHERE action = 'setCouncillorPhoto' AND subject_id = $1", [id]);
      expect(event).toMatchObject({ actor_role: "SECRETARIAT", after: { photoSha256: row.photo_sha256, bytes: row.bytes } });

      const removed = await fetch(`${t.url}/councillor-photos/${id}`, { method: "DELETE", headers: { authorization: `Bearer ${await t.login("admin")}` } });
      expect(await removed.json()).toEqual({ photoUrl: null });
      expect((await t.gql("query($id: ID!) { councillor(id: $id) { photoUrl } }", { id })).data.councillor.photoUrl).toBeNull();
      expect((await fetch(`${t.url}/councillor-photos/not-an-id.webp`)).status).toBe(404);
    });
  });
});
