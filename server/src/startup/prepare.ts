import type { DataSource } from "typeorm";
import { DEMO_PASSWORDS, hashPassword, verifyPassword, weakPasswordReason } from "../auth/passwords.js";
import type { Config } from "../platform/config.js";
import type { Logger } from "../platform/logger.js";
import { loadDemoData } from "../demo/load-demo.js";
import { createDataSource } from "../platform/db/data-source.js";
import { excessRights, grantAppRole } from "../platform/db/roles.js";

/**
 * The app's connection `app` is prepared by the owner role when `migrationUrl`
 * is given (migrations, then the app role's grants), else by itself as before;
 * production then warns when the app's role could switch the audit guards off.
 */
export async function prepareDatabaseFor(app: DataSource, migrationUrl: string | undefined, config: Config, log: Logger): Promise<void> {
  const [{ role }] = await app.query("SELECT current_user AS role");
  if (migrationUrl) {
    const owner = createDataSource(migrationUrl, { poolSize: 2 });
    await owner.initialize();
    try {
      const [{ ownerRole }] = await owner.query(`SELECT current_user AS "ownerRole"`);
      await prepareDatabase(owner, config, log, ownerRole === role ? {} : { appRole: role });
    } finally {
      await owner.destroy();
    }
  } else {
    await prepareDatabase(app, config, log);
  }
  const excess = await excessRights(app);
  if (excess.length && config.env === "production") {
    log.warn({ role, excess }, `The app connects as a role that can alter or disable the audit record's guards (${excess.join(", ")}). Give it a role with DML rights only and set MIGRATION_DATABASE_URL to the owner (docs/operations.md, "Database roles").`);
  }
}

/**
 * Brings the database up to date: migrations, then either the demo data (into an
 * empty database, once) or, in production, the first administrator account and
 * the refusal to run with any account that still has a demo password.
 */
export async function prepareDatabase(ds: DataSource, config: Config, log: Logger, options: { appRole?: string } = {}): Promise<void> {
  // Two instances starting together must not migrate at the same time. A session-level
  // advisory lock belongs to one connection, so lock and unlock on the same one.
  const lock = ds.createQueryRunner();
  await lock.connect();
  await lock.query("SELECT pg_advisory_lock(874201)");
  try {
    const ran = await ds.runMigrations({ transaction: "each" });
    if (ran.length) log.info({ migrations: ran.map((m) => m.name) }, "database migrated");
    // Run by the owner for the app's own role (app.ts), at every start so later migrations' tables are covered.
    if (options.appRole) {
      const appendOnly = await grantAppRole(ds, options.appRole);
      log.debug({ role: options.appRole, appendOnly }, "database rights granted to the app's role");
    }
    const [{ n }] = await ds.query("SELECT count(*)::int AS n FROM app_user");
    if (config.demo) {
      if (n === 0) {
        await loadDemoData(ds, config);
        log.info("demo data loaded");
      }
      return;
    }
    if (n === 0) {
      if (!config.adminPassword) {
        throw new Error("The database has no accounts: set ADMIN_PASSWORD (and optionally ADMIN_USERNAME) to create the first administrator.");
      }
      if (weakPasswordReason(config.adminPassword)) {
        throw new Error("ADMIN_PASSWORD must be at least 12 characters and not a demo password.");
      }
      await ds.query("INSERT INTO app_user (username, password_hash, role) VALUES ($1, $2, 'ADMIN')", [
        config.adminUsername.toLowerCase(), await hashPassword(config.adminPassword),
      ]);
      log.info({ username: config.adminUsername }, "first administrator created");
    }
    await ensureCouncil(ds, config, log);
    await refuseDemoPasswords(ds);
  } finally {
    await lock.query("SELECT pg_advisory_unlock(874201)").catch(() => {});
    await lock.release();
  }
}

/** A new installation gets its municipal council from COUNCIL_NAME and COUNCIL_SEATS. */
async function ensureCouncil(ds: DataSource, config: Config, log: Logger): Promise<void> {
  const [{ n }] = await ds.query("SELECT count(*)::int AS n FROM body WHERE kind = 'COUNCIL'");
  if (n > 0) return;
  await ds.query("INSERT INTO body (name, kind, seats) VALUES ($1, 'COUNCIL', $2)", [config.councilName, config.councilSeats]);
  log.info({ name: config.councilName, seats: config.councilSeats }, "municipal council created");
}

/** Production refuses to start while any account can be opened with a published demo password. */
async function refuseDemoPasswords(ds: DataSource): Promise<void> {
  const users: { username: string; password_hash: string }[] = await ds.query("SELECT username, password_hash FROM app_user");
  // Hashing is slow on purpose: check every account and password at once on the hashing thread pool.
  const checks = await Promise.all(
    users.map(async (u) => ((await Promise.all(DEMO_PASSWORDS.map((p) => verifyPassword(u.password_hash, p)))).some(Boolean) ? u.username : null)),
  );
  const weak = checks.filter((u): u is string => u !== null);
  if (weak.length) {
    throw new Error(`Refusing to start in production: these accounts still use a demo password: ${weak.slice(0, 10).join(", ")}${weak.length > 10 ? "…" : ""}. Change them first.`);
  }
}
