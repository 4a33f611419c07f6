/* eslint-disable @typescript-eslint/no-explicit-any -- the benchmark handles untyped JSON (worker messages, GraphQL answers). */
/**
 * `npm run bench:fanout` (issue "Live dashboard at scale", point 5): S concurrent
 * graphql-ws subscribers to one live session with the public dashboard's full
 * selection, in K client processes separate from the server (its own process,
 * `server/src/main.ts` against an embedded PostgreSQL with the demo data).
 * B ballots are cast one after another; for each ballot and each subscriber the
 * time from sending the mutation to receiving the update is recorded (p50, p99,
 * max, missing), the server's memory per subscriber (RSS, and V8 heap + buffers)
 * and the CPU each process used. In the same run the same client processes
 * measure a plain `ws` server broadcasting the same bytes to the same number of
 * clients: the physical baseline on this machine. Each S is run once per
 * subscriber client (a plain graphql-transport-ws protocol client, and
 * graphql-ws's client library).
 * Writes bench/results/fanout.{json,md}.
 *
 * Usage: npm run bench:fanout [-- --subscribers 1000,5000,10000 --client protocol,graphql-ws --workers 3 --ballots 30 --keep]
 * KUVEND_BENCH_PROFILE=<dir> also writes a CPU profile of the server there.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile, chmod } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDatabase, startEmbeddedPostgres } from "../../server/src/platform/db/embedded.js";
import { Child } from "./child.js";

const { values: args } = parseArgs({
  options: {
    subscribers: { type: "string", default: "1000,5000,10000" },
    workers: { type: "string", default: "3" },
    ballots: { type: "string", default: "30" },
    /**
     * Which subscriber clients, one run each: "protocol" speaks graphql-transport-ws
     * directly over ws (per message the same work as the raw baseline's clients),
     * "graphql-ws" uses graphql-ws's own client library.
     */
    client: { type: "string", default: "protocol,graphql-ws" },
    /** Keep the runs of other S values already in bench/results/fanout.json. */
    keep: { type: "boolean", default: false },
  },
});
const HERE = fileURLToPath(new URL(".", import.meta.url));
const SERVER_DIR = fileURLToPath(new URL("../../server/", import.meta.url));
const RESULTS = fileURLToPath(new URL("../../bench/results/", import.meta.url));
const B = Number(args.ballots);
const K = Number(args.workers);
const WAIT_MS = 10_000;
const WARMUP_WAIT_MS = 60_000;

/** The public dashboard's full selection (test/api/fixtures.ts SESSION_FIELDS + what the web client shows). */
const SELECTION = `id title status scheduledAt lateNotice seats
  quorum { seats present required reached }
  currentItem { id position }
  attendance { councillor { id fullName gender party } status changedAt }
  agenda { id position title status
    declarations { id councillor { id fullName } interestType description recused filedAt filedOnBehalf }
    votes { id status majority outcome tally { for against abstain recused notVoted } ballots { councillor { id fullName } choice } } }`;
const SUBSCRIPTION = `subscription($id: ID!) { sessionUpdated(sessionId: $id) { ${SELECTION} } }`;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n * 100) / 100;
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); });
  });
}
/**
 * A process's memory after a full GC (SIGUSR2, see gc-on-signal.mjs): VmRSS from
 * /proc, and V8's heap plus buffers as the process itself reports them.
 */
