import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config.js";
import { createDataSource } from "../db/data-source.js";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "../db/embedded.js";
import { verifyAuditChain } from "./verify.js";

/**
 * `npm run audit:verify`: verifies the tamper-evident record of the database that
 * `npm start` would use (DATABASE_URL, else the embedded one in .data/pg or
 * KUVEND_DATA_DIR), prints a summary, and exits 0 when intact, 1 when broken,
 * 2 when it could not verify at all.
 */
const PROJECT_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

async function main(): Promise<number> {
  // Only the database settings matter here: no secrets needed, whatever NODE_ENV says.
  const config = loadConfig({ ...process.env, NODE_ENV: "development", KUVEND_DEMO: "false", JWT_SECRET: undefined });
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  let where = url ? `database ${new URL(url).pathname.slice(1)} on ${new URL(url).host}` : "";
  if (!url) {
    // The same folder `npm start` uses (as root, it may have fallen back to /var/lib/kuvend/pgdata).
    const preferred = config.dataDir ?? path.join(PROJECT_ROOT, ".data", "pg");
    const candidates = config.dataDir === undefined && process.getuid?.() === 0 ? [preferred, "/var/lib/kuvend/pgdata"] : [preferred];
    let dataDir: string | undefined;
    for (const c of candidates) if (!dataDir && (await exists(path.join(c, "PG_VERSION")))) dataDir = c;
    if (!dataDir) {
      console.error(`No database to verify: DATABASE_URL is not set and there is no embedded database in ${preferred}.`);
      return 2;
    }
    if (await inUse(dataDir)) {
      console.error(`The embedded database in ${dataDir} is in use (is Kuvend running?). Stop Kuvend first, or set DATABASE_URL.`);
      return 2;
    }
    embedded = await startEmbeddedPostgres({ dataDir, explicit: true });
    const u = new URL(embedded.url);
    u.pathname = "/kuvend";
    url = u.toString();
    where = `embedded PostgreSQL in ${embedded.dataDir}`;
  }
  const ds = createDataSource(url, { poolSize: 1 });
  try {
    await ds.initialize();
    const v = await verifyAuditChain(ds);
    const r = v.records;
    const lines = [
      `Audit record (${where}): ${v.ok ? "INTACT" : "BROKEN"}`,
      `  events checked    ${v.events}`,
      `  head              ${v.head ? `#${v.head.id} ${v.head.hash}` : "(no events)"}`,
      `  records compared  ${r.ballots} ballots, ${r.declarations} declarations, ${r.removedBallots} removed ballots, ${r.closedVotes} closed votes`,
      `  took              ${v.tookMs} ms`,
    ];
    if (v.firstBroken) {
      lines.push(`  first broken      ${v.firstBroken.id ? `event #${v.firstBroken.id}` : "a record with no event"}`, `  reason            ${v.firstBroken.reason}`);
    }
    (v.ok ? console.log : console.error)(lines.join("\n"));
    return v.ok ? 0 : 1;
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await embedded?.stop();
  }
}

async function exists(p: string): Promise<boolean> {
  return access(p).then(() => true, () => false);
}

/** A PostgreSQL is running on that folder: its postmaster.pid names a live process. */
async function inUse(dataDir: string): Promise<boolean> {
  const pid = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "")).split("\n")[0]);
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`Could not verify the audit record: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
