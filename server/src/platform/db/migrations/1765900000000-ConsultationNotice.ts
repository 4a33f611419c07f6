import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Consultations and public meetings are announced (issue 16 point 4; Kaçanik plan: at least two weeks ahead).
 * - `status`: ANNOUNCED (told to the public, not yet held or its attendance not yet recorded; all counts 0) or
 *   HELD (participants by gender recorded). Rows recorded before this migration were held: HELD.
 * - `announced_at` becomes required. Rows without one get their `held_at`: nothing shows when the public was
 *   told, so the record cannot claim a notice and the consultation is marked late (docs/decisions.md,
 *   "Consultations' notice and the participation scorecard").
 * - `place` (required once announced through announceConsultation; rows recorded before have none),
 *   `agenda_item_id` (the draft decision or item it consults on), `version` for the command pipeline.
 */
export class ConsultationNotice1765900000000 implements MigrationInterface {
  name = "ConsultationNotice1765900000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE consultation SET announced_at = held_at WHERE announced_at IS NULL OR announced_at > held_at;
      ALTER TABLE consultation
        ALTER COLUMN announced_at SET NOT NULL,
        ADD COLUMN status text NOT NULL DEFAULT 'HELD',
        ADD COLUMN place text,
        ADD COLUMN agenda_item_id uuid,
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD CONSTRAINT consultation_status_check CHECK (status IN ('ANNOUNCED', 'HELD')),
        ADD CONSTRAINT consultation_place_check CHECK (place IS NULL OR length(btrim(place)) BETWEEN 1 AND 300),
        ADD CONSTRAINT consultation_announced_before_held CHECK (announced_at <= held_at),
        ADD CONSTRAINT consultation_announced_has_place CHECK (status = 'HELD' OR place IS NOT NULL),
        ADD CONSTRAINT consultation_announced_no_counts
          CHECK (status = 'HELD' OR (women = 0 AND men = 0 AND other_or_undisclosed = 0 AND vulnerable_groups = 0)),
        ADD CONSTRAINT consultation_agenda_item_id_fkey FOREIGN KEY (agenda_item_id) REFERENCES agenda_item(id);
      CREATE INDEX consultation_agenda_item ON consultation (agenda_item_id) WHERE agenda_item_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX consultation_agenda_item;
      ALTER TABLE consultation
        DROP CONSTRAINT consultation_agenda_item_id_fkey,
        DROP CONSTRAINT consultation_announced_no_counts,
        DROP CONSTRAINT consultation_announced_has_place,
        DROP CONSTRAINT consultation_announced_before_held,
        DROP CONSTRAINT consultation_place_check,
        DROP CONSTRAINT consultation_status_check,
        DROP COLUMN version, DROP COLUMN agenda_item_id, DROP COLUMN place, DROP COLUMN status,
        ALTER COLUMN announced_at DROP NOT NULL;
    `);
  }
}
