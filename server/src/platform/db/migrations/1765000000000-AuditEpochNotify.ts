import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every audit event announces itself on the channel `kuvend_epoch` with its id. Every committed
 * change writes its audit event(s) last (platform/command.ts), so an instance that hears of id N
 * knows the data moved to epoch N; PostgreSQL delivers a notification only when its transaction
 * commits, and in commit order. The public read cache (docs/architecture.md, "The public read cache")
 * knows the current epoch from these instead of asking the database on every request. A trigger,
 * not the code, so that no write that records an event can forget to announce it.
 */
export class AuditEpochNotify1765000000000 implements MigrationInterface {
  name = "AuditEpochNotify1765000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_event_announce() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('kuvend_epoch', NEW.id::text);
        RETURN NULL;
      END $$;
      CREATE TRIGGER audit_event_announce AFTER INSERT ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_announce();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_event_announce ON audit_event; DROP FUNCTION audit_event_announce();`);
  }
}
