import type { Express } from "express";
import type { DataSource } from "typeorm";
import { consultationReports } from "../../comments/queries.js";
import { rows } from "../../platform/db/rows.js";
import { readOnlySnapshot } from "../../platform/db/transaction.js";
import type { PublicAddress } from "../../platform/http/public-url.js";
import type { Logger } from "../../platform/logger.js";
import { toCsv } from "./csv.js";
import type { Value } from "./records.js";

/**
 * The consultation reports of draft decisions as open data (issue 16 point 1): /open-data/consultation-reports.csv
 * and .json (every item with a published draft, newest session first) and /open-data/consultation-reports/<item>.csv
 * and .json (one draft). Counts only: never a name, an e-mail, a gender or a flag of one person.
 */
export const CONSULTATION_COLUMNS = [
  "agendaItemId", "title", "sessionId", "sessionTitle", "sessionDate", "draftPublishedAt", "received", "online", "paper", "pending",
  "published", "rejected", "rejectedOffensive", "rejectedPersonalData", "rejectedOffTopic", "rejectedDuplicate", "answered", "accepted",
  "partlyAccepted", "notAccepted", "women", "men", "otherGender", "undisclosed", "womenShare", "vulnerableGroup", "reportPublished",
  "reportPublishedAt", "url",
] as const;
export type ConsultationRecord = Record<(typeof CONSULTATION_COLUMNS)[number], Value>;

type DraftRow = { id: string; title: string; session_id: string; session_title: string; scheduled_at: Date; draft_published_at: Date };

export async function consultationRecords(db: Parameters<typeof rows>[0], itemId: string | null, url: (path: string) => string): Promise<ConsultationRecord[]> {
  const drafts = await rows<DraftRow>(db,
    `SELECT i.id, i.title, s.id AS session_id, s.title AS session_title, s.scheduled_at, i.draft_published_at
       FROM agenda_item i JOIN council_session s ON s.id = i.session_id
      WHERE i.draft_published_at IS NOT NULL AND ($1::uuid IS NULL OR i.id = $1)
      ORDER BY s.scheduled_at DESC, i.position`, [itemId]);
  const reports = await consultationReports(db, drafts.map((d) => d.id));
  return drafts.map((d) => {
    const r = reports.get(d.id)!;
    const reason = (x: string) => r.rejectedByReason.find((c) => c.reason === x)?.count ?? 0;
    const outcome = (x: string) => r.byOutcome.find((c) => c.outcome === x)?.count ?? 0;
    return {
      agendaItemId: d.id, title: d.title, sessionId: d.session_id, sessionTitle: d.session_title, sessionDate: d.scheduled_at.toISOString(),
      draftPublishedAt: d.draft_published_at.toISOString(), received: r.received, online: r.online, paper: r.paper, pending: r.pending,
      published: r.published, rejected: r.rejected, rejectedOffensive: reason("OFFENSIVE"), rejectedPersonalData: reason("PERSONAL_DATA"),
      rejectedOffTopic: reason("OFF_TOPIC"), rejectedDuplicate: reason("DUPLICATE"), answered: r.answered, accepted: outcome("ACCEPTED"),
      partlyAccepted: outcome("PARTLY_ACCEPTED"), notAccepted: outcome("NOT_ACCEPTED"), women: r.women, men: r.men, otherGender: r.otherGender,
      undisclosed: r.undisclosed, womenShare: r.womenShare === null ? null : Math.round(r.womenShare * 1000) / 1000, vulnerableGroup: r.vulnerableGroup,
      reportPublished: r.reportPublished, reportPublishedAt: r.reportPublishedAt?.toISOString() ?? null, url: url(`/projektvendime/${d.id}`),
    };
  });
}

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const ROUTE = new RegExp(`^/open-data/consultation-reports(?:/(${UUID}))?\\.(csv|json)$`);

/** Mounted before /open-data/:file (publishing/opendata/http.ts). */
export function mountConsultationOpenData(app: Express, ds: DataSource, log: Logger, publicAddress: PublicAddress): void {
  app.get(ROUTE, async (req, res) => {
    const match = ROUTE.exec(req.path)!;
    const itemId = match[1]?.toLowerCase() ?? null;
    const format = match[2];
    try {
      const records = await readOnlySnapshot(ds, (m) => consultationRecords(m, itemId, (path) => publicAddress.absoluteUrl(path, req)));
      if (itemId && records.length === 0) {
        res.status(404).type("text/plain; charset=utf-8").send("No published draft decision with this id.\n");
        return;
      }
      res.set("Access-Control-Allow-Origin", "*");
      res.set("Cache-Control", "public, max-age=60");
      if (format === "csv") {
        res.set("Content-Type", "text/csv; charset=utf-8; header=present");
        res.set("Content-Disposition", `attachment; filename="raporti-i-konsultimit${itemId ? `-${itemId.slice(0, 8)}` : ""}.csv"`);
        res.send(toCsv(CONSULTATION_COLUMNS, records));
      } else {
        res.set("Content-Type", "application/json; charset=utf-8");
        res.send(JSON.stringify(itemId ? records[0] : records));
      }
    } catch (err) {
      log.error({ err }, "could not produce the consultation reports");
      if (!res.headersSent) res.status(500).type("text/plain; charset=utf-8").send("The file could not be produced; try again.\n");
    }
  });
}
