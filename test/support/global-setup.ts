import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../server/src/platform/config.js";
import { createDataSource } from "../../server/src/platform/db/data-source.js";
import { createDatabase, startEmbeddedPostgres } from "../../server/src/platform/db/embedded.js";
import { prepareDatabase } from "../../server/src/startup/prepare.js";
import { createLogger } from "../../server/src/platform/logger.js";

export const TEMPLATE_DB = "kuvend_template";

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
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let stopEmbedded: (() => Promise<void>) | null = null;
  let tmp: string | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    tmp = await mkdtemp(path.join(os.tmpdir(), "kuvend-test-"));
    const { chmod } = await import("node:fs/promises");
    await chmod(tmp, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg") });
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.end();
  const templateUrl = await createDatabase(adminUrl, TEMPLATE_DB);
  const ds = createDataSource(templateUrl, { poolSize: 2 });
  await ds.initialize();
  await prepareDatabase(ds, loadConfig({ NODE_ENV: "test", KUVEND_DEMO: "true" }), createLogger("silent"));
  await ds.destroy();

  project.provide("pgAdminUrl", adminUrl);
  return async () => {
    await stopEmbedded?.();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  };
}
