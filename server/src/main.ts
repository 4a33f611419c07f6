import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./app.js";
import { loadConfig } from "./platform/config.js";
import { createDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "./platform/db/embedded.js";
import { createLogger } from "./platform/logger.js";

/** `npm start`: config → database (embedded unless DATABASE_URL) → schema → HTTP + WebSocket. */
const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir ?? path.join(PROJECT_ROOT, ".data", "pg"),
      explicit: config.dataDir !== undefined,
      log: (m) => log.debug(m),
    });
    if (embedded.note) log.warn(embedded.note);
    databaseUrl = await createDatabase(embedded.url, "kuvend");
  }
  const server = await startServer(config, databaseUrl, log);

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
      await embedded?.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((err) => {
  console.error(`\nKuvend could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