type Memory = { rssKB: number; heapKB: number };
async function memory(pid: number, file: string): Promise<Memory> {
  await rm(file, { force: true });
  process.kill(pid, "SIGUSR2");
  await sleep(1000);
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const usage = JSON.parse(await readFile(file, "utf8")) as { heapUsed: number; external: number };
  return { rssKB: Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]), heapKB: Math.round((usage.heapUsed + usage.external) / 1024) };
}
/** CPU time (user + system, ms) a process has used, from /proc/<pid>/stat. */
async function cpuMs(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0; // gone
  }
}
const CLOCK_TICKS = 100; // USER_HZ on Linux
/** CPU time of each PostgreSQL process of the machine (the benchmark's embedded server and its backends), by pid. */
async function postgresCpuMs(): Promise<Map<number, number>> {
  const byPid = new Map<number, number>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if ((await readFile(`/proc/${entry}/comm`, "utf8")).trim() === "postgres") byPid.set(Number(entry), await cpuMs(Number(entry)));
    } catch { /* gone */ }
  }
  return byPid;
}
type CpuReading = { wallMs: number; serverMs: number; clientsMs: number; postgres: Map<number, number> };
type Cpu = { wallMs: number; serverMs: number; clientsMs: number; postgresMs: number };
async function cpuNow(serverPid: number, clientPids: number[]): Promise<CpuReading> {
  const clients = await Promise.all(clientPids.map(cpuMs));
  return { wallMs: now(), serverMs: await cpuMs(serverPid), clientsMs: clients.reduce((a, b) => a + b, 0), postgres: await postgresCpuMs() };
}
/** PostgreSQL's share counts processes alive at the end (a backend that exited in between is left out). */
function cpuSince(a: CpuReading, b: CpuReading): Cpu {
  let postgresMs = 0;
  for (const [pid, ms] of b.postgres) postgresMs += ms - (a.postgres.get(pid) ?? 0);
  return { wallMs: round(b.wallMs - a.wallMs), serverMs: round(b.serverMs - a.serverMs), clientsMs: round(b.clientsMs - a.clientsMs), postgresMs: round(postgresMs) };
}

const perSubscriber = (before: Memory, after: Memory, S: number) => ({
  rssKB: round((after.rssKB - before.rssKB) / S),
  heapKB: round((after.heapKB - before.heapKB) / S),
});

/** Every child process started here, ended if the benchmark fails. */
const children = new Set<ChildProcess>();
process.on("exit", () => { for (const c of children) if (c.exitCode === null) c.kill("SIGKILL"); });
const track = <T extends ChildProcess>(c: T) => { children.add(c); c.once("exit", () => children.delete(c)); return c; };
const GC_ON_SIGNAL = fileURLToPath(new URL("./gc-on-signal.mjs", import.meta.url));
const forkTs = (file: string, options: { gc?: boolean; env?: NodeJS.ProcessEnv } = {}) => new Child(track(fork(path.join(HERE, file), [], {
  execArgv: [...(options.gc ? ["--expose-gc", "--import", GC_ON_SIGNAL] : []), "--import", "tsx"],
  env: { ...process.env, ...options.env },
  stdio: ["ignore", "inherit", "inherit", "ipc"],
})));

type Stats = { deliveries: number; missing: number; p50Ms: number; p99Ms: number; maxMs: number; perBallotP99Ms: number[] };
function stats(sentAt: number[], arrivals: number[][][]): Stats {
  // arrivals[worker][level][client]
  const delays: number[] = [];
  let missing = 0;
  const perBallotP99Ms: number[] = [];
  for (let k = 1; k <= B; k++) {
    const mine: number[] = [];
    for (const w of arrivals) for (const t of w[k]) {
      if (t === null || Number.isNaN(t)) missing++;
      else mine.push(t - sentAt[k]);
    }
    mine.sort((a, b) => a - b);
    perBallotP99Ms.push(round(percentile(mine, 99)));
    delays.push(...mine);
  }
  delays.sort((a, b) => a - b);
  return { deliveries: delays.length, missing, p50Ms: round(percentile(delays, 50)), p99Ms: round(percentile(delays, 99)), maxMs: round(delays.at(-1) ?? NaN), perBallotP99Ms };
}

/** Waits until every worker reported the message (or the deadline); returns how many did. */
async function all(workers: Child[], pred: (m: any) => boolean, timeoutMs: number): Promise<number> {
  return (await Promise.all(workers.map((w) => w.wait(pred, timeoutMs)))).filter(Boolean).length;
}

