import pg from "pg";
import type { DataSource } from "typeorm";

/**
 * Database roles (docs/operations.md, "Database roles"). The tamper-evident
 * record only holds if the app's own credentials cannot switch its guards off:
 * - the owner role owns the database and its objects and runs the migrations;
 * - the app role, which serves requests, gets DML only: no DDL, no trigger
 *   changes, no UPDATE/DELETE/TRUNCATE on the append-only tables, no superuser
 *   (so no `COPY … TO PROGRAM`).
 */
export type RoleLogin = { name: string; password: string };

/** The embedded default's roles (local 127.0.0.1 only; see docs/operations.md on their fixed passwords). */
export const EMBEDDED_ROLES = {
  owner: { name: "kuvend_owner", password: "kuvend-owner-embedded" },
  app: { name: "kuvend_app", password: "kuvend-app-embedded" },
} as const satisfies Record<string, RoleLogin>;

const ROLE_ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";

/** As the superuser: creates (or brings back to these attributes and passwords) the owner and app roles. */
export async function ensureRoles(adminUrl: string, roles: { owner: RoleLogin; app: RoleLogin }): Promise<void> {
  await withClient(adminUrl, async (c) => {
    for (const role of [roles.owner, roles.app]) {
      const found = await c.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role.name]);
      const verb = found.rowCount ? "ALTER" : "CREATE";
      await c.query(`${verb} ROLE ${ident(role.name)} ${ROLE_ATTRIBUTES} PASSWORD ${literal(role.password)}`);
    }
  });
}

/**
 * As the superuser: the database exists and belongs to the owner role, with
 * everything in its public schema. Installations from before the roles have
 * their tables owned by the superuser; they are handed over here, at every start
 * (a no-op once done). Only the app role (and the owner) may connect.
 */
export async function ensureOwnedDatabase(adminUrl: string, name: string, roles: { owner: RoleLogin; app: RoleLogin }): Promise<void> {
  const owner = ident(roles.owner.name);
  await withClient(adminUrl, async (c) => {
    const found = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    await c.query(found.rowCount ? `ALTER DATABASE ${ident(name)} OWNER TO ${owner}` : `CREATE DATABASE ${ident(name)} OWNER ${owner}`);
    await c.query(`REVOKE ALL ON DATABASE ${ident(name)} FROM PUBLIC`);
    await c.query(`GRANT CONNECT ON DATABASE ${ident(name)} TO ${ident(roles.app.name)}`);
  });
  await withClient(withDatabase(adminUrl, name), async (c) => {
    await c.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await c.query(`DO $$
      DECLARE r record;
      BEGIN
        -- Tables, views and free-standing sequences (a table's own sequences follow it).
        FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                   AND c.relowner <> ${literal(roles.owner.name)}::regrole
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
        LOOP
          EXECUTE format('ALTER %s %s OWNER TO ${roles.owner.name}', CASE WHEN r.relkind = 'S' THEN 'SEQUENCE' WHEN r.relkind = 'v' THEN 'VIEW' WHEN r.relkind = 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.name);
        END LOOP;
        FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p
                 WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> ${literal(roles.owner.name)}::regrole
        LOOP
          EXECUTE format('ALTER ROUTINE %s OWNER TO ${roles.owner.name}', r.name);
        END LOOP;
        FOR r IN SELECT t.oid::regtype AS name FROM pg_type t
                 WHERE t.typnamespace = 'public'::regnamespace AND t.typowner <> ${literal(roles.owner.name)}::regrole
                   AND (t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND t.typrelid = 0))
        LOOP
          EXECUTE format('ALTER TYPE %s OWNER TO ${roles.owner.name}', r.name);
        END LOOP;
      END $$`);
  });
}

/**
 * Run by the owner after the migrations, at every start (so tables from later
 * migrations are covered): the app role gets exactly what the server uses.
 * Append-only tables are the ones guarded by a `*_append_only` trigger (and
 * audit_event always): INSERT and SELECT only. Views and the migrations table: SELECT only.
 * LISTEN/NOTIFY and advisory locks need no grant.
 */
export async function grantAppRole(ds: DataSource, appRole: string): Promise<string[]> {
  const app = ident(appRole);
  const appendOnly: string[] = (await ds.query(
    `SELECT DISTINCT c.relname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE c.relnamespace = 'public'::regnamespace AND (t.tgname LIKE '%\\_append\\_only' OR c.relname = 'audit_event')
     ORDER BY 1`,
  )).map((r: { name: string }) => r.name);
  const views: string[] = (await ds.query(
    "SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm') ORDER BY 1",
  )).map((r: { name: string }) => r.name);
  await ds.transaction(async (m) => {
    await m.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
    await m.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`);
    await m.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
    for (const table of appendOnly) await m.query(`REVOKE UPDATE, DELETE ON ${ident(table)} FROM ${app}`);
    // Views (declaration_in_force) are read models: SELECT only.
    for (const view of views) await m.query(`REVOKE INSERT, UPDATE, DELETE ON ${ident(view)} FROM ${app}`);
    await m.query(`REVOKE INSERT, UPDATE, DELETE ON typeorm_migrations FROM ${app}`);
    await m.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    await m.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${app}`);
  });
  return appendOnly;
}

/** What the connected role may do beyond its rights: superuser, or owner of the tables (so it can alter or disable their triggers). */
export async function excessRights(ds: DataSource): Promise<string[]> {
  const [r] = await ds.query(
    `SELECT r.rolsuper AS superuser, pg_has_role(current_user, c.relowner, 'USAGE') AS owner, current_user AS name
     FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = 'audit_event'::regclass`,
  );
  if (!r) return [];
  return [...(r.superuser ? [`${r.name} is a superuser`] : []), ...(r.owner ? [`${r.name} owns the tables`] : [])];
}

/** The same connection string with another role's login. */
export function withLogin(url: string, login: RoleLogin): string {
  const u = new URL(url);
  u.username = encodeURIComponent(login.name);
  u.password = encodeURIComponent(login.password);
  return u.toString();
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function withClient<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await f(client);
  } finally {
    await client.end();
  }
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
