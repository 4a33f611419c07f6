import type { Express, Response } from "express";
import type { DataSource } from "typeorm";
import { isWellFormedId } from "../platform/errors.js";
import type { Logger } from "../platform/logger.js";
import { canonicalJson, type MinutesDocument, sha256Hex } from "./document.js";
import { renderMinutesPdf } from "./pdf.js";
import { slugOf, tiranaDate } from "../platform/tirana-time.js";
import { hasPackage, sessionPackageUrl } from "../packages/queries.js";

type StoredMinutes = { document: MinutesDocument; sha256: string; title: string; scheduled_at: Date };

/**
 * The published minutes as files, for everyone (no login):
 *   GET /minutes/<sessionId>.json  the stored document, byte for byte what its SHA-256 was computed on
 *   GET /minutes/<sessionId>.pdf   the same document printed (rendered on request from the stored JSON)
 * An unknown, unpublished or malformed id is a plain 404.
 */
export function mountMinutesRoutes(app: Express, ds: DataSource, log: Logger): void {
  app.get("/minutes/:file", async (req, res) => {
    const match = /^(.+)\.(json|pdf)$/.exec(String(req.params.file));
    const sessionId = match?.[1];
    if (!match || !isWellFormedId(sessionId)) return notFound(res);
    try {
      const [row]: StoredMinutes[] = await ds.query(
        `SELECT m.document, m.sha256, s.title, s.scheduled_at
         FROM minutes m JOIN council_session s ON s.id = m.session_id WHERE m.session_id = $1`, [sessionId]);
      if (!row) return notFound(res);
      const text = canonicalJson(row.document);
      if (sha256Hex(text) !== row.sha256) {
        // The stored document no longer matches the hash published with it: never serve it as genuine.
        log.error({ sessionId, sha256: row.sha256 }, "published minutes do not match their SHA-256");
        res.status(500).type("text/plain; charset=utf-8").send("These minutes fail their integrity check and are withheld; the secretariat has been alerted.\n");
        return;
      }
      const filename = `procesverbal-${tiranaDate(row.scheduled_at)}-${slugOf(row.title)}`;
      res.set("Access-Control-Allow-Origin", "*"); // public data, readable from any site
      res.set("Cache-Control", "public, max-age=300");
      res.set("ETag", `"${row.sha256}"`);
      if (match[2] === "json") {
        res.set("Content-Type", "application/json; charset=utf-8");
        res.set("Content-Disposition", `attachment; filename="${filename}.json"`);
        res.send(text);
      } else {
        // The minutes link the session's meeting package (its documents), when it has any.
        const packageUrl = (await hasPackage(ds, sessionId)) ? `${req.protocol}://${req.get("host")}${sessionPackageUrl(sessionId)}` : null;
        const pdf = await renderMinutesPdf(row.document, row.sha256, { packageUrl });
        res.set("Content-Type", "application/pdf");
        res.set("Content-Disposition", `inline; filename="${filename}.pdf"`);
        res.send(pdf);
      }
    } catch (err) {
      log.error({ err, sessionId }, "could not serve published minutes");
      if (!res.headersSent) res.status(500).type("text/plain; charset=utf-8").send("The minutes could not be served; try again.\n");
    }
  });
}

function notFound(res: Response): void {
  res.status(404).type("text/plain; charset=utf-8").send("No published minutes here: the session is unknown or its minutes are not published yet.\n");
}
