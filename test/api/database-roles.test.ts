import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer } from "../../server/src/app.js";
import { loadConfig } from "../../server/src/platform/config.js";
import { createDataSource } from "../../server/src/platform/db/data-source.js";
import { prepareDatabase } from "../../server/src/startup/prepare.js";
import { ensureOwnedDatabase, withDatabase, withLogin } from "../../server/src/platform/db/roles.js";
import { createLogger } from "../../server/src/platform/logger.js";
import { TEST_ROLES } from "../support/global-setup.js";
import { startChildServer } from "../support/child-server.js";
import { freshDatabase, gqlAt, startTestServer, type TestServer } from "../support/server.js";

/**
 * The tamper-evident record holds against the app's own credentials: the role
 * the server connects as (db/roles.ts) cannot switch the audit guards off, edit
 * or remove events, change the schema or run programs, and yet serves.
 */
describe("the app's database role", () => {
  let t: TestServer;
  let app: pg.Client;

  beforeAll(async () => {
    t = await startTestServer({ slaTickMs: null });
    app = new pg.Client({ connectionString: t.appDatabaseUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
    await t?.stop();
  });

  /** The statement is refused for lack of privilege (SQLSTATE 42501), whatever the message. */
  async function refused(statement: string): Promise<string> {
    const err = await app.query(statement).then(() => null, (e: Error & { code?: string }) => e);
    expect(err, `${statement} should be refused`).not.toBeNull();
    expect(err!.code, `${statement}: ${err!.message}`).toBe("42501");
    return err!.message;
  }

  it("is the role the server connects as, and is not a superuser and owns nothing", async () => {
    const users = await t.sql<{ usename: string }>("SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'kuvend'");
    expect(users.map((u) => u.usename)).toEqual([TEST_ROLES.app.name]);
    const [me] = (await app.query("SELECT rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = current_user")).rows;
    expect(me).toEqual({ rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolreplication: false, rolbypassrls: false });
    const owned = await t.sql("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relowner = $1::regrole", [TEST_ROLES.app.name]);
    expect(owned).toEqual([]);
  });

  it("cannot disable or drop the audit record's triggers", async () => {
    expect(await refused("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")).toMatch(/must be owner/);
    await refused("ALTER TABLE audit_event DISABLE TRIGGER ALL");
    await refused("DROP TRIGGER audit_event_chain ON audit_event");
    await refused("ALTER TABLE declaration DISABLE TRIGGER declaration_append_only");
    await refused("SET session_replication_role = replica"); // would skip every trigger
  });

  it("cannot edit, delete or truncate audit events, nor the other append-only records", async () => {
    expect(await refused("UPDATE audit_event SET action = 'forged' WHERE id = (SELECT max(id) FROM audit_event)")).toMatch(/permission denied/);
    await refused("DELETE FROM audit_event");
    await refused("TRUNCATE audit_event");
    for (const table of ["declaration", "minutes", "ballot_removal"]) {
      const [{ column }] = await t.sql("SELECT column_name AS column FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position LIMIT 1", [table]);
      await refused(`UPDATE ${table} SET ${column} = ${column}`);
      await refused(`DELETE FROM ${table}`);
    }
  });

  it("cannot create tables or functions, run programs or read server files", async () => {
    expect(await refused("CREATE TABLE intruder (x int)")).toMatch(/permission denied for schema public/);
    await refused("CREATE FUNCTION intruder() RETURNS int LANGUAGE sql AS 'SELECT 1'");
    expect(await refused("COPY (SELECT 1) TO PROGRAM 'touch /tmp/kuvend-pwned'")).toMatch(/external program|pg_execute_server_program/);
    await refused("COPY audit_event FROM '/etc/passwd'");
    await refused("SELECT pg_read_file('/etc/passwd')");
    await refused("ALTER TABLE ballot ADD COLUMN note text");
  });

  it("still serves: a login and a write succeed, and the write is chained into the audit record", async () => {
    const sec = await t.login("sekretaria");
    const created = await t.gql("mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }",
      { i: { title: "Mbledhje e rolit të kufizuar", scheduledAt: new Date(Date.now() + 8 * 86400_000).toISOString() } }, sec);
    expect(created.errors).toBeUndefined();
    const id = created.data.createSession.id as string;
    const events = await t.sql("SELECT action FROM audit_event WHERE subject_type = 'session' AND subject_id = $1", [id]);
    expect(events.map((e) => e.action)).toContain("createSession");
    const head = await t.gql("{ auditHead { ok } }");
    expect(head.data.auditHead.ok).toBe(true);
  });
});

describe("an external PostgreSQL with DATABASE_URL and MIGRATION_DATABASE_URL", () => {
  it("migrates and grants as the owner, then serves as the app role (the real server process)", { timeout: 60_000 }, async () => {
    const db = await freshDatabase();
    const child = await startChildServer({ databaseUrl: db.appUrl, env: { MIGRATION_DATABASE_URL: db.ownerUrl } });
    try {
      const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => gqlAt(child.url, query, variables, token);
      const token = (await gql(`mutation { login(username: "sekretaria", password: "sekretaria") { token } }`)).data.login.token;
      const created = await gql("mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }",
        { i: { title: "Me URL të jashtme", scheduledAt: new Date(Date.now() + 8 * 86400_000).toISOString() } }, token);
      expect(created.errors).toBeUndefined();
      const su = new pg.Client({ connectionString: db.url });
      await su.connect();
      const users = (await su.query("SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'kuvend'")).rows;
      await su.end();
      expect(users.map((u) => u.usename)).toEqual([TEST_ROLES.app.name]); // the owner's start-up connections are closed
    } finally {
      child.process.kill("SIGTERM");
      await child.exited;
      await db.drop();
    }
  });
});

describe("an installation from before the roles", () => {
  const adminUrl = inject("pgAdminUrl");
  const name = `kuvend_legacy_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const legacyUrl = withDatabase(adminUrl, name);
  afterAll(async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });

  it("has its superuser-owned tables handed to the owner role on start, and then runs as the app role", { timeout: 60_000 }, async () => {
    // The old start-up: database and tables created and owned by the superuser.
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    const config = loadConfig({ NODE_ENV: "test", PORT: "0", HOST: "127.0.0.1", KUVEND_DEMO: "true", JWT_SECRET: "test-secret-test-secret-test-secret!" });
    const old = createDataSource(legacyUrl, { poolSize: 2 });
    await old.initialize();
    await prepareDatabase(old, config, createLogger("silent"));
    const [{ owner: before }] = await old.query("SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE oid = 'audit_event'::regclass");
    expect(before).not.toBe(TEST_ROLES.owner.name);
    await old.destroy();

    // The new start-up (what main.ts does for the embedded database).
    await ensureOwnedDatabase(adminUrl, name, TEST_ROLES);
    const server = await startServer(config, withLogin(legacyUrl, TEST_ROLES.app), createLogger("silent"), { migrationDatabaseUrl: withLogin(legacyUrl, TEST_ROLES.owner), slaTickMs: null });
    try {
      const check = new pg.Client({ connectionString: legacyUrl });
      await check.connect();
      const notOwned = (await check.query(
        `SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'S', 'v') AND c.relowner <> $1::regrole
         UNION ALL SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> $1::regrole`, [TEST_ROLES.owner.name])).rows;
      await check.end();
      expect(notOwned).toEqual([]);

      const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => gqlAt(server.url, query, variables, token);
      const token = (await gql(`mutation { login(username: "sekretaria", password: "sekretaria") { token } }`)).data.login.token;
      const created = await gql("mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }",
        { i: { title: "Pas përditësimit", scheduledAt: new Date(Date.now() + 8 * 86400_000).toISOString() } }, token);
      expect(created.errors).toBeUndefined();
    } finally {
      await server.stop();
    }
  });
});
