import type { DataSource } from "typeorm";
import { type Queryable, rows } from "../platform/db/rows.js";
import { notFound, isWellFormedId } from "../platform/errors.js";
import type { SpeakingTimes } from "./body.js";
import { COUNCILLOR_COLUMNS, type Councillor, type CouncillorRow, toCouncillor } from "./councillor.js";

/** The municipal council's name as stored (body of kind COUNCIL), or `fallback` before the council exists. */
export async function councilName(ds: DataSource, fallback: string): Promise<string> {
  const rows: { name: string }[] = await ds.query("SELECT name FROM body WHERE kind = 'COUNCIL'");
  return rows[0]?.name ?? fallback;
}

/** Councillors by id (the context's councillor loader and the lists that show sponsors or declarants). */
export async function councillorsById(db: Queryable, ids: readonly string[]): Promise<Map<string, Councillor>> {
  if (ids.length === 0) return new Map();
  const found = await rows<CouncillorRow>(db, `SELECT ${COUNCILLOR_COLUMNS} FROM councillor WHERE id = ANY($1::uuid[])`, [[...ids]]);
  return new Map(found.map((r) => [r.id, toCouncillor(r)]));
}

/** Every councillor, in no particular order. */
export async function allCouncillors(db: Queryable): Promise<Councillor[]> {
  return (await rows<CouncillorRow>(db, `SELECT ${COUNCILLOR_COLUMNS} FROM councillor`)).map(toCouncillor);
}

type SpeakingTimesRow = { id: string; contribution_seconds: number; reply_seconds: number; point_of_order_seconds: number };
const SPEAKING_TIMES_COLUMNS = "id, contribution_seconds, reply_seconds, point_of_order_seconds";
const toSpeakingTimes = (r: SpeakingTimesRow): SpeakingTimes =>
  ({ bodyId: r.id, contribution: r.contribution_seconds, reply: r.reply_seconds, pointOfOrder: r.point_of_order_seconds });

/** A body's default speaking times; the municipal council's when `bodyId` is omitted. `lock` holds the body's row until commit. */
export async function speakingTimesOf(db: Queryable, bodyId?: string | null, lock = false): Promise<SpeakingTimes> {
  if (bodyId && !isWellFormedId(bodyId)) throw notFound("body", bodyId);
  const where = bodyId ? "id = $1" : "kind = 'COUNCIL'";
  const found = await rows<SpeakingTimesRow>(db, `SELECT ${SPEAKING_TIMES_COLUMNS} FROM body WHERE ${where}${lock ? " FOR UPDATE" : ""}`, bodyId ? [bodyId] : []);
  if (found.length === 0) throw notFound("body", bodyId ?? "council");
  return toSpeakingTimes(found[0]);
}
