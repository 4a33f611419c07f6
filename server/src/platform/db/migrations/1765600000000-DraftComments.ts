import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Comments on draft decisions [komente për projektvendimin] (issue 16 point 1; server/src/comments).
 * - `draft_comment`: one comment on an agenda item's published draft, online or recorded from paper by the
 *   secretariat. The person's details (name, e-mail, gender, vulnerable-group flag) are personal data: only the
 *   secretariat sees them, the public sees the name of a published comment only, and the retention task blanks
 *   them all (`personal_data_erased_at`). Moderation: PENDING → PUBLISHED or REJECTED (with a reason from the
 *   short list); the answer (outcome and reason) only on a published comment. The checks hold the lifecycle.
 * - `consultation_report`: when the secretariat published an item's consultation report (once, final), with its
 *   figures as published (they stay as published when the retention task later blanks the genders).
 */
export class DraftComments1765600000000 implements MigrationInterface {
  name = "DraftComments1765600000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE draft_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL REFERENCES agenda_item(id),
        author_name text NOT NULL CHECK (length(btrim(author_name)) BETWEEN 1 AND 200),
        email text CHECK (email IS NULL OR length(email) <= 254),
        gender text CHECK (gender IN ('FEMALE','MALE','OTHER','UNDISCLOSED')),
        vulnerable_group boolean,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        channel text NOT NULL CHECK (channel IN ('ONLINE','PAPER')),
        received_at timestamptz NOT NULL,
        recorded_by uuid REFERENCES app_user(id),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','PUBLISHED','REJECTED')),
        reject_reason text CHECK (reject_reason IN ('OFFENSIVE','PERSONAL_DATA','OFF_TOPIC','DUPLICATE')),
        moderated_at timestamptz,
        moderated_by uuid REFERENCES app_user(id),
        outcome text CHECK (outcome IN ('ACCEPTED','PARTLY_ACCEPTED','NOT_ACCEPTED')),
        answer text CHECK (answer IS NULL OR length(answer) BETWEEN 1 AND 4000),
        answered_at timestamptz,
        answered_by uuid REFERENCES app_user(id),
        personal_data_erased_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT draft_comment_moderated CHECK ((status = 'PENDING') = (moderated_at IS NULL)),
        CONSTRAINT draft_comment_rejected_with_reason CHECK ((status = 'REJECTED') = (reject_reason IS NOT NULL)),
        CONSTRAINT draft_comment_answer_whole CHECK ((outcome IS NULL) = (answer IS NULL) AND (outcome IS NULL) = (answered_at IS NULL)),
        CONSTRAINT draft_comment_answer_published CHECK (outcome IS NULL OR status = 'PUBLISHED'),
        CONSTRAINT draft_comment_paper_recorded CHECK (channel = 'ONLINE' OR recorded_by IS NOT NULL)
      );
      CREATE INDEX draft_comment_item ON draft_comment (agenda_item_id, received_at);
      CREATE INDEX draft_comment_pending ON draft_comment (received_at) WHERE status = 'PENDING';
      CREATE TABLE consultation_report (
        agenda_item_id uuid PRIMARY KEY REFERENCES agenda_item(id),
        published_at timestamptz NOT NULL,
        published_by uuid NOT NULL REFERENCES app_user(id),
        figures jsonb NOT NULL
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE consultation_report; DROP TABLE draft_comment;");
  }
}
