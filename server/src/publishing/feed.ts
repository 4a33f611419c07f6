import type { Express } from "express";
import { Feed } from "feed";
import type { DataSource } from "typeorm";
import type { PublicAddress } from "../platform/http/public-url.js";
import type { Logger } from "../platform/logger.js";
import { formatInTirana } from "../platform/tirana-time.js";

/**
 * An Atom feed of what the council publishes: sessions as they are announced,
 * minutes as they are published, and decisions as votes close.
 */
export function mountFeedRoutes(app: Express, ds: DataSource, log: Logger, address: PublicAddress, councilName: () => Promise<string>): void {
  app.get("/feeds/kuvend.atom", async (req, res) => {
    try {
      const base = address.base(req);
      const [sessions, minutes, decisions] = await Promise.all([
        ds.query("SELECT id, title, scheduled_at, announced_at FROM council_session ORDER BY announced_at DESC LIMIT 50"),
        ds.query("SELECT s.id, s.title, m.published_at FROM minutes m JOIN council_session s ON s.id = m.session_id ORDER BY m.published_at DESC LIMIT 50"),
        ds.query(`SELECT v.id, v.closed_at, v.outcome, v.for_count, v.against_count, v.abstain_count, i.position, i.title AS item, s.id AS session_id, s.title AS session
                  FROM vote v JOIN agenda_item i ON i.id = v.agenda_item_id JOIN council_session s ON s.id = v.session_id
                  WHERE v.status = 'CLOSED' ORDER BY v.closed_at DESC LIMIT 50`),
      ]);
      const entries = [
        ...sessions.map((s: { id: string; title: string; scheduled_at: Date; announced_at: Date }) => ({
          id: `${base}/seanca/${s.id}#njoftim`, link: `${base}/seanca/${s.id}`, date: s.announced_at as Date,
          title: `Njoftim: ${s.title}`, description: `Mbledhja është planifikuar për ${tirana(s.scheduled_at)}.`,
        })),
        ...minutes.map((m: { id: string; title: string; published_at: Date }) => ({
          id: `${base}/minutes/${m.id}`, link: `${base}/minutes/${m.id}.pdf`, date: m.published_at as Date,
          title: `Procesverbali: ${m.title}`, description: `Procesverbali i mbledhjes u publikua më ${tirana(m.published_at)}.`,
        })),
        ...decisions.map((d: { id: string; closed_at: Date; outcome: string; for_count: number; against_count: number; abstain_count: number; position: number; item: string; session_id: string; session: string }) => ({
          id: `${base}/seanca/${d.session_id}#votim-${d.id}`, link: `${base}/seanca/${d.session_id}`, date: d.closed_at as Date,
          title: `Vendim: Pika ${d.position} ${d.item} — ${d.outcome === "PASSED" ? "MIRATUAR" : "RRËZUAR"}`,
          description: `${d.session}. Për ${d.for_count}, kundër ${d.against_count}, abstenim ${d.abstain_count}.`,
        })),
      ].sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, 100);
      const feed = new Feed({
        title: `${await councilName()} — Kuvend`, id: `${base}/`, link: `${base}/`, language: "sq",
        description: "Mbledhjet, procesverbalet dhe vendimet e këshillit", copyright: "Të dhëna publike",
        updated: entries[0]?.date ?? new Date(0), feedLinks: { atom: `${base}/feeds/kuvend.atom` },
      });
      for (const e of entries) feed.addItem({ id: e.id, link: e.link, date: e.date, title: e.title, description: e.description });
      res.type("application/atom+xml; charset=utf-8").set("Cache-Control", "public, max-age=60").send(feed.atom1());
    } catch (err) {
      log.error({ err }, "atom feed failed");
      res.status(500).type("text/plain").send("The feed is unavailable; try again shortly.");
    }
  });
}

const tirana = (d: Date) => formatInTirana(d, "sq-AL", { dateStyle: "long", timeStyle: "short" });
