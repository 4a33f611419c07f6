import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Councillors' public pages (issue 15, point 1): a short CV, a contact the
 * councillor chose to publish (email and phone each with its own `published`
 * flag; an unpublished one is never shown to the public), a photo kept in the
 * database (so it is in the backup: WebP bytes resized by the server, with their
 * SHA-256 as the ETag) and a version for the profile's write path.
 *
 * `councillor_seated_on` is the one definition of "seated on a day" that every
 * reader of the record uses (a term with no end is open while the councillor is
 * active; a term with no start has always been running).
 */
export class CouncillorProfiles1765100000000 implements MigrationInterface {
  name = "CouncillorProfiles1765100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE councillor
        ADD COLUMN cv text CHECK (cv IS NULL OR length(cv) <= 2000),
        ADD COLUMN email text CHECK (email IS NULL OR (length(email) <= 200 AND email LIKE '%_@_%')),
        ADD COLUMN email_published boolean NOT NULL DEFAULT false,
        ADD COLUMN phone text CHECK (phone IS NULL OR (length(phone) <= 40 AND phone ~ '^[+0-9 ()-]+$')),
        ADD COLUMN phone_published boolean NOT NULL DEFAULT false,
        ADD COLUMN photo bytea CHECK (photo IS NULL OR octet_length(photo) BETWEEN 1 AND 2000000),
        ADD COLUMN photo_sha256 text CHECK (photo_sha256 IS NULL OR photo_sha256 ~ '^[0-9a-f]{64}$'),
        ADD COLUMN photo_updated_at timestamptz,
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD CONSTRAINT councillor_photo_complete CHECK ((photo IS NULL) = (photo_sha256 IS NULL) AND (photo IS NULL) = (photo_updated_at IS NULL)),
        -- Nothing unpublished can be "published": a flag needs its value.
        ADD CONSTRAINT councillor_published_contact CHECK ((NOT email_published OR email IS NOT NULL) AND (NOT phone_published OR phone IS NOT NULL));

      CREATE FUNCTION councillor_seated_on(term_start date, term_end date, active boolean, d date) RETURNS boolean
        LANGUAGE sql IMMUTABLE AS $$
          SELECT (term_start IS NULL OR term_start <= d) AND (CASE WHEN term_end IS NULL THEN active ELSE term_end >= d END)
        $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION councillor_seated_on(date, date, boolean, date);
      ALTER TABLE councillor DROP CONSTRAINT councillor_photo_complete, DROP CONSTRAINT councillor_published_contact,
        DROP COLUMN cv, DROP COLUMN email, DROP COLUMN email_published, DROP COLUMN phone, DROP COLUMN phone_published,
        DROP COLUMN photo, DROP COLUMN photo_sha256, DROP COLUMN photo_updated_at, DROP COLUMN version;
    `);
  }
}
