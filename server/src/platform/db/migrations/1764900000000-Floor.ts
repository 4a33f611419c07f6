import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The floor [fjala]: the speakers list of each agenda item, the default speaking
 * time per kind of speech (per body: the council and each committee), and the
 * session's live stream address. The database holds the list's invariants: at most
 * one speech in progress per session, one waiting request per (item, councillor),
 * and timestamps that agree with the status.
 */
export class Floor1764900000000 implements MigrationInterface {
  name = "Floor1764900000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE body
        ADD COLUMN contribution_seconds int NOT NULL DEFAULT 300 CHECK (contribution_seconds BETWEEN 10 AND 3600),
        ADD COLUMN reply_seconds int NOT NULL DEFAULT 120 CHECK (reply_seconds BETWEEN 10 AND 3600),
        ADD COLUMN point_of_order_seconds int NOT NULL DEFAULT 60 CHECK (point_of_order_seconds BETWEEN 10 AND 3600);

      ALTER TABLE council_session
        ADD COLUMN stream_url text CHECK (stream_url IS NULL OR (stream_url LIKE 'https://%' AND length(stream_url) <= 500));

      CREATE TABLE speaker (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL,
        agenda_item_id uuid NOT NULL,
        councillor_id uuid NOT NULL REFERENCES councillor(id),
        kind text NOT NULL CHECK (kind IN ('CONTRIBUTION','REPLY','POINT_OF_ORDER')),
        status text NOT NULL DEFAULT 'WAITING' CHECK (status IN ('WAITING','SPEAKING','DONE','WITHDRAWN')),
        requested_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        requested_by uuid NOT NULL REFERENCES app_user(id),
        started_at timestamptz,
        ended_at timestamptz,
        allotted_seconds int NOT NULL CHECK (allotted_seconds BETWEEN 10 AND 7200),
        FOREIGN KEY (session_id, agenda_item_id) REFERENCES agenda_item(session_id, id),
        CONSTRAINT speaker_times_check CHECK (
          (status = 'WAITING' AND started_at IS NULL AND ended_at IS NULL)
          OR (status = 'SPEAKING' AND started_at IS NOT NULL AND ended_at IS NULL)
          OR (status = 'DONE' AND started_at IS NOT NULL AND ended_at IS NOT NULL AND ended_at >= started_at)
          OR (status = 'WITHDRAWN' AND started_at IS NULL AND ended_at IS NOT NULL))
      );
      CREATE UNIQUE INDEX speaker_one_speaking_per_session ON speaker (session_id) WHERE status = 'SPEAKING';
      CREATE UNIQUE INDEX speaker_one_waiting_per_councillor ON speaker (agenda_item_id, councillor_id) WHERE status = 'WAITING';
      CREATE INDEX speaker_session ON speaker (session_id, requested_at);
      CREATE INDEX speaker_councillor ON speaker (councillor_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE speaker;
      ALTER TABLE council_session DROP COLUMN stream_url;
      ALTER TABLE body DROP COLUMN contribution_seconds, DROP COLUMN reply_seconds, DROP COLUMN point_of_order_seconds;
    `);
  }
}