type Client = "protocol" | "graphql-ws";
async function runOne(S: number, client: Client, adminUrl: string) {
  console.log(`\n=== S = ${S}, ${client} client ===`);
  const dbUrl = await createDatabase(adminUrl, `kuvend_fanout_${S}_${client.replace("-", "_")}`);
  const port = await freePort();
  const memoryFile = path.join(os.tmpdir(), `kuvend-fanout-memory-${process.pid}.json`);
  // KUVEND_BENCH_PROFILE=<dir> writes a CPU profile of the server (open it in Chrome's DevTools).
  const profile = process.env.KUVEND_BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(process.env.KUVEND_BENCH_PROFILE)] : [];
  const server = track(spawn(process.execPath, [...profile, "--expose-gc", "--import", GC_ON_SIGNAL, "--import", "tsx", "src/main.ts"], {
    cwd: SERVER_DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env, DATABASE_URL: dbUrl, PORT: String(port), HOST: "127.0.0.1", KUVEND_DEMO: "true",
      JWT_SECRET: "bench-secret-bench-secret-bench-secret", LOG_LEVEL: "silent",
      WS_MAX_CONNECTIONS_PER_ADDRESS: "100000", WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: "20", KUVEND_BENCH_MEMORY_FILE: memoryFile,
    },
  }));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/readyz`)).ok) break; } catch { /* starting */ }
    if (i > 600) throw new Error("the server did not start");
    await sleep(200);
  }
  // Each request on a fresh connection (no keep-alive): a busy server closing an idle
  // keep-alive socket just as a request goes out would otherwise reset it (ECONNRESET).
  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) => new Promise<any>((resolve, reject) => {
    const body = JSON.stringify({ query, variables });
    const req = http.request(`${base}/graphql`, {
      method: "POST", agent: false,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const parsed = JSON.parse(Buffer.concat(chunks).toString()) as { data?: any; errors?: unknown };
        if (parsed.errors) reject(new Error(JSON.stringify(parsed.errors)));
        else resolve(parsed.data);
      });
    });
    req.on("error", reject);
    req.end(body);
  });
  const sec = (await gql("mutation { login(username: \"sekretaria\", password: \"sekretaria\") { token } }")).login.token as string;
  const councillors: { id: string }[] = (await gql("{ councillors { id } }")).councillors;
  const live = (await gql("{ liveSession { id agenda { id } } }")).liveSession;
  const sessionId: string = live.id;
  // A live session shaped like a real one: 51 councillors, 45 present, a closed vote with named ballots, a declaration, an open vote.
  await gql("mutation($id: ID!) { startSession(sessionId: $id) { id } }", { id: sessionId }, sec);
  for (const c of councillors.slice(0, 45)) {
    await gql("mutation($i: AttendanceInput!) { recordAttendance(input: $i) { id } }", { i: { sessionId, councillorId: c.id, status: "PRESENT" } }, sec);
  }
  await gql("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: live.agenda[0].id }, sec);
  await gql("mutation($i: DeclarationInput!) { fileDeclaration(input: $i) { id } }", {
    i: { agendaItemId: live.agenda[0].id, councillorId: councillors[44].id, interestType: "FAMILY", description: "Bench", recused: true },
  }, sec);
  const first = (await gql("mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }", { i: { agendaItemId: live.agenda[0].id, majority: "SIMPLE" } }, sec)).openVote.id;
  for (const c of councillors.slice(0, 44)) {
    await gql("mutation($i: BallotInput!) { castBallot(input: $i) { id } }", { i: { voteId: first, choice: "FOR", councillorId: c.id } }, sec);
  }
  await gql("mutation($id: ID!) { closeVote(voteId: $id) { id } }", { id: first }, sec);
  await gql("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: live.agenda[1].id }, sec);
  const voteId = (await gql("mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }", { i: { agendaItemId: live.agenda[1].id, majority: "SIMPLE" } }, sec)).openVote.id;
  const payloadBytes = Buffer.byteLength(JSON.stringify({ data: await gql(`query($id: ID!) { session(id: $id) { ${SELECTION} } }`, { id: sessionId }) }));

  await sleep(2000);
  await memory(server.pid!, memoryFile); // a first full GC after the set-up's garbage; the reading is the second
  const memBefore = await memory(server.pid!, memoryFile);

  const workers = Array.from({ length: K }, () => forkTs("fanout-worker.ts"));
  await all(workers, (m) => m.type === "ready", 60_000);
  const share = (w: number) => Math.floor(S / K) + (w < S % K ? 1 : 0);

  // ---- Kuvend ----
  const t0 = now();
  workers.forEach((w, i) => w.send({ cmd: "connect", mode: "kuvend", client, url: `ws://127.0.0.1:${port}/graphql`, n: share(i), levels: B, query: SUBSCRIPTION, sessionId, voteId }));
  const subscribed = await Promise.all(workers.map((w) => w.wait((m) => m.type === "subscribed")));
  const failed = subscribed.reduce((a, m) => a + (m?.failed ?? 0), 0);
  console.log(`connected ${S} clients in ${round((now() - t0) / 1000)} s, ${failed} failed`);
  await sleep(3000);
  const memIdle = await memory(server.pid!, memoryFile);
  // Warm-up: a change every client must see before ballots are measured (repeated if a subscription was not yet registered).
  let warmups = 0;
  for (; warmups < 5; warmups++) {
    const seen = all(workers, (m) => m.type === "warm", WARMUP_WAIT_MS);
    await gql("mutation($i: AttendanceInput!) { recordAttendance(input: $i) { id } }", { i: { sessionId, councillorId: councillors[45 + warmups].id, status: "PRESENT" } }, sec);
    if ((await seen) === K) break;
  }
  console.log(`warm-up seen by all after ${warmups + 1} change(s)`);
  await sleep(1000);
  const memAfterWarmup = await memory(server.pid!, memoryFile);

  const clientPids = workers.map((w) => w.proc.pid!);
  const cpuStart = await cpuNow(server.pid!, clientPids);
  const sentAt: number[] = [NaN];
  for (let k = 1; k <= B; k++) {
    const got = all(workers, (m) => m.type === "got" && m.k === k, WAIT_MS);
    sentAt[k] = now();
    const cast = gql("mutation($i: BallotInput!) { castBallot(input: $i) { id } }", { i: { voteId, choice: k % 3 ? "FOR" : "AGAINST", councillorId: councillors[k - 1].id } }, sec);
    const [n] = await Promise.all([got, cast]);
    if (n < K) console.log(`ballot ${k}: not every client had it after ${WAIT_MS} ms`);
  }
  const kuvendCpu = cpuSince(cpuStart, await cpuNow(server.pid!, clientPids));
  const results = await Promise.all(workers.map((w, i) => { w.send({ cmd: "results", withMessage: i === 0 }); return w.wait((m) => m.type === "results"); }));
  const kuvend = stats(sentAt, results.map((r) => r.arrivals));
  const message: string = results[0].message;
  const kuvendReceived = results.reduce((a, r) => a + r.received, 0);
  console.log("kuvend", { ...kuvend, perBallotP99Ms: undefined });
  await Promise.all(workers.map((w) => { w.send({ cmd: "close" }); return w.wait((m) => m.type === "closed"); }));
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));

  // ---- raw ws baseline, same client processes, same bytes ----
  const raw = forkTs("fanout-raw-server.ts", { gc: true, env: { KUVEND_BENCH_MEMORY_FILE: memoryFile } });
  const { port: rawPort } = await raw.wait((m) => m.type === "listening", 60_000);
  await sleep(1000);
  const rawMemBefore = await memory(raw.proc.pid!, memoryFile);
  raw.send({ cmd: "payload", payload: message });
  workers.forEach((w, i) => w.send({ cmd: "connect", mode: "raw", url: `ws://127.0.0.1:${rawPort}`, n: share(i), levels: B }));
  const rawSubscribed = await Promise.all(workers.map((w) => w.wait((m) => m.type === "subscribed")));
  const rawFailed = rawSubscribed.reduce((a, m) => a + (m?.failed ?? 0), 0);
  await sleep(3000);
  const rawMemIdle = await memory(raw.proc.pid!, memoryFile);
  {
    const seen = all(workers, (m) => m.type === "warm", WARMUP_WAIT_MS);
    raw.send({ cmd: "broadcast" });
    await seen;
  }
  await sleep(1000);
  const rawCpuStart = await cpuNow(raw.proc.pid!, clientPids);
  const rawSent: number[] = [NaN];
  for (let k = 1; k <= B; k++) {
    const got = all(workers, (m) => m.type === "got" && m.k === k, WAIT_MS);
    rawSent[k] = now();
    raw.send({ cmd: "broadcast" });
    await got;
  }
  const rawCpu = cpuSince(rawCpuStart, await cpuNow(raw.proc.pid!, clientPids));
  const rawResults = await Promise.all(workers.map((w) => { w.send({ cmd: "results" }); return w.wait((m) => m.type === "results"); }));
  const rawReceived = rawResults.reduce((a, r) => a + r.received, 0);
  const rawStats = stats(rawSent, rawResults.map((r) => r.arrivals));
  console.log("raw", { ...rawStats, perBallotP99Ms: undefined });
  await Promise.all(workers.map((w) => { w.send({ cmd: "close" }); return w.wait((m) => m.type === "closed", 30_000); }));
  raw.send({ cmd: "exit" });
  for (const w of workers) w.send({ cmd: "exit" });

  return {
    when: new Date().toISOString(), loadAverage1m: round(os.loadavg()[0]),
    subscribers: S, client, ballots: B, clientProcesses: K, payloadBytes, messageBytes: Buffer.byteLength(message),
    connectFailures: { kuvend: failed, raw: rawFailed }, warmupChanges: warmups + 1,
    kuvend, raw: rawStats, p99Ratio: round(kuvend.p99Ms / rawStats.p99Ms),
    /** Messages each client received in all (warm-up included): one per update means no duplicates. */
    messagesPerClient: { kuvend: round(kuvendReceived / S), raw: round(rawReceived / S) },
    /** CPU used while the ballots (or broadcasts) were measured: where the time of a delivery goes. */
    cpu: { kuvend: kuvendCpu, raw: rawCpu },
    serverMemory: { beforeSubscribers: memBefore, idleSubscribed: memIdle, afterWarmup: memAfterWarmup },
    memoryPerIdleSubscriberKB: perSubscriber(memBefore, memIdle, S),
    rawServerMemory: { beforeClients: rawMemBefore, idleClients: rawMemIdle },
    rawMemoryPerIdleClientKB: perSubscriber(rawMemBefore, rawMemIdle, S),
  };
}

