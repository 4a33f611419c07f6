import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xml2js, type Element } from "xml-js";
import { startTestServer, type TestServer } from "../support/server.js";
import { M } from "./fixtures.js";

/**
 * Issue 15, points 5 and 7: the Atom feed (RFC 4287) and the calendar feeds, read as a reader would,
 * with every absolute link from PUBLIC_URL whatever host the request came to.
 *
 * No Atom feed parser is installed; the feed is read with a strict XML parser (xml-js over sax in strict
 * mode: a malformed document throws) and checked against RFC 4287's required elements.
 */
const PUBLIC_URL = "https://kuvend.elbasan.example.al";
const ATOM = "http://www.w3.org/2005/Atom";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const kids = (e: Element, name?: string) => (e.elements ?? []).filter((c) => c.type === "element" && (!name || c.name === name));
const text = (e: Element | undefined) => (e?.elements ?? []).map((c) => c.text ?? c.cdata ?? "").join("");

describe("feeds", () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({ env: { PUBLIC_URL } });
  });
  afterAll(() => t?.stop());

  describe("Atom (RFC 4287)", () => {
    let feed: Element;
    let raw: string;

    beforeAll(async () => {
      const res = await fetch(`${t.url}/feeds/kuvend.atom`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      raw = await res.text();
      const doc = xml2js(raw, { compact: false }) as Element; // strict: throws on malformed XML
      const roots = kids(doc);
      expect(roots).toHaveLength(1);
      feed = roots[0];
    });

    it("is an atom:feed with the required id, title, updated and author (§4.1.1), and a self link", () => {
      expect(feed.name).toBe("feed");
      expect(feed.attributes?.xmlns).toBe(ATOM);
      for (const name of ["id", "title", "updated"]) expect(kids(feed, name), name).toHaveLength(1);
      expect(text(kids(feed, "id")[0])).toBe(`${PUBLIC_URL}/`);
      expect(text(kids(feed, "updated")[0])).toMatch(RFC3339);
      const authors = kids(feed, "author");
      expect(authors.length).toBeGreaterThanOrEqual(1);
      for (const a of authors) expect(text(kids(a, "name")[0])).toBe("Këshilli Bashkiak Elbasan");
      const self = kids(feed, "link").find((l) => l.attributes?.rel === "self");
      expect(self?.attributes?.href).toBe(`${PUBLIC_URL}/feeds/kuvend.atom`);
    });

    it("every entry has one id, title, updated and an alternate link, all from PUBLIC_URL; ids are unique", () => {
      const entries = kids(feed, "entry");
      expect(entries.length).toBeGreaterThan(5);
      const ids = new Set<string>();
      for (const e of entries) {
        for (const name of ["id", "title", "updated"]) expect(kids(e, name), name).toHaveLength(1);
        const id = text(kids(e, "id")[0]);
        expect(id.startsWith(`${PUBLIC_URL}/`), id).toBe(true);
        ids.add(id);
        expect(text(kids(e, "updated")[0])).toMatch(RFC3339);
        const links = kids(e, "link").filter((l) => !l.attributes?.rel || l.attributes.rel === "alternate");
        expect(links.length).toBeGreaterThanOrEqual(1);
        for (const l of links) expect(String(l.attributes?.href).startsWith(`${PUBLIC_URL}/`)).toBe(true);
      }
      expect(ids.size).toBe(entries.length);
      expect(raw).not.toContain("127.0.0.1");
    });

    it("has every decided agenda item (the newest ones) with its outcome, as the database holds them", async () => {
      // Decided = an item whose vote closed; its decision is its last closed vote (the register's definition).
      const decided = await t.sql(`
        SELECT i.id, i.position, i.title, s.id AS session_id, v.outcome, v.closed_at FROM agenda_item i
        JOIN council_session s ON s.id = i.session_id
        JOIN LATERAL (SELECT * FROM vote v WHERE v.agenda_item_id = i.id AND v.status = 'CLOSED' ORDER BY v.closed_at DESC, v.id DESC LIMIT 1) v ON true
        ORDER BY v.closed_at DESC`);
      expect(decided.length).toBeGreaterThan(0);
      const entries = new Map(kids(feed, "entry").map((e) => [text(kids(e, "id")[0]), e]));
      for (const d of decided.slice(0, 20)) {
        const e = entries.get(`${PUBLIC_URL}/seanca/${d.session_id}#vendim-${d.id}`);
        expect(e, d.title).toBeDefined();
        expect(text(kids(e!, "title")[0])).toBe(`Vendim: Pika ${d.position} ${d.title} — ${d.outcome === "PASSED" ? "MIRATUAR" : "RRËZUAR"}`);
        expect(new Date(text(kids(e!, "updated")[0])).getTime()).toBe(Math.floor(new Date(d.closed_at).getTime() / 1000) * 1000);
        expect(kids(e!, "category").map((c) => c.attributes?.term)).toEqual(["vendim"]);
        expect(kids(e!, "link")[0].attributes?.href).toBe(`${PUBLIC_URL}/vendimet/${d.id}`);
      }
    });

    it("keeps the same ids whatever host the request came to", async () => {
      const other = await (await fetch(`${t.url}/feeds/kuvend.atom`, { headers: { host: "elsewhere.example:8080" } })).text();
      const ids = (xml: string) => [...xml.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => m[1]);
      expect(ids(other)).toEqual(ids(raw));
    });
  });

  it("popolo.json's URLs all start with PUBLIC_URL, whatever host the request came to", async () => {
    const text = await (await fetch(`${t.url}/open-data/popolo.json`, { headers: { host: "127.0.0.1:9" } })).text();
    const urls = [...text.matchAll(/"(?:url|source)":"([^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(50);
    for (const u of urls) expect(u.startsWith(`${PUBLIC_URL}/`), u).toBe(true);
    expect(text).not.toContain("127.0.0.1");
  });

  describe("iCalendar (RFC 5545)", () => {
    let sec: string;
    let committee: { id: string; name: string };
    let lateCommittee: string, onTimeCouncil: string;

    beforeAll(async () => {
      sec = await t.login("sekretaria");
      [committee] = await t.sql("SELECT id, name FROM body WHERE kind = 'COMMITTEE' ORDER BY name LIMIT 1");
      // A committee meeting in two days (3-day rule: late notice), and a council session in twenty (on time), with an agenda.
      const create = "mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }";
      const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
      const a = await t.gql(create, { i: { title: "Mbledhja e komisionit për buxhetin", scheduledAt: inDays(2), bodyId: committee.id } }, sec);
      expect(a.errors).toBeUndefined();
      lateCommittee = a.data.createSession.id;
      const b = await t.gql(create, { i: { title: "Mbledhja e Këshillit Bashkiak nr. 12", scheduledAt: inDays(20) } }, sec);
      expect(b.errors).toBeUndefined();
      onTimeCouncil = b.data.createSession.id;
      for (const title of ["Miratimi i buxhetit 2027", "Çerdhet: tarifat; \"rregullorja\", neni 5"]) {
        expect((await t.gql(M.addItem, { i: { sessionId: onTimeCouncil, title } }, sec)).errors).toBeUndefined();
      }
    });

    async function calendar(path: string) {
      const res = await fetch(`${t.url}${path}`, { headers: { host: "127.0.0.1:9" } });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      const body = await res.text();
      expect(body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
      expect(body).toContain("\r\nVERSION:2.0\r\n");
      expect(body).toContain("\r\nPRODID:");
      for (const line of body.split("\r\n")) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75); // folded (§3.1)
      const parsed = ical.sync.parseICS(body);
      return { body, events: Object.values(parsed).filter((c): c is VEvent => (c as { type?: string })?.type === "VEVENT") };
    }

    /** What the database says each calendar must hold: meetings not closed, or of the last 30 days. */
    async function expected(bodyId: string | null) {
      const sessions = await t.sql(`
        SELECT s.*, b.kind, b.name AS body FROM council_session s JOIN body b ON b.id = s.body_id
        WHERE (s.status <> 'CLOSED' OR s.scheduled_at >= now() - interval '30 days')
          AND ${bodyId ? "s.body_id = $1" : "b.kind = 'COUNCIL'"} ORDER BY s.scheduled_at`, bodyId ? [bodyId] : []);
      const items = await t.sql("SELECT session_id, position, title FROM agenda_item ORDER BY position");
      return sessions.map((s) => ({ ...s, items: items.filter((i) => i.session_id === s.id) }));
    }

    function checkAgainst(events: VEvent[], sessions: Awaited<ReturnType<typeof expected>>) {
      expect(events.map((e) => e.uid).sort()).toEqual(sessions.map((s) => `${s.id}@kuvend.elbasan.example.al`).sort());
      for (const s of sessions) {
        const e = events.find((x) => x.uid === `${s.id}@kuvend.elbasan.example.al`)!;
        expect(e.summary).toBe(s.title);
        expect(new Date(e.start).getTime()).toBe(Math.floor(new Date(s.scheduled_at).getTime() / 1000) * 1000);
        const url = e.url as unknown as string | { val: string };
        expect(typeof url === "string" ? url : url.val).toBe(`${PUBLIC_URL}/seanca/${s.id}`);
        expect(Number(e.sequence)).toBe(s.version);
        const description = String(e.description);
        for (const i of s.items) expect(description).toContain(`${i.position}. ${i.title}`);
        expect(description).toContain(`${PUBLIC_URL}/seanca/${s.id}`);
        const late = new Date(s.scheduled_at).getTime() - new Date(s.announced_at).getTime() < (s.kind === "COUNCIL" ? 7 : 3) * 86_400_000;
        expect(description.includes("NJOFTIM I VONUAR"), s.title).toBe(late);
      }
    }

    it("/kalendari.ics holds the council's meetings, each as the database has it, with stable UIDs from PUBLIC_URL", async () => {
      const { events: all, body } = await calendar("/kalendari.ics");
      const sessions = await expected(null);
      expect(sessions.some((s) => s.id === onTimeCouncil)).toBe(true);
      // The council's calendar also lists consultations and public hearings (test/api/consultations.test.ts checks them).
      const events = all.filter((e) => !String(e.uid).startsWith("consultation-"));
      const consultations = await t.sql("SELECT id FROM consultation WHERE held_at >= now() - interval '30 days'");
      expect(all.filter((e) => String(e.uid).startsWith("consultation-")).map((e) => e.uid).sort())
        .toEqual(consultations.map((c) => `consultation-${c.id}@kuvend.elbasan.example.al`).sort());
      checkAgainst(events, sessions);
      expect(body).toMatch(/DTSTART:\d{8}T\d{6}Z/); // UTC
      expect(body).not.toContain("127.0.0.1");
      const agenda = String(events.find((e) => e.uid?.startsWith(onTimeCouncil))!.description);
      expect(agenda).toContain('1. Miratimi i buxhetit 2027\n2. Çerdhet: tarifat; "rregullorja", neni 5');
      expect(agenda).not.toContain("NJOFTIM I VONUAR");
      // The same UIDs on the next read: a subscribed calendar updates its events instead of adding copies.
      expect((await calendar("/kalendari.ics")).events.map((e) => e.uid)).toEqual(all.map((e) => e.uid));
    });

    it("/kalendari/<committee>.ics holds that committee's meetings, with the late-notice mark", async () => {
      const { events } = await calendar(`/kalendari/${committee.id}.ics`);
      checkAgainst(events, await expected(committee.id));
      const late = events.find((e) => e.uid === `${lateCommittee}@kuvend.elbasan.example.al`)!;
      expect(String(late.description)).toMatch(/^NJOFTIM I VONUAR: .* më pak se 3 ditë para mbledhjes\./);
      expect(String(late.description)).toContain(committee.name);
    });

    it("answers 404 for an unknown or malformed body", async () => {
      for (const path of ["/kalendari/00000000-0000-4000-8000-000000000000.ics", "/kalendari/abc.ics", "/kalendari/'%20OR%201=1.ics"]) {
        const res = await fetch(`${t.url}${path}`);
        expect(res.status, path).toBe(404);
      }
    });
  });
});
