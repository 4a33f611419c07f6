import type { MigrationInterface, QueryRunner } from "typeorm";

const CONTENT_BEFORE = `jsonb_build_object(
          'id', e.id, 'at', audit_time(e.at), 'actorUserId', e.actor_user_id, 'actorRole', e.actor_role,
          'action', e.action, 'subjectType', e.subject_type, 'subjectId', e.subject_id, 'sessionId', e.session_id,
          'before', e.before, 'after', e.after)`;

/**
 * The client address a change came from (security/client-address.ts, the same
 * TRUST_PROXY decision as logs, caps and the login throttle), kept in the
 * audit record and covered by its hash. Events without an address (every
 * event written before this migration, and the clock's own changes) hash
 * exactly as before: the key is added to the hashed content only when set.
 * The address is not published (auditHead shows only the head).
 */
export class AuditActorAddress1764700000000 implements MigrationInterface {
  name = "AuditActorAddress1764700000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit_event ADD COLUMN actor_address text CHECK (actor_address IS NULL OR length(actor_address) BETWEEN 1 AND 100);
      CREATE OR REPLACE FUNCTION audit_event_content(e audit_event) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT (${CONTENT_BEFORE}
          || CASE WHEN e.actor_address IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('actorAddress', e.actor_address) END)::text
      $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_event_content(e audit_event) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT ${CONTENT_BEFORE}::text
      $$;
      ALTER TABLE audit_event DROP COLUMN actor_address;
    `);
  }
}
