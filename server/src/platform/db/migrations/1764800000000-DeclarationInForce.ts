import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * "The declaration in force": a councillor's latest declaration on an agenda
 * item (the latest filed_at, and the larger id when two share a moment). It is
 * what recuses a councillor from the item's votes and what the register, the
 * session snapshot and the open data mark as in force, so it is defined here
 * once and every reader uses the view. One row per (agenda_item_id,
 * councillor_id), with the declaration table's columns.
 * A filter on agenda_item_id or councillor_id is pushed into the view and uses
 * the declaration_item index.
 */
export class DeclarationInForce1764800000000 implements MigrationInterface {
  name = "DeclarationInForce1764800000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW declaration_in_force AS
        SELECT DISTINCT ON (d.agenda_item_id, d.councillor_id) d.*
        FROM declaration d
        ORDER BY d.agenda_item_id, d.councillor_id, d.filed_at DESC, d.id DESC;
      COMMENT ON VIEW declaration_in_force IS 'The declaration in force per (agenda item, councillor): the latest by filed_at, then id.';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP VIEW declaration_in_force");
  }
}
