import type { Express } from "express";
import { Feed } from "feed";
import type { DataSource } from "typeorm";
import { rows } from "../platform/db/rows.js";
import type { PublicAddress } from "../platform/http/public-url.js";
import type { Logger } from "../platform/logger.js";
import { formatInTirana } from "../platform/tirana-time.js";

/** One entry of the council's Atom feed; `path` and `id` are site paths, made absolute from PUBLIC_URL. */
export type FeedEntry = { id: string; path: string; date: Date; title: string; summary: string; category: string };

/**
 * Where the feed's entries come from: each source reads its newest entries (at most `limit`).
 * The feed below has four; another area adds its own by passing one more source to mountFeedRoutes.
 */
export type FeedSource = (ds: DataSource, limit: number) => Promise<FeedEntry[]>;

const LIMIT = 50;

/** Sessions as they are announced. */
const announcements: FeedSource = async (ds, limit) =>
  (await rows<{ id: string; title: string; scheduled_at: Date; announced_at: Date }>(ds,
    "SELECT id, title, scheduled_at, announced_at FROM council_session ORDER BY announced_at DESC LIMIT $1", [limit]))
    .map((s) => ({
      id: `/seanca/${s.id}#njoftim`, path: `/seanca/${s.id}`, date: s.announced_at, category: "njoftim",
      title: `Njoftim: ${s.title}`, summary: `Mbledhja është planifikuar për ${tirana(s.scheduled_at)}.`,
    }));

/** Minutes as they are published. */
const minutes: FeedSource = async (ds, limit) =>
  (await rows<{ id: string; title: string; published_at: Date }>(ds,
    "SELECT s.id, s.title, m.published_at FROM minutes m JOIN council_session s ON s.id = m.session_id ORDER BY m.published_at DESC LIMIT $1", [limit]))
    .map((m) => ({
      id: `/minutes/${m.id}`, path: `/minutes/${m.id}.pdf`, date: m.published_at, category: "procesverbal",
      title: `Procesverbali: ${m.title}`, summary: `Procesverbali i mbledhjes u publikua më ${tirana(m.published_at)}.`,
    }));

/**
 * Decisions: every decided agenda item [vendim] with its decision (its last closed vote), dated when that
 * vote closed, linked to its page in the register: the register's definition, the view decided_item.
 */
export const DECIDED_ITEMS_SQL = `
  SELECT i.id, i.position, i.title AS item, s.id AS session_id, s.title AS session, b.name AS body,
         d.vote_id, d.closed_at, d.outcome, d.for_count, d.against_count, d.abstain_count
  FROM decided_item d
  JOIN agenda_item i ON i.id = d.agenda_item_id
  JOIN council_session s ON s.id = d.session_id
  JOIN body b ON b.id = s.body_id`;
export type DecidedItemRow = {
  id: string; position: number; item: string; session_id: string; session: string; body: string;
  vote_id: string; closed_at: Date; outcome: string; for_count: number; against_count: number; abstain_count: number;
};
export const outcomeWord = (outcome: string) => (outcome === "PASSED" ? "MIRATUAR" : "RRËZUAR");

const decisions: FeedSource = async (ds, limit) =>
  (await rows<DecidedItemRow>(ds, `${DECIDED_ITEMS_SQL} ORDER BY d.closed_at DESC, i.id LIMIT $1`, [limit]))
    .map((d) => ({
      id: `/seanca/${d.session_id}#vendim-${d.id}`, path: `/vendimet/${d.id}`, date: d.closed_at, category: "vendim",
      title: `Vendim: Pika ${d.position} ${d.item} — ${outcomeWord(d.outcome)}`,
      summary: `${d.body}, ${d.session}. Për ${d.for_count}, kundër ${d.against_count}, abstenim ${d.abstain_count}.`,
    }));

/** Meeting packages [paketa e mbledhjes]: each document version the secretariat attaches to a session (migration MeetingPackages). */
const packages: FeedSource = async (ds, limit) =>
  (await rows<{ document_id: string; version: number; title: string; uploaded_at: Date; session_id: string; session: string }>(ds, `
      SELECT d.id AS document_id, dv.version, d.title, dv.uploaded_at, s.id AS session_id, s.title AS session
      FROM meeting_document_version dv JOIN meeting_document d ON d.id = dv.document_id JOIN council_session s ON s.id = d.session_id
      WHERE d.withdrawn_at IS NULL ORDER BY dv.uploaded_at DESC LIMIT $1`, [limit]))
    .map((p) => ({
      id: `/seanca/${p.session_id}#dokument-${p.document_id}-${p.version}`, path: `/seanca/${p.session_id}`, date: p.uploaded_at, category: "paketa",
      title: `Paketa e mbledhjes: ${p.title}${p.version > 1 ? ` (versioni ${p.version})` : ""}`,
      summary: `Dokument për mbledhjen "${p.session}", i publikuar më ${tirana(p.uploaded_at)}.`,
    }));

export const FEED_SOURCES: readonly FeedSource[] = [announcements, minutes, decisions, packages];

/**
 * The council's Atom feed (RFC 4287) at /feeds/kuvend.atom: sessions as they are announced, minutes
 * as they are published, decisions as they are taken, and the documents of meeting packages; the newest
 * 100. Every id and link is absolute from PUBLIC_URL (so a reader sees the same ids through any host or
 * proxy); the feed's author (§4.1.1) is the council.
 */
export function mountFeedRoutes(app: Express, ds: DataSource, log: Logger, address: PublicAddress, councilName: () => Promise<string>, sources: readonly FeedSource[] = FEED_SOURCES): void {
  app.get("/feeds/kuvend.atom", async (req, res) => {
    try {
      const url = (path: string) => address.absoluteUrl(path, req);
      const entries = (await Promise.all(sources.map((s) => s(ds, LIMIT)))).flat()
        .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.id < b.id ? -1 : 1)).slice(0, 100);
      const name = await councilName();
      const author = { name, link: url("/") };
      const feed = new Feed({
        title: `${name} — Kuvend`, id: url("/"), link: url("/"), language: "sq",
        description: "Mbledhjet, procesverbalet, vendimet dhe paketat e mbledhjeve të këshillit", copyright: "Të dhëna publike",
        updated: entries[0]?.date ?? new Date(0), feedLinks: { atom: url("/feeds/kuvend.atom") }, author,
      });
      for (const e of entries) {
        feed.addItem({ id: url(e.id), link: url(e.path), date: e.date, title: e.title, description: e.summary, category: [{ term: e.category }] });
      }
      res.type("application/atom+xml; charset=utf-8").set("Cache-Control", "public, max-age=60").send(feed.atom1());
    } catch (err) {
      log.error({ err }, "atom feed failed");
      res.status(500).type("text/plain").send("The feed is unavailable; try again shortly.");
    }
  });
}

const tirana = (d: Date) => formatInTirana(d, "sq-AL", { dateStyle: "long", timeStyle: "short" });