async function main() {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "kuvend-fanout-"));
  await chmod(tmp, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg") });
  const runs: Run[] = [];
  if (args.keep) {
    try {
      const previous = JSON.parse(await readFile(path.join(RESULTS, "fanout.json"), "utf8")) as { runs: Run[] };
      runs.push(...previous.runs);
    } catch { /* none yet */ }
  }
  try {
    const clients = args.client.split(",") as Client[];
    for (const S of args.subscribers.split(",").map(Number)) {
      for (const client of clients) {
        const run = await runOne(S, client, pg.url);
        runs.splice(0, runs.length, ...runs.filter((r) => r.subscribers !== S || r.client !== client), run);
        runs.sort((a, b) => a.subscribers - b.subscribers || CLIENTS.indexOf(a.client) - CLIENTS.indexOf(b.client));
        await writeReport(runs); // after each run, so a later failure keeps what was measured
      }
    }
  } finally {
    await pg.stop();
    await rm(tmp, { recursive: true, force: true });
  }
  process.exit(0);
}

type Run = Awaited<ReturnType<typeof runOne>>;
const CLIENTS: Client[] = ["protocol", "graphql-ws"];
const CLIENT_NAMES: Record<Client, string> = { protocol: "protocol client", "graphql-ws": "graphql-ws client library" };
async function writeReport(runs: Run[]) {
  const targets = runs.map((r) => ({
    subscribers: r.subscribers,
    client: r.client,
    nothingMissing: r.kuvend.missing === 0,
    p99Within250MsAt5000: r.subscribers === 5000 ? r.kuvend.p99Ms <= 250 : null,
    p99Within1_5xRawAt10000: r.subscribers === 10000 ? r.p99Ratio <= 1.5 : null,
    // Judged on the larger of the two readings, so neither a lazy RSS nor an unreported buffer flatters it.
    memoryPerIdleSubscriberWithin24KB: Math.max(r.memoryPerIdleSubscriberKB.rssKB, r.memoryPerIdleSubscriberKB.heapKB) <= 24,
  }));
  const report = {
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, memGB: Math.round(os.totalmem() / 2 ** 30) },
    method: "server in its own process (server/src/main.ts, embedded PostgreSQL, demo data); clients in separate forked processes; " +
      "delay = CLOCK_MONOTONIC at receipt in the client process − CLOCK_MONOTONIC just before the castBallot request is sent; " +
      `each ballot waits until every client has it or ${WAIT_MS} ms; memory = (server VmRSS, and V8 heap used + external, after a forced full GC, with S idle subscribers) − (the same before), / S; the raw server measured the same way`,
    runs, targets,
  };
  await mkdir(RESULTS, { recursive: true });
  await writeFile(path.join(RESULTS, "fanout.json"), JSON.stringify(report, null, 2) + "\n");
  const yes = (b: boolean | null) => (b === null ? "—" : b ? "met" : "**not met**");
  const memory = (r: Run) => Math.max(r.memoryPerIdleSubscriberKB.rssKB, r.memoryPerIdleSubscriberKB.heapKB);
  const md = [
    `# Live dashboard fan-out — ${report.when}`, "",
    `Machine: ${report.machine.cpus} cores (${report.machine.model}), ${report.machine.memGB} GB, Node ${report.machine.node}.`, "",
    `Method: ${report.method}. ${B} ballots per S. The raw baseline is a plain \`ws\` server in its own process broadcasting the same bytes (one real Kuvend update message) to the same number of clients in the same client processes, which JSON-parse each message.`, "",
    "Subscribers are measured with two clients, in separate runs. The **protocol client** speaks graphql-transport-ws directly over `ws` (connection_init, subscribe, then JSON.parse of each message): per message it does the same work as the raw baseline's clients, so the ratio of p99s compares the servers. The **graphql-ws client library** is what the web client uses; in these client processes it spends more CPU per message than a plain parse, and since clients and server share the machine's cores, that shows in its delays (see the CPU tables).", "",
    "## Summary", "",
    "| S | client | p50 ms | p99 ms | max ms | missing | raw p99 ms | p99 / raw | memory per idle subscriber (KB, larger of RSS and heap) |",
    "|---|---|---|---|---|---|---|---|---|",
    ...runs.map((r) => `| ${r.subscribers.toLocaleString("en")} | ${CLIENT_NAMES[r.client]} | ${r.kuvend.p50Ms} | ${r.kuvend.p99Ms} | ${r.kuvend.maxMs} | ${r.kuvend.missing} | ${r.raw.p99Ms} | ${r.p99Ratio} | ${memory(r)} |`),
    "",
    "## Targets", "",
    "| target | S | client | result |", "|---|---|---|---|",
    ...targets.flatMap((t) => {
      const r = runs.find((x) => x.subscribers === t.subscribers && x.client === t.client)!;
      const where = `${t.subscribers.toLocaleString("en")} | ${CLIENT_NAMES[t.client]}`;
      return [
        `| nothing missing | ${where} | ${yes(t.nothingMissing)} (${r.kuvend.missing} missing) |`,
        ...(t.p99Within250MsAt5000 !== null ? [`| p99 ≤ 250 ms at 5,000 | ${where} | ${yes(t.p99Within250MsAt5000)} (${r.kuvend.p99Ms} ms; raw \`ws\` ${r.raw.p99Ms} ms) |`] : []),
        ...(t.p99Within1_5xRawAt10000 !== null ? [`| p99 ≤ 1.5 × raw p99 at 10,000 | ${where} | ${yes(t.p99Within1_5xRawAt10000)} (${r.p99Ratio}×) |`] : []),
        `| ≤ 24 KB server memory per idle subscriber | ${where} | ${yes(t.memoryPerIdleSubscriberWithin24KB)} (RSS ${r.memoryPerIdleSubscriberKB.rssKB} KB, heap ${r.memoryPerIdleSubscriberKB.heapKB} KB) |`,
      ];
    }),
    "",
  ];
  for (const r of runs) {
    md.push(
      `## S = ${r.subscribers.toLocaleString("en")}, ${CLIENT_NAMES[r.client]} (${r.clientProcesses} client processes, update message ${r.messageBytes.toLocaleString("en")} bytes)`, "",
      `Measured ${r.when}; 1-minute load average at the end of the run: ${r.loadAverage1m}.`, "",
      "| | deliveries | missing | p50 ms | p99 ms | max ms |", "|---|---|---|---|---|---|",
      `| Kuvend | ${r.kuvend.deliveries} | ${r.kuvend.missing} | ${r.kuvend.p50Ms} | ${r.kuvend.p99Ms} | ${r.kuvend.maxMs} |`,
      `| raw \`ws\` broadcast | ${r.raw.deliveries} | ${r.raw.missing} | ${r.raw.p50Ms} | ${r.raw.p99Ms} | ${r.raw.maxMs} |`, "",
      `p99 ratio Kuvend / raw: **${r.p99Ratio}**. Connection failures: ${r.connectFailures.kuvend} (Kuvend), ${r.connectFailures.raw} (raw). Warm-up changes needed: ${r.warmupChanges}.`, "",
      `Messages received per client, warm-up included: ${r.messagesPerClient.kuvend} (Kuvend: ${r.warmupChanges} warm-up + ${r.ballots} ballots), ${r.messagesPerClient.raw} (raw: 1 + ${r.ballots}).`, "",
      `CPU used during the ${r.ballots} measured updates (ms; the machine has ${report.machine.cpus} cores):`, "",
      "| | wall | server | PostgreSQL | client processes |", "|---|---|---|---|---|",
      `| Kuvend | ${r.cpu.kuvend.wallMs} | ${r.cpu.kuvend.serverMs} | ${r.cpu.kuvend.postgresMs} | ${r.cpu.kuvend.clientsMs} |`,
      `| raw \`ws\` | ${r.cpu.raw.wallMs} | ${r.cpu.raw.serverMs} | ${r.cpu.raw.postgresMs} | ${r.cpu.raw.clientsMs} |`, "",
      "Server memory after a full GC (KB; heap = V8 heap used + external buffers):", "",
      "| | before | with S idle | after the first update | per idle subscriber |", "|---|---|---|---|---|",
      `| Kuvend RSS | ${r.serverMemory.beforeSubscribers.rssKB} | ${r.serverMemory.idleSubscribed.rssKB} | ${r.serverMemory.afterWarmup.rssKB} | **${r.memoryPerIdleSubscriberKB.rssKB}** |`,
      `| Kuvend heap | ${r.serverMemory.beforeSubscribers.heapKB} | ${r.serverMemory.idleSubscribed.heapKB} | ${r.serverMemory.afterWarmup.heapKB} | **${r.memoryPerIdleSubscriberKB.heapKB}** |`,
      `| raw \`ws\` RSS | ${r.rawServerMemory.beforeClients.rssKB} | ${r.rawServerMemory.idleClients.rssKB} | | ${r.rawMemoryPerIdleClientKB.rssKB} |`,
      `| raw \`ws\` heap | ${r.rawServerMemory.beforeClients.heapKB} | ${r.rawServerMemory.idleClients.heapKB} | | ${r.rawMemoryPerIdleClientKB.heapKB} |`, "",
      `Kuvend p99 per ballot (ms): ${r.kuvend.perBallotP99Ms.join(", ")}`, "",
    );
  }
  await writeFile(path.join(RESULTS, "fanout.md"), md.join("\n"));
  console.log(`wrote ${path.join(RESULTS, "fanout.md")}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
