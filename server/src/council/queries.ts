import type { DataSource } from "typeorm";
import { type Queryable, rows } from "../platform/db/rows.js";
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
