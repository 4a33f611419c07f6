import type { Express } from "express";
import type { DataSource, EntityManager } from "typeorm";
import { readOnlySnapshot } from "../../platform/db/transaction.js";
import type { PublicAddress } from "../../platform/http/public-url.js";
import type { Logger } from "../../platform/logger.js";
import { ATTENDANCE_COLUMNS, attendanceRecords } from "./attendance.js";
import { toCsv } from "./csv.js";
import { DOCUMENT_REQUEST_COLUMNS, documentRequestRecords } from "./document-requests.js";
import { PETITION_COLUMNS, petitionRecords } from "./petitions.js";
import { toPopolo, popoloSource } from "./popolo.js";
import {
  BALLOT_COLUMNS, ballotRecords, DECLARATION_COLUMNS, declarationRecords, SPEECH_COLUMNS, speechRecords, VOTE_COLUMNS, voteRecords, type Value,
} from "./records.js";

type Dataset = { columns: readonly string[]; load: (m: EntityManager) => Promise<Record<string, Value>[]> };

const DATASETS: Record<string, Dataset> = {
  declarations: { columns: DECLARATION_COLUMNS, load: declarationRecords },
  votes: { columns: VOTE_COLUMNS, load: voteRecords },
  ballots: { columns: BALLOT_COLUMNS, load: ballotRecords },
  speeches: { columns: SPEECH_COLUMNS, load: speechRecords },
  attendance: { columns: ATTENDANCE_COLUMNS, load: attendanceRecords },
  petitions: { columns: PETITION_COLUMNS, load: (m) => petitionRecords(m) },
  "document-requests": { columns: DOCUMENT_REQUEST_COLUMNS, load: documentRequestRecords },
};

/**
 * Open data (Elbasan plan OS-2: council decisions in open formats), public, no login:
 *   /open-data/declarations.csv|.json, /open-data/votes.csv|.json, /open-data/ballots.csv|.json, /open-data/speeches.csv|.json
 *   /open-data/attendance.csv|.json (the register of attendance: opendata/attendance.ts)
 *   /open-data/petitions.csv|.json (the register of petitions, public fields only: opendata/petitions.ts)
 *   /open-data/document-requests.csv|.json (requests for public documents, never who asked: opendata/document-requests.ts)
 *   /open-data/popolo.json
 * The JSON files hold the same records as the CSV files, as arrays of objects with
 * the column names as keys. Caches may keep a file for a minute.
 */
export function mountOpenDataRoutes(app: Express, ds: DataSource, log: Logger, address: PublicAddress): void {
  app.get("/open-data/:file", async (req, res) => {
    const file = String(req.params.file);
    const match = /^(declarations|votes|ballots|speeches|attendance|petitions|document-requests)\.(csv|json)$/.exec(file);
    try {
      if (file === "popolo.json") {
        const popolo = await readOnlySnapshot(ds, async (m) => toPopolo(await popoloSource(m), (path) => address.absoluteUrl(path, req)));
        res.set("Access-Control-Allow-Origin", "*"); // public data, readable from any site
      res.set("Cache-Control", "public, max-age=60");
        res.set("Content-Type", "application/json; charset=utf-8");
        res.send(JSON.stringify(popolo));
        return;
      }
      if (!match) {
        res.status(404).type("text/plain; charset=utf-8")
          .send("No such open-data file. Available: declarations, votes, ballots, speeches, attendance, petitions and document-requests as .csv or .json, and popolo.json.\n");
        return;
      }
      const dataset = DATASETS[match[1]];
      const records = await readOnlySnapshot(ds, dataset.load);
      res.set("Cache-Control", "public, max-age=60");
      if (match[2] === "csv") {
        res.set("Content-Type", "text/csv; charset=utf-8; header=present");
        res.set("Content-Disposition", `attachment; filename="${file}"`);
        res.send(toCsv(dataset.columns, records));
      } else {
        res.set("Content-Type", "application/json; charset=utf-8");
        res.send(JSON.stringify(records));
      }
    } catch (err) {
      log.error({ err, file }, "could not produce an open-data file");
      if (!res.headersSent) res.status(500).type("text/plain; charset=utf-8").send("The file could not be produced; try again.\n");
    }
  });
}
