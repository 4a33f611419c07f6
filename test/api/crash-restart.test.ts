import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../server/src/platform/db/embedded.js";
import { gqlAt } from "../support/server.js";

/**
 * Crash recovery of the embedded database, with the real start command
 * (`npm start` from the repository root) and the embedded PostgreSQL in a
 * fresh data folder: SIGKILL of the Node server leaves its postmaster running
 * as an orphan; the next `npm start` must find it, stop it and serve again,
 * with the acknowledged write still there. Then SIGTERM ends `npm start` with
 * exit code 0 and leaves no PostgreSQL behind, and a stale postmaster.pid
 * does not block the next start.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

type Start = { npm: ChildProcess; exited: Promise<number | NodeJS.Signals | null>; output(): string };

describe("npm start after a crash, with the embedded PostgreSQL", () => {
  let tmp: string;
  let dataDir: string;
  let port: number;
  let url: string;
  let current: Start | null = null;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), "kuvend-crash-"));
    await chmod(tmp, 0o755); // the postgres user must be able to enter (the tests run as root)
    dataDir = path.join(tmp, "pg");
    port = await freePort();
    url = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    if (current && current.npm.exitCode === null && current.npm.signalCode === null) {
      current.npm.kill("SIGTERM");
      await current.exited;
    }
    for (const pid of await postgresOf(dataDir)) process.kill(pid, "SIGKILL"); // only if a test failed half-way
    await rm(tmp, { recursive: true, force: true });
  });

  /** `npm start` as a user runs it, in development (the default), on the embedded database. */
  async function npmStart(readyWithinMs: number): Promise<Start> {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "development", KUVEND_DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1", KUVEND_DEMO: "true", LOG_LEVEL: "warn" };
    delete env.DATABASE_URL;
    delete env.MIGRATION_DATABASE_URL;
    delete env.JWT_SECRET;
    const npm = spawn("npm", ["start"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    npm.stdout!.on("data", (d) => { output += d; });
    npm.stderr!.on("data", (d) => { output += d; });
    const exited = new Promise<number | NodeJS.Signals | null>((resolve) => npm.once("exit", (code, signal) => resolve(signal ?? code)));
    let ended = false;
    void exited.then(() => { ended = true; });
    const deadline = Date.now() + readyWithinMs;
    for (;;) {
      if (ended) throw new Error(`npm start exited before it served:\n${output}`);
      try {
        if ((await fetch(`${url}/readyz`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`npm start did not serve /readyz within ${readyWithinMs / 1000} s:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    current = { npm, exited, output: () => output };
    return current;
  }

  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => gqlAt(url, query, variables, token);

  const title = "Mbledhje para rrëzimit";
  let sessionId: string;

  it("serves again within 30 s after SIGKILL of the Node server, with the acknowledged write, naming the orphaned PostgreSQL it stopped", { timeout: 240_000 }, async () => {
    // The first start may build the web client and initialise the database: give it time.
    const first = await npmStart(180_000);
    const login = await gql(`mutation { login(username: "sekretaria", password: "sekretaria") { token } }`);
    const token = login.data.login.token as string;
    const created = await gql("mutation($i: CreateSessionInput!) { createSession(input: $i) { id title } }",
      { i: { title, scheduledAt: new Date(Date.now() + 8 * 86400_000).toISOString() } }, token);
    expect(created.errors).toBeUndefined();
    sessionId = created.data.createSession.id; // acknowledged

    // The real Node server (npm's child), not npm: what the OOM killer would pick.
    // (Under a wrapper such as tsx's CLI, the innermost process running main.ts.)
    const running = (await descendants(first.npm.pid!)).filter((p) => p.cmdline.includes("src/main.ts"));
    const server = running.find((p) => !running.some((q) => q.ppid === p.pid));
    expect(server, "the Node server process under npm start").toBeDefined();
    const [postmaster] = await postgresOf(dataDir);
    expect(postmaster).toBeDefined();
    process.kill(server!.pid, "SIGKILL");
    await first.exited;
    // The postmaster outlived it and still holds the folder: what blocked the start before.
    expect(await postgresOf(dataDir)).toEqual([postmaster]);

    const second = await npmStart(30_000);
    expect(second.output()).toContain(`Found PostgreSQL still running on ${dataDir} (process ${postmaster})`);
    expect(second.output()).toMatch(/stopped it \(fast shutdown\)/);
    const after = await postgresOf(dataDir);
    expect(after).toHaveLength(1); // never two postmasters on one folder
    expect(after[0]).not.toBe(postmaster);

    const found = await gql("query($id: ID!) { session(id: $id) { id title } }", { id: sessionId });
    expect(found.data.session).toEqual({ id: sessionId, title });
    const relogin = await gql(`mutation { login(username: "sekretaria", password: "sekretaria") { token } }`);
    expect(relogin.data?.login?.token).toEqual(expect.any(String));
    // The embedded default runs the app as kuvend_app; kuvend_owner owns the schema (db/roles.ts).
    const pgPort = (await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[3];
    const su = new pg.Client({ connectionString: `postgres://postgres:kuvend-embedded@127.0.0.1:${pgPort}/kuvend` });
    await su.connect();
    const users = (await su.query("SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = 'kuvend' AND application_name = 'kuvend'")).rows;
    const [{ owner }] = (await su.query("SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE oid = 'audit_event'::regclass")).rows;
    await su.end();
    expect(users.map((u) => u.usename)).toEqual(["kuvend_app"]);
    expect(owner).toBe("kuvend_owner");
  });

  it("ends npm start with exit code 0 on SIGTERM, leaving no PostgreSQL running on the data folder", { timeout: 60_000 }, async () => {
    const running = current!;
    running.npm.kill("SIGTERM"); // to npm itself, as a supervisor or `kill` would
    expect(await running.exited).toBe(0);
    expect(await postgresOf(dataDir)).toEqual([]);
    await expect(readFile(path.join(dataDir, "postmaster.pid"), "utf8")).rejects.toThrow(/ENOENT/);
  });

  it("starts over a stale postmaster.pid whose process is gone, and says so", { timeout: 60_000 }, async () => {
    const gone = spawn("true");
    const deadPid = gone.pid!;
    await new Promise((r) => gone.once("exit", r));
    // A lock file as PostgreSQL writes it (pid, data folder, start time, port, socket dir, host, key, status).
    await writeFile(path.join(dataDir, "postmaster.pid"), `${deadPid}\n${dataDir}\n1796000000\n${port + 1}\n/tmp\n127.0.0.1\n  1234567      1\nready   \n`);
    const third = await npmStart(30_000);
    expect(third.output()).toContain(`Found a stale ${path.join(dataDir, "postmaster.pid")} (pid ${deadPid}`);
    const found = await gql("query($id: ID!) { session(id: $id) { title } }", { id: sessionId });
    expect(found.data.session.title).toBe(title);
    third.npm.kill("SIGTERM");
    expect(await third.exited).toBe(0);
    expect(await postgresOf(dataDir)).toEqual([]);
  });
});

/** Live postgres postmasters working on `dataDir` (by their `-D` argument). */
async function postgresOf(dataDir: string): Promise<number[]> {
  const found: number[] = [];
  for (const p of await processes()) {
    const args = p.cmdline.split("\0");
    if (path.basename(args[0]) === "postgres" && args[args.indexOf("-D") + 1] === dataDir && p.state !== "Z") found.push(p.pid);
  }
  return found;
}

async function descendants(root: number): Promise<{ pid: number; ppid: number; cmdline: string }[]> {
  const all = await processes();
  const out: typeof all = [];
  const parents = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) if (parents.has(p.ppid) && !parents.has(p.pid)) { parents.add(p.pid); out.push(p); grew = true; }
  }
  return out.map((p) => ({ pid: p.pid, ppid: p.ppid, cmdline: p.cmdline.replace(/\0/g, " ") }));
}

async function processes(): Promise<{ pid: number; ppid: number; state: string; cmdline: string }[]> {
  const out: { pid: number; ppid: number; state: string; cmdline: string }[] = [];
  for (const name of await readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, "utf8");
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.push({ pid: Number(name), ppid: Number(rest[1]), state: rest[0], cmdline: await readFile(`/proc/${name}/cmdline`, "utf8") });
    } catch {
      // ended meanwhile
    }
  }
  return out;
}
