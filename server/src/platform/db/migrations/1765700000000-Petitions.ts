import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Petitions and citizens' initiatives [peticione, nisma qytetare] (issue 16 point 2; Kaçanik plan: reviewed
 * within 60 days, the petitioner told the outcome in writing within 15 days of the review).
 * One row per petition: its public record (title, text, signatures count, channel, lifecycle moments, the agenda
 * item where the council discussed it, the answer's summary or the reason for rejection) and, kept apart in
 * the API, the petitioner's contact data and the signature list, which only the secretariat sees and which the
 * retention task erases (`personal_data_erased_at`). Due moments are fixed when the clock starts (received,
 * discussed), with the working calendar of that moment.
 */
export class Petitions1765700000000 implements MigrationInterface {
  name = "Petitions1765700000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE petition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        petitioner_kind text NOT NULL CHECK (petitioner_kind IN ('PERSON','ORGANISATION')),
        petitioner_name text CHECK (length(petitioner_name) <= 300),
        contact_email text CHECK (length(contact_email) <= 254),
        contact_phone text CHECK (length(contact_phone) <= 40),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 20000),
        signatures_count integer NOT NULL CHECK (signatures_count BETWEEN 1 AND 10000000),
        signature_list text CHECK (length(signature_list) <= 500000),
        channel text NOT NULL CHECK (channel IN ('ONLINE','PAPER')),
        status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED','UNDER_REVIEW','DISCUSSED','ANSWERED','REJECTED')),
        received_at timestamptz NOT NULL,
        review_due_at timestamptz NOT NULL,
        review_started_at timestamptz,
        agenda_item_id uuid REFERENCES agenda_item (id),
        discussed_at timestamptz,
        answer_due_at timestamptz,
        answered_at timestamptz,
        answer_summary text CHECK (length(answer_summary) <= 5000),
        rejected_at timestamptz,
        reject_reason text CHECK (length(reject_reason) <= 2000),
        personal_data_erased_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT petition_organisation_named CHECK (petitioner_kind = 'PERSON' OR petitioner_name IS NOT NULL),
        CONSTRAINT petition_review_due CHECK (review_due_at > received_at),
        CONSTRAINT petition_discussed CHECK ((status IN ('DISCUSSED','ANSWERED')) = (discussed_at IS NOT NULL AND agenda_item_id IS NOT NULL AND answer_due_at IS NOT NULL)),
        CONSTRAINT petition_answered CHECK ((status = 'ANSWERED') = (answered_at IS NOT NULL AND answer_summary IS NOT NULL)),
        CONSTRAINT petition_rejected CHECK ((status = 'REJECTED') = (rejected_at IS NOT NULL AND reject_reason IS NOT NULL))
      );
      CREATE INDEX petition_received ON petition (received_at);
      CREATE INDEX petition_agenda_item ON petition (agenda_item_id) WHERE agenda_item_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE petition;");
  }
}
