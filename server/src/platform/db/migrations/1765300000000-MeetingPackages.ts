import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Meeting packages [paketa e mbledhjes]: the documents the secretariat attaches to a session or to
 * one of its agenda items (notice, agenda, draft act, report, supporting document).
 * - `meeting_document`: what the document is (kind, title, where it belongs) and whether it was
 *   withdrawn [tërhequr], with the reason. Never deleted: a trigger refuses DELETE and TRUNCATE, and
 *   keeps where a document belongs and who attached it fixed; a withdrawal is final.
 * - `meeting_document_version`: each file uploaded for it, numbered 1, 2, …; the current one is the
 *   highest. Append-only: a replaced document keeps its earlier versions on the record. The text of a
 *   PDF is kept here for search.
 * - `meeting_document_file`: the bytes, in their own table so that lists never read them (and in the
 *   database backup, docs/operations.md). Append-only, checked against the version's size.
 */
export class MeetingPackages1765300000000 implements MigrationInterface {
  name = "MeetingPackages1765300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES council_session(id),
        agenda_item_id uuid,
        kind text NOT NULL CHECK (kind IN ('NOTICE','AGENDA','DRAFT_ACT','REPORT','SUPPORTING')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        created_by uuid NOT NULL REFERENCES app_user(id),
        withdrawn_at timestamptz,
        withdrawn_by uuid REFERENCES app_user(id),
        withdrawal_reason text CHECK (withdrawal_reason IS NULL OR length(withdrawal_reason) BETWEEN 1 AND 1000),
        FOREIGN KEY (session_id, agenda_item_id) REFERENCES agenda_item(session_id, id),
        CONSTRAINT meeting_document_withdrawal_check CHECK (
          (withdrawn_at IS NULL AND withdrawn_by IS NULL AND withdrawal_reason IS NULL)
          OR (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL AND withdrawal_reason IS NOT NULL))
      );
      CREATE INDEX meeting_document_session ON meeting_document (session_id, created_at);
      CREATE INDEX meeting_document_item ON meeting_document (agenda_item_id);

      CREATE TABLE meeting_document_version (
        document_id uuid NOT NULL REFERENCES meeting_document(id),
        version int NOT NULL CHECK (version >= 1),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        media_type text NOT NULL CHECK (media_type IN (
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.oasis.opendocument.text',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'text/csv', 'image/jpeg', 'image/png')),
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        uploaded_by uuid NOT NULL REFERENCES app_user(id),
        text text,
        PRIMARY KEY (document_id, version)
      );
      CREATE INDEX meeting_document_version_uploaded_by ON meeting_document_version (uploaded_by);

      CREATE TABLE meeting_document_file (
        document_id uuid NOT NULL,
        version int NOT NULL,
        bytes bytea NOT NULL,
        PRIMARY KEY (document_id, version),
        FOREIGN KEY (document_id, version) REFERENCES meeting_document_version(document_id, version)
      );

      CREATE TRIGGER meeting_document_version_append_only BEFORE UPDATE OR DELETE ON meeting_document_version
        FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
      CREATE TRIGGER meeting_document_version_no_truncate BEFORE TRUNCATE ON meeting_document_version
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();
      CREATE TRIGGER meeting_document_file_append_only BEFORE UPDATE OR DELETE ON meeting_document_file
        FOR EACH ROW EXECUTE FUNCTION refuse_change_append_only();
      CREATE TRIGGER meeting_document_file_no_truncate BEFORE TRUNCATE ON meeting_document_file
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_append_only();

      -- The stored bytes are the version's size: a file cut short or swapped for another size is refused.
      CREATE FUNCTION meeting_document_file_size() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF octet_length(NEW.bytes) IS DISTINCT FROM (SELECT size_bytes FROM meeting_document_version
            WHERE document_id = NEW.document_id AND version = NEW.version) THEN
          RAISE EXCEPTION 'the stored file is not the size its version records'
            USING ERRCODE = '23514', CONSTRAINT = 'meeting_document_file_size';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER meeting_document_file_size BEFORE INSERT ON meeting_document_file
        FOR EACH ROW EXECUTE FUNCTION meeting_document_file_size();

      -- A document stays on the record: never deleted, never moved, its withdrawal final.
      CREATE FUNCTION meeting_document_on_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'UPDATE' THEN
          RAISE EXCEPTION 'meeting documents are withdrawn, never deleted'
            USING ERRCODE = '23514', CONSTRAINT = 'meeting_document_on_record';
        END IF;
        IF NEW.session_id IS DISTINCT FROM OLD.session_id OR NEW.agenda_item_id IS DISTINCT FROM OLD.agenda_item_id
            OR NEW.created_at IS DISTINCT FROM OLD.created_at OR NEW.created_by IS DISTINCT FROM OLD.created_by
            OR (OLD.withdrawn_at IS NOT NULL AND (NEW.withdrawn_at IS DISTINCT FROM OLD.withdrawn_at
              OR NEW.withdrawal_reason IS DISTINCT FROM OLD.withdrawal_reason OR NEW.title IS DISTINCT FROM OLD.title
              OR NEW.kind IS DISTINCT FROM OLD.kind)) THEN
          RAISE EXCEPTION 'a meeting document keeps its place and author, and a withdrawn one is final'
            USING ERRCODE = '23514', CONSTRAINT = 'meeting_document_on_record';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER meeting_document_on_record BEFORE UPDATE OR DELETE ON meeting_document
        FOR EACH ROW EXECUTE FUNCTION meeting_document_on_record();
      CREATE TRIGGER meeting_document_no_truncate BEFORE TRUNCATE ON meeting_document
        FOR EACH STATEMENT EXECUTE FUNCTION meeting_document_on_record();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE meeting_document_file, meeting_document_version, meeting_document;
      DROP FUNCTION meeting_document_on_record(), meeting_document_file_size();
    `);
  }
}
