import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xml2js, type Element } from "xml-js";
import { startTestServer, type TestServer } from "../support/server.js";

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
      const decided = await t.sql(`
        SELECT i.id, i.position, i.title, s.id AS session_id, v.outcome, v.closed_at FROM agenda_item i
        JOIN council_session s ON s.id = i.session_id
        JOIN LATERAL (SELECT * FROM vote v WHERE v.agenda_item_id = i.id AND v.status = 'CLOSED' ORDER BY v.closed_at DESC LIMIT 1) v ON true
        WHERE i.status = 'DECIDED'`);
      expect(decided.length).toBeGreaterThan(0);
      const entries = new Map(kids(feed, "entry").map((e) => [text(kids(e, "id")[0]), e]));
      for (const d of decided.slice(0, 20)) {
        const e = entries.get(`${PUBLIC_URL}/seanca/${d.session_id}#vendim-${d.id}`);
        expect(e, d.title).toBeDefined();
        expect(text(kids(e!, "title")[0])).toBe(`Vendim: Pika ${d.position} ${d.title} — ${d.outcome === "PASSED" ? "MIRATUAR" : "RRËZUAR"}`);
        expect(new Date(text(kids(e!, "updated")[0])).getTime()).toBe(Math.floor(new Date(d.closed_at).getTime() / 1000) * 1000);
        expect(kids(e!, "category").map((c) => c.attributes?.term)).toEqual(["vendim"]);
      }
    });

    it("keeps the same ids whatever host the request came to", async () => {
      const other = await (await fetch(`${t.url}/feeds/kuvend.atom`, { headers: { host: "elsewhere.example:8080" } })).text();
      const ids = (xml: string) => [...xml.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => m[1]);
      expect(ids(other)).toEqual(ids(raw));
    });
  });
});
