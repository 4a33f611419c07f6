import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What every citizen's filing shares (issue 16): the receipt to track it by, and the public forms' rate limit.
 * - `receipt`: one per filing (a One Stop Shop request, a comment on a draft, a petition, a request for a public
 *   document): its public reference (e.g. PT-2026-00042) and the SHA-256 of its short secret code. The code is
 *   shown once, on the receipt; a counter reprint issues a new one. No personal data: `/ndiq` shows only what
 *   the filing's own area publishes.
 * - `public_form_use`: submissions per client address, form and hour, for the rate limit; pruned by the server's
 *   clock after a day.
 */
export class Participation1765550000000 implements MigrationInterface {
  name = "Participation1765550000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE SEQUENCE receipt_number_seq;
      CREATE TABLE receipt (
        reference text PRIMARY KEY CHECK (reference ~ '^[A-Z]{2}-[0-9]{4}-[0-9]{5,}$'),
        kind text NOT NULL CHECK (kind IN ('SERVICE_REQUEST','DRAFT_COMMENT','PETITION','DOCUMENT_REQUEST')),
        subject_id uuid NOT NULL,
        code_sha256 text NOT NULL CHECK (code_sha256 ~ '^[0-9a-f]{64}$'),
        issued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT receipt_one_per_filing UNIQUE (kind, subject_id)
      );
      CREATE TABLE public_form_use (
        client_address text NOT NULL CHECK (length(client_address) <= 100),
        form text NOT NULL CHECK (form ~ '^[a-z][a-z-]{0,40}$'),
        hour_start timestamptz NOT NULL,
        uses integer NOT NULL CHECK (uses >= 1),
        PRIMARY KEY (client_address, form, hour_start)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE public_form_use; DROP TABLE receipt; DROP SEQUENCE receipt_number_seq;");
  }
}
