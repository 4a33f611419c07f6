import type { DataSource } from "typeorm";

/** The municipal council's name as stored (body of kind COUNCIL), or `fallback` before the council exists. */
export async function councilName(ds: DataSource, fallback: string): Promise<string> {
  const rows: { name: string }[] = await ds.query("SELECT name FROM body WHERE kind = 'COUNCIL'");
  return rows[0]?.name ?? fallback;
}
