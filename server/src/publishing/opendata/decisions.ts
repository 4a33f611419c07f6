import type { Express, Request } from "express";
import type { DataSource } from "typeorm";
import { filterSchema } from "../../decisions/inputs.js";
import { type DecisionFilterValues, type DecisionRow, listDecisionRows } from "../../decisions/queries.js";
import type { PublicAddress } from "../../platform/http/public-url.js";
import { readOnlySnapshot } from "../../platform/db/transaction.js";
import type { Logger } from "../../platform/logger.js";
import { toCsv } from "./csv.js";
import type { Value } from "./records.js";

/**
 * The register of decisions as open data: /open-data/decisions.csv and .json, every decided agenda item with its
 * number, body, vote and legality review, filtered like the page /vendimet and with the same address words:
 * ?viti=2026&organi=<body id>&rezultati=PASSED|FAILED&lloji=<kind>&q=<words> (or year, bodyId, outcome, kind, text).
 * The same query as the GraphQL register (decisions/queries.ts), in the same order (newest first).
 */
export const DECISION_COLUMNS = [
  "id", "number", "year", "date", "bodyId", "bodyName", "sessionId", "sessionTitle", "position", "title", "kind", "outcome",
  "majority", "for", "against", "abstain", "recused", "notVoted", "reviewStatus", "reviewAuthority", "reviewOn", "reviewNote", "voteId", "url",
] as const;
export type DecisionRecord = Record<(typeof DECISION_COLUMNS)[number], Value>;

/** The address words of the register's filters (the page and the files share them). */
const WORDS: Record<keyof DecisionFilterValues, readonly string[]> = {
  year: ["viti", "year"], bodyId: ["organi", "bodyId"], outcome: ["rezultati", "outcome"], kind: ["lloji", "kind"], text: ["q", "text"],
};

function filterOf(req: Request): DecisionFilterValues | string {
  const raw: Record<string, unknown> = {};
  for (const [key, words] of Object.entries(WORDS)) {
    const word = words.find((w) => typeof req.query[w] === "string" && req.query[w] !== "");
    if (!word) continue;
    const value = req.query[word] as string;
    raw[key] = key === "year" ? (/^\d{4}$/.test(value) ? Number(value) : value) : value;
  }
  const parsed = filterSchema.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  return parsed.data;
}

function toRecord(r: DecisionRow, url: (path: string) => string): DecisionRecord {
  return {
    id: r.agenda_item_id, number: r.number, year: r.year, date: r.decided_on, bodyId: r.body_id, bodyName: r.body_name,
    sessionId: r.session_id, sessionTitle: r.session_title, position: r.position, title: r.title, kind: r.kind, outcome: r.outcome,
    majority: r.majority, for: r.for_count, against: r.against_count, abstain: r.abstain_count, recused: r.recused_count,
    notVoted: r.not_voted_count, reviewStatus: r.review_status ?? "NOT_SENT", reviewAuthority: r.review_authority, reviewOn: r.review_on,
    reviewNote: r.review_note, voteId: r.vote_id, url: url(`/vendimet/${r.agenda_item_id}`),
  };
}

/** Mounted before the other open-data files (publishing/opendata/http.ts). */
export function mountDecisionOpenData(app: Express, ds: DataSource, log: Logger, publicAddress: PublicAddress): void {
  app.get(/^\/open-data\/decisions\.(csv|json)$/, async (req, res) => {
    const format = req.path.endsWith(".csv") ? "csv" : "json";
    const filter = filterOf(req);
    if (typeof filter === "string") {
      res.status(400).type("text/plain; charset=utf-8").send(`Invalid filter: ${filter}\n`);
      return;
    }
    try {
      const { rows } = await readOnlySnapshot(ds, (m) => listDecisionRows(m, filter, null));
      const records = rows.map((r) => toRecord(r, (path) => publicAddress.absoluteUrl(path, req)));
      res.set("Access-Control-Allow-Origin", "*"); // public data, readable from any site
      res.set("Cache-Control", "public, max-age=60");
      if (format === "csv") {
        res.set("Content-Type", "text/csv; charset=utf-8; header=present");
        const suffix = filter.year ? `-${filter.year}` : "";
        res.set("Content-Disposition", `attachment; filename="vendimet${suffix}.csv"`);
        res.send(toCsv(DECISION_COLUMNS, records));
      } else {
        res.set("Content-Type", "application/json; charset=utf-8");
        res.send(JSON.stringify(records));
      }
    } catch (err) {
      log.error({ err }, "could not produce the register of decisions");
      if (!res.headersSent) res.status(500).type("text/plain; charset=utf-8").send("The file could not be produced; try again.\n");
    }
  });
}
