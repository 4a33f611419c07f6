import pg from "pg";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listDeclarations } from "../../server/src/declarations/declaration-list.js";
import { createDataSource } from "../../server/src/platform/db/data-source.js";
import { declarationRecords } from "../../server/src/publishing/opendata/records.js";
import { loadSessionSnapshot } from "../../server/src/sessions/snapshot.js";
import { freshDatabase } from "../support/server.js";

/**
 * "The declaration in force" has one definition, the view declaration_in_force
 * (migration 1764800000000): per (agenda item, councillor) the latest by
 * filed_at, and the larger id when two share a moment. The readers that mark
 * declarations in force answer what they answered before the view.
 */
describe("the declaration in force", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let c: pg.Client;
  let ds: DataSource;
  let sessionId: string;
  let itemId: string;
  const councillors: string[] = [];
  const declared: Record<string, string> = {};

  // The definition the readers used before the view (declaration-list.ts's NOT EXISTS), as the reference.
  const FORMER_IN_FORCE = `SELECT d.id, NOT EXISTS (SELECT 1 FROM declaration later
      WHERE later.agenda_item_id = d.agenda_item_id AND later.councillor_id = d.councillor_id
        AND (later.filed_at, later.id) > (d.filed_at, d.id)) AS in_force FROM declaration d`;

  beforeAll(async () => {
    db = await freshDatabase();
    c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const q = async (text: string, params: unknown[] = []) => (await c.query(text, params)).rows;
    const [council] = await q("SELECT id FROM body WHERE kind = 'COUNCIL'");
    const [user] = await q("SELECT id FROM app_user WHERE username = 'sekretaria'");
    councillors.push(...(await q("SELECT id FROM councillor ORDER BY full_name LIMIT 3")).map((r) => r.id));
    [{ id: sessionId }] = await q("INSERT INTO council_session (body_id, title, scheduled_at, seats) VALUES ($1, 'Në fuqi', now() + interval '10 days', 51) RETURNING id", [council.id]);
    [{ id: itemId }] = await q("INSERT INTO agenda_item (session_id, position, title) VALUES ($1, 1, 'Pikë') RETURNING id", [sessionId]);
    const file = async (key: string, councillor: string, recused: boolean, filedAt: string, id?: string) => {
      const [r] = await q(
        `INSERT INTO declaration (id, agenda_item_id, councillor_id, interest_type, description, recused, filed_at, filed_by, filed_on_behalf)
         VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, 'FAMILY', $4, $5, $6, $7, false) RETURNING id`,
        [id ?? null, itemId, councillor, key, recused, filedAt, user.id]);
      declared[key] = r.id;
    };
    // First councillor: recused, then a later correction that does not recuse.
    await file("a-first", councillors[0], true, "2026-11-01T08:00:00Z");
    await file("a-later", councillors[0], false, "2026-11-02T08:00:00Z");
    // Second councillor: two declarations at the same moment; the larger id is in force.
    await file("b-small-id", councillors[1], false, "2026-11-03T08:00:00Z", "00000000-0000-4000-8000-000000000001");
    await file("b-large-id", councillors[1], true, "2026-11-03T08:00:00Z", "ffffffff-ffff-4fff-bfff-ffffffffffff");
    // Third councillor: one declaration.
    await file("c-only", councillors[2], true, "2026-11-04T08:00:00Z");
    ds = createDataSource(db.url, { poolSize: 2 });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await c?.end();
    await db?.drop();
  });

  it("is exactly the latest declaration per (item, councillor), ties broken by the larger id", async () => {
    const rows = (await c.query("SELECT id, councillor_id, recused FROM declaration_in_force WHERE agenda_item_id = $1 ORDER BY councillor_id", [itemId])).rows;
    expect(rows.map((r) => r.id).sort()).toEqual([declared["a-later"], declared["b-large-id"], declared["c-only"]].sort());
    const [pairs] = (await c.query(
      "SELECT count(*)::int AS rows, count(DISTINCT (agenda_item_id, councillor_id))::int AS pairs FROM declaration_in_force")).rows;
    expect(pairs.rows).toBe(pairs.pairs);
    // Over the whole table (the demo's declarations included) it agrees with the former definition.
    const former = (await c.query(`${FORMER_IN_FORCE} ORDER BY d.id`)).rows;
    const view = new Set((await c.query("SELECT id FROM declaration_in_force")).rows.map((r) => r.id));
    expect(former.map((r) => [r.id, view.has(r.id)])).toEqual(former.map((r) => [r.id, r.in_force]));
    // It has the declaration table's columns.
    const columns = async (rel: string) => (await c.query(
      "SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position", [rel])).rows.map((r) => r.column_name);
    expect(await columns("declaration_in_force")).toEqual(await columns("declaration"));
  });

  it("the session snapshot, the register and the open data mark in force what the former definition did", async () => {
    const former = new Map((await c.query(FORMER_IN_FORCE)).rows.map((r) => [r.id as string, r.in_force as boolean]));
    const snapshot = await loadSessionSnapshot(ds, sessionId);
    const item = snapshot?.detail?.agenda[0];
    expect(item?.declarations.map((d) => [d.id, d.inForce])).toEqual(item?.declarations.map((d) => [d.id, former.get(d.id)]));
    expect(item?.declarations.filter((d) => d.inForce).map((d) => d.id).sort()).toEqual([declared["a-later"], declared["b-large-id"], declared["c-only"]].sort());
    const page = await listDeclarations(ds, { sessionId }, { offset: 0, limit: 100 });
    expect(page.items.map((d) => [d.id, d.inForce])).toEqual(page.items.map((d) => [d.id, former.get(d.id)]));
    expect(page.total).toBe(5);
    const records = await declarationRecords(ds);
    expect(records.map((r) => [r.id, r.inForce])).toEqual(records.map((r) => [r.id, former.get(r.id as string)]));
  });

  it("is readable by the app role, which cannot write through it", async () => {
    const app = new pg.Client({ connectionString: db.appUrl });
    await app.connect();
    try {
      expect((await app.query("SELECT count(*)::int AS n FROM declaration_in_force WHERE agenda_item_id = $1", [itemId])).rows[0].n).toBe(3);
      const [rights] = (await app.query(`SELECT has_table_privilege('declaration_in_force', 'SELECT') AS select,
        has_table_privilege('declaration_in_force', 'INSERT') AS insert, has_table_privilege('declaration_in_force', 'UPDATE') AS update,
        has_table_privilege('declaration_in_force', 'DELETE') AS delete`)).rows;
      expect(rights).toEqual({ select: true, insert: false, update: false, delete: false });
      await expect(app.query("DELETE FROM declaration_in_force")).rejects.toThrow(/cannot delete from view|permission denied/);
    } finally {
      await app.end();
    }
  });
});
