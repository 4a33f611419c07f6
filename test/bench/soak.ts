/* eslint-disable @typescript-eslint/no-explicit-any -- the benchmark handles untyped JSON (worker messages, GraphQL answers). */
/**
 * `npm run bench:soak` (issue 11, point 7): one Kuvend instance through a
 * compressed council session. The server runs in its own process
 * (`server/src/main.ts` against an embedded PostgreSQL with the demo data). For
 * `--minutes` (20) the secretariat makes one change per second through the
 * GraphQL API (roll call, agenda items taken up, votes opened, ballots cast and
 * changed, votes closed, councillors leaving and returning, a suspension);
 * `--subscribers` (2,000) dashboard viewers in separate client processes follow
 * the session over graphql-ws, 10 % of them leaving and coming back each minute;
 * and another process asks the public session query `--rate` (50) times a second.
 * Each minute it records the server's RSS and heap, its event-loop delay
 * (measured inside the server: gc-on-signal.mjs with KUVEND_BENCH_EVENT_LOOP=1),
 * the updates delivered and missed, reconnects, the query's throughput, latency
 * and errors. Writes bench/results/soak.{json,md}.
 *
 * Usage: npm run bench:soak [-- --minutes 20 --subscribers 2000 --rate 50 --workers 3]
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDatabase, startEmbeddedPostgres } from "../../server/src/platform/db/embedded.js";
import { Child } from "./child.js";

const { values: args } = parseArgs({
  options: {
    minutes: { type: "string", default: "20" },
    subscribers: { type: "string", default: "2000" },
    rate: { type: "string", default: "50" },
    workers: { type: "string", default: "3" },
  },
});
const MINUTES = Number(args.minutes);
const SUBSCRIBERS = Number(args.subscribers);
const RATE = Number(args.rate);
const K = Number(args.workers);
const CHURN_PER_MINUTE = 0.1;
/** A change counts as delivered to a viewer if an update with its version or a later one arrived within this long after the mutation answered. */
const DEADLINE_MS = 10_000;
/** A viewer is expected to get a change only if it had sent its subscribe message this long before the mutation was sent. */
const GRACE_MS = 2_000;
const HERE = fileURLToPath(new URL(".", import.meta.url));
const SERVER_DIR = fileURLToPath(new URL("../../server/", import.meta.url));
const RESULTS = fileURLToPath(new URL("../../bench/results/", import.meta.url));
const GC_ON_SIGNAL = fileURLToPath(new URL("./gc-on-signal.mjs", import.meta.url));

/** The web client's session selection (web/src/sessions/operations.ts SessionFields), plus the session's version. */
const SESSION_FIELDS = `id version title scheduledAt status seats lateNotice announcedAt startedAt closedAt
  minutes { sessionId deadline publishedAt late sha256 jsonUrl pdfUrl }
  body { id name kind }
  quorum { seats present required reached }
  currentItem { id }
  agenda { id position title description status
    declarations { id interestType description recused filedAt filedOnBehalf inForce supersedesId agendaItemId councillor { id fullName party } }
    votes { id status majority outcome openedAt closedAt tally { for against abstain recused notVoted }
      ballots { choice councillor { id fullName party } }
      removedBallots { choice declarationId removedAt councillor { id fullName party } } } }
  attendance { status changedAt councillor { id fullName party gender } }`;
const SUBSCRIPTION = `subscription SessionUpdated($id: ID!) { sessionUpdated(sessionId: $id) { ${SESSION_FIELDS} } }`;
const SESSION_QUERY = `query SessionById($id: ID!) { session(id: $id) { ${SESSION_FIELDS} } }`;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number) => Math.round(n * 100) / 100;
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); });
  });
}
const CLOCK_TICKS = 100; // USER_HZ on Linux
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
/** CPU time of one PostgreSQL server: its postmaster and every backend it started (not the other PostgreSQL servers on the machine). */
async function postgresCpuMs(postmasterPid: number): Promise<number> {
  let total = 0;
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(entry) === postmasterPid || Number(fields[1]) === postmasterPid) total += ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    } catch { /* gone */ }
  }
  return total;
}
const rssKB = async (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, "utf8"))![1]);

/** Sparse millisecond histograms ([ms, count] pairs) from the workers, merged. */
class Histogram {
  private counts = new Map<number, number>();
  add(pairs: [number, number][]) { for (const [ms, n] of pairs) this.counts.set(ms, (this.counts.get(ms) ?? 0) + n); }
  get total() { let n = 0; for (const c of this.counts.values()) n += c; return n; }
  percentile(p: number): number | null {
    const total = this.total;
    if (total === 0) return null;
    const want = Math.ceil((p / 100) * total);
    let seen = 0;
    for (const ms of [...this.counts.keys()].sort((a, b) => a - b)) { seen += this.counts.get(ms)!; if (seen >= want) return ms; }
    return null;
  }
  get max(): number | null { return this.counts.size ? Math.max(...this.counts.keys()) : null; }
  merge(other: Histogram) { this.add([...other.counts.entries()]); }
}

const children = new Set<ChildProcess>();
process.on("exit", () => { for (const c of children) if (c.exitCode === null) c.kill("SIGKILL"); });
const track = <T extends ChildProcess>(c: T) => { children.add(c); c.once("exit", () => children.delete(c)); return c; };
const forkWorker = () => new Child(track(fork(path.join(HERE, "soak-worker.ts"), [], {
  execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"],
})));

type Gql = (query: string, variables?: Record<string, unknown>, token?: string) => Promise<any>;
function client(base: string): Gql {
  // Each request on a fresh connection, as in fanout.ts (no keep-alive reset races for the secretariat's writes).
  return (query, variables = {}, token) => new Promise<any>((resolve, reject) => {
    const body = JSON.stringify({ query, variables });
    const req = http.request(`${base}/graphql`, {
      method: "POST", agent: false, timeout: 30_000,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        try {
          const parsed = JSON.parse(Buffer.concat(chunks).toString()) as { data?: any; errors?: unknown };
          if (parsed.errors) reject(new Error(JSON.stringify(parsed.errors)));
          else if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}`));
          else resolve(parsed.data);
        } catch (err) { reject(err); }
      });
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

// ---------------------------------------------------------------- the session

type Step = { kind: string; query: string; variables: Record<string, unknown> };
const CHOICES = ["FOR", "FOR", "FOR", "AGAINST", "FOR", "FOR", "ABSTAIN", "FOR", "AGAINST", "FOR", "FOR", "FOR"];
/**
 * The secretariat's changes, one per second, as a plausible session runs: the
 * session is opened and the roll call taken one councillor at a time (47 present,
 * 2 excused, 2 absent); then item after item is taken up, a vote opened, every
 * present councillor's ballot recorded (now and then one changes it), the vote
 * closed. Every fourth item a councillor leaves the hall, and comes back two items
 * later; after the tenth item the session is suspended for a break (a late arrival
 * is recorded meanwhile) and resumed.
 */
function* councilSession(sessionId: string, councillors: string[], items: string[]): Generator<Step, void, any> {
  yield { kind: "startSession", query: "mutation($id: ID!) { startSession(sessionId: $id) { id } }", variables: { id: sessionId } };
  const attendance = (councillorId: string, status: string): Step => ({
    kind: "recordAttendance", query: "mutation($i: AttendanceInput!) { recordAttendance(input: $i) { id } }", variables: { i: { sessionId, councillorId, status } },
  });
  const present = new Set<string>();
  const absent: string[] = [];
  for (const [n, id] of councillors.entries()) {
    const status = n < 47 ? "PRESENT" : n < 49 ? "EXCUSED" : "ABSENT";
    yield attendance(id, status);
    if (status === "PRESENT") present.add(id);
    if (status === "ABSENT") absent.push(id);
  }
  let away: string | null = null;
  let ballotNo = 0;
  for (const [n, itemId] of items.entries()) {
    const no = n + 1;
    yield { kind: "startAgendaItem", query: "mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", variables: { id: itemId } };
    if (no % 4 === 0 && away === null) {
      away = [...present][(no * 7) % present.size];
      present.delete(away);
      yield attendance(away, "ABSENT");
    } else if (no % 4 === 2 && away !== null) {
      present.add(away);
      yield attendance(away, "PRESENT");
      away = null;
    }
    const majority = no % 5 === 0 ? "ABSOLUTE" : "SIMPLE";
    const opened = yield {
      kind: "openVote", query: "mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }", variables: { i: { agendaItemId: itemId, majority } },
    };
    if (!opened) continue; // the mutation failed (it is counted): go on with the next item
    const voteId: string = opened.openVote.id;
    const ballot = (councillorId: string, choice: string): Step => ({
      kind: "castBallot", query: "mutation($i: BallotInput!) { castBallot(input: $i) { id } }", variables: { i: { voteId, councillorId, choice } },
    });
    const voters = [...present];
    for (const id of voters) yield ballot(id, CHOICES[ballotNo++ % CHOICES.length]);
    if (no % 3 === 0) yield ballot(voters[no % voters.length], "ABSTAIN"); // a councillor changes their ballot
    yield { kind: "closeVote", query: "mutation($id: ID!) { closeVote(voteId: $id) { id } }", variables: { id: voteId } };
    if (no === 10) {
      yield { kind: "suspendSession", query: "mutation($id: ID!) { suspendSession(sessionId: $id) { id } }", variables: { id: sessionId } };
      const late = absent.length ? absent.shift()! : councillors[49];
      yield attendance(late, "PRESENT");
      present.add(late);
      yield { kind: "resumeSession", query: "mutation($id: ID!) { resumeSession(sessionId: $id) { id } }", variables: { id: sessionId } };
    }
  }
}
/** Changes one agenda item takes (start, open, ~47 ballots, close, now and then an attendance change or a changed ballot). */
const CHANGES_PER_ITEM = 50;

// ---------------------------------------------------------------- the run

type Change = { version: number; sentAt: number; doneAt: number; minute: number; kind: string };
type MinuteAcc = {
  eligible: number; delivered: number; missing: number; delays: Histogram; examples: unknown[];
  changes: number; kinds: Record<string, number>; mutationMs: number[];
};

async function main() {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "kuvend-soak-"));
  await chmod(tmp, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg") });
  try {
    const postmasterPid = Number((await readFile(path.join(tmp, "pg", "postmaster.pid"), "utf8")).split("\n")[0]);
    await run(pg.url, postmasterPid);
  } finally {
    await pg.stop();
    await rm(tmp, { recursive: true, force: true });
  }
  process.exit(0);
}

async function run(adminUrl: string, postmasterPid: number) {
  const dbUrl = await createDatabase(adminUrl, "kuvend_soak");
  const port = await freePort();
  const memoryFile = path.join(os.tmpdir(), `kuvend-soak-memory-${process.pid}.json`);
  const server = track(spawn(process.execPath, ["--expose-gc", "--import", GC_ON_SIGNAL, "--import", "tsx", "src/main.ts"], {
    cwd: SERVER_DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env, DATABASE_URL: dbUrl, PORT: String(port), HOST: "127.0.0.1", KUVEND_DEMO: "true",
      JWT_SECRET: "bench-secret-bench-secret-bench-secret", LOG_LEVEL: "silent",
      WS_MAX_CONNECTIONS_PER_ADDRESS: "100000", KUVEND_BENCH_MEMORY_FILE: memoryFile, KUVEND_BENCH_EVENT_LOOP: "1",
    },
  }));
  let serverExit: string | null = null;
  server.once("exit", (code, signal) => { serverExit = `exit code ${code}, signal ${signal}`; });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/readyz`)).ok) break; } catch { /* starting */ }
    if (serverExit) throw new Error(`the server ended while starting (${serverExit})`);
    if (i > 600) throw new Error("the server did not start");
    await sleep(200);
  }
  const gql = client(base);
  const sec = (await gql("mutation { login(username: \"sekretaria\", password: \"sekretaria\") { token } }")).login.token as string;
  const councillors: string[] = (await gql("{ councillors { id } }")).councillors.map((c: { id: string }) => c.id);
  const live = (await gql("{ liveSession { id status agenda { id } } }")).liveSession;
  const sessionId: string = live.id;
  // Enough agenda items for the whole run (the demo's session has a handful).
  const items: string[] = live.agenda.map((i: { id: string }) => i.id);
  const wanted = Math.ceil((MINUTES * 60) / CHANGES_PER_ITEM) + 2;
  for (let n = items.length; n < wanted; n++) {
    const item = await gql("mutation($i: AgendaItemInput!) { addAgendaItem(input: $i) { id } }", { i: { sessionId, title: `Projektvendim nr. ${n + 1} për buxhetin vendor` } }, sec);
    items.push(item.addAgendaItem.id);
  }
  console.log(`server on ${base}, session ${sessionId} (${live.status}), ${councillors.length} councillors, ${items.length} agenda items`);

  // Server readings: RSS as the kernel sees it, then (SIGUSR2) the event-loop delay since the last reading, a full GC, RSS and heap after it.
  const serverPid = server.pid!;
  async function readServer() {
    const live = await rssKB(serverPid);
    await rm(memoryFile, { force: true });
    process.kill(serverPid, "SIGUSR2");
    for (let i = 0; i < 100; i++) {
      await sleep(100);
      try {
        const m = JSON.parse(await readFile(memoryFile, "utf8"));
        return {
          rssLiveKB: live, rssAfterGcKB: Math.round(m.rss / 1024), heapKB: Math.round((m.heapUsed + m.external) / 1024),
          heapTotalKB: Math.round(m.heapTotal / 1024), arrayBuffersKB: Math.round(m.arrayBuffers / 1024), gcMs: m.gcMs ?? null, eventLoop: m.eventLoop ?? null,
        };
      } catch { /* not written yet */ }
    }
    throw new Error("the server did not answer SIGUSR2 within 10 s");
  }
  const baseline = await readServer();

  // Viewers, in K processes.
  const workers = Array.from({ length: K }, () => forkWorker());
  const queryWorker = forkWorker();
  await Promise.all([...workers, queryWorker].map((w) => w.wait((m) => m.type === "ready", 60_000)));
  const share = (w: number) => Math.floor(SUBSCRIBERS / K) + (w < SUBSCRIBERS % K ? 1 : 0);
  const t0connect = now();
  const subscribed = await Promise.all(workers.map((w, i) => w.ask({
    cmd: "start", url: `ws://127.0.0.1:${port}/graphql`, httpUrl: `${base}/graphql`, n: share(i),
    first: Array.from({ length: i }, (_, j) => share(j)).reduce((a, b) => a + b, 0),
    query: SUBSCRIPTION, catchUpQuery: JSON.stringify({ query: SESSION_QUERY, variables: { id: sessionId } }), sessionId,
  }, "subscribed", 300_000)));
  const initialFailures = subscribed.reduce((a, m) => a + (m?.failed ?? 0), 0);
  console.log(`${SUBSCRIBERS} viewers connected in ${round((now() - t0connect) / 1000)} s, ${initialFailures} failed`);
  await sleep(GRACE_MS + 1000);
  for (const w of workers) await w.ask({ cmd: "counters" }, "counters"); // start the counters afresh
  await queryWorker.ask({ cmd: "counters" }, "counters");
  const idle = await readServer();

  // ---- the measured session ----
  const t0 = now();
  const end = t0 + MINUTES * 60_000;
  for (const w of workers) w.send({ cmd: "churn", perMinute: CHURN_PER_MINUTE });
  queryWorker.send({ cmd: "queries", url: `${base}/graphql`, body: JSON.stringify({ query: SESSION_QUERY, variables: { id: sessionId } }), rate: RATE });

  const changes: Change[] = [];
  const acc: MinuteAcc[] = Array.from({ length: MINUTES }, () => ({
    eligible: 0, delivered: 0, missing: 0, delays: new Histogram(), examples: [], changes: 0, kinds: {}, mutationMs: [],
  }));
  const driverErrors: { minute: number; kind: string; message: string }[] = [];
  let noOpChanges = 0;
  let lateSlots = 0;
  let lastVersion: number = (await gql("query($id: ID!) { session(id: $id) { version } }", { id: sessionId })).session.version;
  const firstVersion = lastVersion;
  /** The size of the session's state as the dashboard receives it (it grows as ballots are recorded). */
  const sessionBytes = async () => Buffer.byteLength(JSON.stringify({ data: await gql(SESSION_QUERY, { id: sessionId }) }));
  const startBytes = await sessionBytes();

  const secretariat = (async () => {
    const steps = councilSession(sessionId, councillors, items);
    let answer: any = undefined;
    for (let k = 0; ; k++) {
      const slot = t0 + k * 1000;
      if (slot >= end || now() >= end) break; // a slow server gets fewer changes, not a longer run
      const wait = slot - now();
      if (wait > 0) await sleep(wait);
      else if (wait < -500) lateSlots++;
      const next = steps.next(answer);
      if (next.done) break;
      const step = next.value;
      const minute = Math.min(MINUTES - 1, Math.floor((now() - t0) / 60_000));
      const sentAt = now();
      try {
        answer = await gql(step.query, step.variables, sec);
      } catch (err) {
        driverErrors.push({ minute: minute + 1, kind: step.kind, message: (err as Error).message.slice(0, 300) });
        console.log(`change ${k} (${step.kind}) failed: ${(err as Error).message.slice(0, 300)}`);
        answer = undefined;
        continue;
      }
      const doneAt = now();
      const version: number = (await gql("query($id: ID!) { session(id: $id) { version } }", { id: sessionId })).session.version;
      if (version === lastVersion) { noOpChanges++; continue; }
      lastVersion = version;
      changes.push({ version, sentAt, doneAt, minute, kind: step.kind });
      acc[minute].changes++;
      acc[minute].kinds[step.kind] = (acc[minute].kinds[step.kind] ?? 0) + 1;
      acc[minute].mutationMs.push(doneAt - sentAt);
    }
  })();

  let evaluatedUpTo = 0;
  async function evaluateDue(all: boolean) {
    const due: Change[] = [];
    while (evaluatedUpTo < changes.length && (all || changes[evaluatedUpTo].doneAt + DEADLINE_MS + 500 <= now())) due.push(changes[evaluatedUpTo++]);
    for (let m = 0; m < MINUTES; m++) {
      const mine = due.filter((c) => c.minute === m);
      if (mine.length === 0) continue;
      const results = await Promise.all(workers.map((w) => w.ask({ cmd: "evaluate", changes: mine, graceMs: GRACE_MS, deadlineMs: DEADLINE_MS }, "evaluated")));
      for (const r of results) {
        acc[m].eligible += r.eligible; acc[m].delivered += r.delivered; acc[m].missing += r.missing;
        acc[m].delays.add(r.delays);
        acc[m].examples.push(...r.examples.slice(0, Math.max(0, 10 - acc[m].examples.length)));
      }
    }
  }

  type Row = Awaited<ReturnType<typeof minuteRow>>;
  const viewerPids = workers.map((w) => w.proc.pid!);
  const viewersCpu = async () => (await Promise.all(viewerPids.map(cpuMs))).reduce((a, b) => a + b, 0);
  let cpuBefore = await cpuMs(serverPid);
  let viewersCpuBefore = await viewersCpu();
  let pgCpuBefore = await postgresCpuMs(postmasterPid);
  let queryCpuBefore = await cpuMs(queryWorker.proc.pid!);
  let tBefore = now();
  async function minuteRow(minute: number) {
    const server = await readServer();
    const cpu = await cpuMs(serverPid);
    const vCpu = await viewersCpu();
    const pgCpu = await postgresCpuMs(postmasterPid);
    const qCpu = await cpuMs(queryWorker.proc.pid!);
    const t = now();
    const postgresCpuPercent = round(((pgCpu - pgCpuBefore) / (t - tBefore)) * 100);
    const queryLoadCpuPercent = round(((qCpu - queryCpuBefore) / (t - tBefore)) * 100);
    pgCpuBefore = pgCpu; queryCpuBefore = qCpu;
    const serverCpuPercent = round(((cpu - cpuBefore) / (t - tBefore)) * 100);
    /** The viewers' processes together (100 % = one core): if they are saturated, delays are the benchmark's, not the server's. */
    const viewersCpuPercent = round(((vCpu - viewersCpuBefore) / (t - tBefore)) * 100);
    cpuBefore = cpu; viewersCpuBefore = vCpu; tBefore = t;
    const counts = await Promise.all(workers.map((w) => w.ask({ cmd: "counters" }, "counters")));
    const q = (await queryWorker.ask({ cmd: "counters" }, "counters")).queries;
    const sub = { updates: 0, connects: 0, connectFailures: 0, socketErrors: 0, unexpectedCloses: 0, subscriptionErrors: 0, leaves: 0, catchUpQueries: 0, catchUpErrors: 0, outOfOrder: 0, connectedNow: 0 };
    const toState = new Histogram();
    for (const c of counts) {
      for (const key of Object.keys(sub) as (keyof typeof sub)[]) sub[key] += c.subscribers[key];
      toState.add(c.subscribers.toState);
    }
    const latency = new Histogram();
    latency.add(q.latency);
    return {
      minute, loadAverage1m: round(os.loadavg()[0]), serverCpuPercent, postgresCpuPercent, viewersCpuPercent, queryLoadCpuPercent, server,
      subscribers: { ...sub, reconnectToStateP50Ms: toState.percentile(50), reconnectToStateP99Ms: toState.percentile(99), reconnectToStateMaxMs: toState.max },
      queries: {
        sent: q.sent, ok: q.ok, perSecond: round(q.ok / ((t - (minute === 1 ? t0 : t0 + (minute - 1) * 60_000)) / 1000)),
        p50Ms: latency.percentile(50), p99Ms: latency.percentile(99), maxMs: latency.max,
        non2xx: q.non2xx, graphqlErrors: q.graphqlErrors, socketErrors: q.socketErrors, timeouts: q.timeouts, inFlightAtEnd: q.inFlight, maxBehindScheduleMs: q.maxBehindMs, firstErrors: q.firstErrors as string[],
      },
    };
  }
  const rows: Row[] = [];
  for (let m = 1; m <= MINUTES; m++) {
    await sleep(Math.max(0, t0 + m * 60_000 - now()));
    if (serverExit) throw new Error(`the server ended during the run (${serverExit})`);
    const row = await minuteRow(m);
    rows.push(row);
    await evaluateDue(false);
    const a = acc[m - 1];
    console.log(`minute ${m}: RSS ${Math.round(row.server.rssLiveKB / 1024)} MB (after GC ${Math.round(row.server.rssAfterGcKB / 1024)} MB), ` +
      `event loop p99 ${row.server.eventLoop?.p99Ms} ms max ${row.server.eventLoop?.maxMs} ms, CPU % server ${row.serverCpuPercent} postgres ${row.postgresCpuPercent} viewers ${row.viewersCpuPercent} queries ${row.queryLoadCpuPercent}, ${a.changes} changes, ` +
      `${row.subscribers.updates} updates delivered, ${row.subscribers.connects} reconnects, queries ${row.queries.perSecond}/s p99 ${row.queries.p99Ms} ms, ` +
      `errors ${row.queries.non2xx + row.queries.graphqlErrors + row.queries.socketErrors + row.queries.timeouts + row.subscribers.socketErrors + row.subscribers.unexpectedCloses + row.subscribers.subscriptionErrors}, load ${row.loadAverage1m}`);
  }
  await secretariat;
  for (const w of [...workers, queryWorker]) await w.ask({ cmd: "stop" }, "stopped");
  // Let the last changes' deadline pass, then judge them and the viewers' final state.
  await sleep(DEADLINE_MS + 1000);
  await evaluateDue(true);
  const finals = await Promise.all(workers.map((w) => w.ask({ cmd: "final", version: lastVersion }, "final")));
  const tail = await Promise.all(workers.map((w) => w.ask({ cmd: "counters" }, "counters")));
  const tailQueries = (await queryWorker.ask({ cmd: "counters" }, "counters")).queries;
  const finalState = {
    version: lastVersion,
    connected: finals.reduce((a, f) => a + f.connected, 0),
    atFinalVersion: finals.reduce((a, f) => a + f.atVersion, 0),
  };
  const afterRun = { subscriberErrors: tail.reduce((a, c) => a + c.subscribers.socketErrors + c.subscribers.unexpectedCloses + c.subscribers.subscriptionErrors + c.subscribers.catchUpErrors + c.subscribers.connectFailures, 0),
    queryErrors: tailQueries.non2xx + tailQueries.graphqlErrors + tailQueries.socketErrors + tailQueries.timeouts, queriesAnsweredAfterTheLastMinute: tailQueries.ok };
  const updateBytes = { start: startBytes, end: await sessionBytes() };
  for (const w of [...workers, queryWorker]) w.send({ cmd: "exit" });
  server.kill("SIGTERM");
  await new Promise((r) => (server.exitCode !== null ? r(null) : server.once("exit", r)));

  await writeReport({ rows, acc, changes, driverErrors, noOpChanges, lateSlots, firstVersion, finalState, afterRun, baseline, idle, initialFailures, updateBytes });
}

type ReportInput = {
  rows: any[]; acc: MinuteAcc[]; changes: Change[]; driverErrors: { minute: number; kind: string; message: string }[]; noOpChanges: number; lateSlots: number;
  firstVersion: number; finalState: { version: number; connected: number; atFinalVersion: number };
  afterRun: { subscriberErrors: number; queryErrors: number; queriesAnsweredAfterTheLastMinute: number };
  baseline: any; idle: any; initialFailures: number; updateBytes: { start: number; end: number };
};
async function writeReport(r: ReportInput) {
  const minutes = r.rows.map((row, i) => {
    const a = r.acc[i];
    const s = row.subscribers;
    const q = row.queries;
    const subscriberErrors = s.connectFailures + s.socketErrors + s.unexpectedCloses + s.subscriptionErrors + s.catchUpErrors;
    const queryErrors = q.non2xx + q.graphqlErrors + q.socketErrors + q.timeouts;
    const driverErrors = r.driverErrors.filter((e) => e.minute === row.minute).length;
    return {
      ...row,
      changes: a.changes, changeKinds: a.kinds,
      mutationP50Ms: a.mutationMs.length ? round([...a.mutationMs].sort((x, y) => x - y)[Math.ceil(0.5 * a.mutationMs.length) - 1]) : null,
      mutationP99Ms: a.mutationMs.length ? round([...a.mutationMs].sort((x, y) => x - y)[Math.ceil(0.99 * a.mutationMs.length) - 1]) : null,
      deliveries: { eligible: a.eligible, delivered: a.delivered, missing: a.missing, p50Ms: a.delays.percentile(50), p99Ms: a.delays.percentile(99), maxMs: a.delays.max, missingExamples: a.examples },
      errors: { subscribers: subscriberErrors, queries: queryErrors, secretariat: driverErrors, total: subscriberErrors + queryErrors + driverErrors },
    };
  });
  const sum = (f: (m: (typeof minutes)[number]) => number) => minutes.reduce((a, m) => a + f(m), 0);
  const missing = sum((m) => m.deliveries.missing);
  const errors = sum((m) => m.errors.total) + r.afterRun.subscriberErrors + r.afterRun.queryErrors;
  const minute2 = minutes.find((m) => m.minute === 2) ?? null;
  const last = minutes.at(-1)!;
  const growth = (pick: (m: (typeof minutes)[number]) => number) => (minute2 ? round(((pick(last) - pick(minute2)) / pick(minute2)) * 100) : null);
  const rssGrowthPercent = growth((m) => m.server.rssAfterGcKB);
  const liveRssGrowthPercent = growth((m) => m.server.rssLiveKB);
  const heapGrowthPercent = growth((m) => m.server.heapKB);
  const allDelays = new Histogram();
  for (const a of r.acc) allDelays.merge(a.delays);
  const report = {
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, memGB: Math.round(os.totalmem() / 2 ** 30) },
    settings: { minutes: MINUTES, subscribers: SUBSCRIBERS, subscriberProcesses: K, churnPerMinute: CHURN_PER_MINUTE, queryRatePerSecond: RATE, deadlineMs: DEADLINE_MS, graceMs: GRACE_MS },
    method: "server in its own process (server/src/main.ts, embedded PostgreSQL, demo data); viewers and the query load in separate forked processes on the same machine; all over loopback",
    definitions: {
      missing: `a change is a mutation that raised the session's version to v; a viewer is expected to get it if its current connection had sent subscribe at least ${GRACE_MS} ms before the mutation was sent and stayed open until ${DEADLINE_MS} ms after the mutation answered; it got it if an update with version ≥ v arrived by then (every update is the whole session, so a later version carries the change too)`,
      deliveryDelay: "arrival (CLOCK_MONOTONIC in the viewer's process) of the first update with version ≥ v − the moment the mutation was sent",
      errors: "queries: non-2xx, GraphQL errors, socket errors, 10 s timeouts; viewers: failed connects, socket errors, connections the server closed, subscription error/complete messages, failed catch-up queries; secretariat: failed mutations",
      rss: "server VmRSS from /proc before the minute's reading (live) and after a forced full GC (SIGUSR2, gc-on-signal.mjs); heap = V8 heap used + external after that GC",
      eventLoop: "perf_hooks.monitorEventLoopDelay inside the server (10 ms sampling), over the minute, before the reading's forced GC; delay = time between two ticks − 10 ms",
    },
    serverBeforeViewers: r.baseline, serverWithIdleViewers: r.idle, initialConnectFailures: r.initialFailures,
    session: { changes: r.changes.length, firstVersion: r.firstVersion, finalVersion: r.finalState.version, noOpChanges: r.noOpChanges, lateSlots: r.lateSlots, secretariatErrors: r.driverErrors },
    finalState: r.finalState, afterRun: r.afterRun, sessionStateBytes: r.updateBytes,
    totals: {
      missing, errors, eligibleDeliveries: sum((m) => m.deliveries.eligible), delivered: sum((m) => m.deliveries.delivered),
      deliveryP50Ms: allDelays.percentile(50), deliveryP99Ms: allDelays.percentile(99), deliveryMaxMs: allDelays.max,
      updatesReceived: sum((m) => m.subscribers.updates), reconnects: sum((m) => m.subscribers.connects), leaves: sum((m) => m.subscribers.leaves),
      catchUpQueries: sum((m) => m.subscribers.catchUpQueries), queriesOk: sum((m) => m.queries.ok),
      rssGrowthPercentMinute2ToEnd: rssGrowthPercent, liveRssGrowthPercentMinute2ToEnd: liveRssGrowthPercent, heapGrowthPercentMinute2ToEnd: heapGrowthPercent,
    },
    targets: { noMissing: missing === 0, noErrors: errors === 0, rssWithin10PercentOfMinute2: rssGrowthPercent === null ? null : Math.abs(rssGrowthPercent) <= 10 },
    minutes,
  };
  await mkdir(RESULTS, { recursive: true });
  await writeFile(path.join(RESULTS, "soak.json"), JSON.stringify(report, null, 2) + "\n");

  const yes = (b: boolean | null) => (b === null ? "—" : b ? "met" : "**not met**");
  const mb = (kb: number) => Math.round(kb / 1024);
  const t = report.totals;
  const md = [
    `# Soak: a ${MINUTES}-minute session, ${SUBSCRIBERS.toLocaleString("en")} viewers, ${RATE} queries/s — ${report.when}`, "",
    `Machine: ${report.machine.cpus} cores (${report.machine.model}), ${report.machine.memGB} GB, Node ${report.machine.node}. ` +
      `The machine was shared with other work while this ran (other test suites on the same 2 cores): see the load average and CPU columns. Under that load, latency, throughput, timeouts and memory depend on how much of the machine the server got.`, "",
    `Method: ${report.method}. The secretariat makes one change per second through the GraphQL API: the session is opened, the roll call taken one councillor at a time, then item after item is taken up, a vote opened, each present councillor's ballot recorded (now and then one is changed), the vote closed; councillors leave and return between items, and the session is suspended once and resumed. ` +
      `${SUBSCRIBERS.toLocaleString("en")} viewers in ${K} processes follow the session over graphql-ws (graphql-transport-ws spoken directly over \`ws\`, with the web client's whole \`sessionUpdated\` selection plus \`version\`). ` +
      `Each minute ${Math.round(CHURN_PER_MINUTE * 100)} % of them, spread over the minute and in turn, leave (alternately a clean close and an abrupt terminate) and come back 2 s later: they connect, subscribe and, as the web client does, query the session once if no update came within 1.5 s. ` +
      `Another process sends the public session query (the same selection, \`session(id:)\`) ${RATE} times a second on schedule, over keep-alive HTTP, whether or not earlier requests have answered.`, "",
    "Definitions:", "",
    `- **Missing**: ${report.definitions.missing}.`,
    `- **Delivery delay**: ${report.definitions.deliveryDelay}.`,
    `- **Errors**: ${report.definitions.errors}.`,
    `- **RSS**: ${report.definitions.rss}.`,
    `- **Event-loop delay**: ${report.definitions.eventLoop}.`, "",
    "## Targets", "",
    "| target | result |", "|---|---|",
    `| 0 missing updates for connected viewers | ${yes(report.targets.noMissing)} (${t.missing} missing of ${t.eligibleDeliveries.toLocaleString("en")} expected deliveries) |`,
    `| 0 errors | ${yes(report.targets.noErrors)} (${t.errors}) |`,
    `| RSS at the end within 10 % of minute 2 | ${yes(report.targets.rssWithin10PercentOfMinute2)} (after GC: ${minute2 ? mb(minute2.server.rssAfterGcKB) : "—"} → ${mb(last.server.rssAfterGcKB)} MB, ${rssGrowthPercent} %; live RSS ${minute2 ? mb(minute2.server.rssLiveKB) : "—"} → ${mb(last.server.rssLiveKB)} MB, ${liveRssGrowthPercent} %; heap ${heapGrowthPercent} %) |`,
    "",
    "## Summary", "",
    `- Session: ${r.changes.length} changes (versions ${r.firstVersion + 1} to ${r.finalState.version}); ${r.driverErrors.length} failed mutations, ${r.noOpChanges} that changed nothing, ${r.lateSlots} sent more than 0.5 s late.`,
    `- Deliveries to connected viewers: ${t.delivered.toLocaleString("en")} of ${t.eligibleDeliveries.toLocaleString("en")}; delay p50 ${t.deliveryP50Ms} ms, p99 ${t.deliveryP99Ms} ms, max ${t.deliveryMaxMs} ms.`,
    `- Updates received in all: ${t.updatesReceived.toLocaleString("en")}; ${t.leaves.toLocaleString("en")} leaves, ${t.reconnects.toLocaleString("en")} reconnects, ${t.catchUpQueries} catch-up queries.`,
    `- At the end, ${r.finalState.atFinalVersion.toLocaleString("en")} of ${r.finalState.connected.toLocaleString("en")} connected viewers held the final version ${r.finalState.version}.`,
    `- The session's state (each update, and each query's answer) grew from ${r.updateBytes.start.toLocaleString("en")} to ${r.updateBytes.end.toLocaleString("en")} bytes as ballots were recorded.`,
    `- Public query: ${t.queriesOk.toLocaleString("en")} answered in the measured minutes.`,
    `- Server before viewers: RSS ${mb(r.baseline.rssAfterGcKB)} MB after GC; with ${SUBSCRIBERS.toLocaleString("en")} idle viewers: ${mb(r.idle.rssAfterGcKB)} MB (${r.initialFailures} failed to connect).`, "",
    "## Per minute", "",
    "| min | load | CPU % server / PostgreSQL / viewers / query load | RSS MB (after GC) | heap MB | loop p50 / p99 / max ms | changes | mutation p50 / p99 ms | updates delivered | expected / missing | delay p50 / p99 / max ms | leaves / reconnects | reconnect → state p99 ms | queries/s | query p50 / p99 / max ms | errors (viewers / queries / secretariat) |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...minutes.map((m) => `| ${m.minute} | ${m.loadAverage1m} | ${m.serverCpuPercent} / ${m.postgresCpuPercent} / ${m.viewersCpuPercent} / ${m.queryLoadCpuPercent} | ${mb(m.server.rssLiveKB)} (${mb(m.server.rssAfterGcKB)}) | ${mb(m.server.heapKB)} | ${m.server.eventLoop ? `${m.server.eventLoop.p50Ms} / ${m.server.eventLoop.p99Ms} / ${m.server.eventLoop.maxMs}` : "—"} | ${m.changes} | ${m.mutationP50Ms} / ${m.mutationP99Ms} | ${m.subscribers.updates.toLocaleString("en")} | ${m.deliveries.eligible.toLocaleString("en")} / ${m.deliveries.missing} | ${m.deliveries.p50Ms} / ${m.deliveries.p99Ms} / ${m.deliveries.maxMs} | ${m.subscribers.leaves} / ${m.subscribers.connects} | ${m.subscribers.reconnectToStateP99Ms ?? "—"} | ${m.queries.perSecond} | ${m.queries.p50Ms} / ${m.queries.p99Ms} / ${m.queries.maxMs} | ${m.errors.subscribers} / ${m.errors.queries} / ${m.errors.secretariat} |`),
    "",
  ];
  const examples = minutes.flatMap((m) => m.deliveries.missingExamples.map((e: unknown) => ({ minute: m.minute, ...(e as object) })));
  if (examples.length) md.push("## Missing updates (first examples)", "", "```json", ...examples.slice(0, 20).map((e) => JSON.stringify(e)), "```", "");
  const queryErrors = minutes.flatMap((m) => m.queries.firstErrors.map((e: string) => `- minute ${m.minute}: ${e}`));
  if (queryErrors.length) md.push("## Query errors (first of each minute)", "", ...queryErrors, "");
  if (r.driverErrors.length) md.push("## Failed mutations", "", ...r.driverErrors.slice(0, 20).map((e) => `- minute ${e.minute}, ${e.kind}: ${e.message}`), "");
  await writeFile(path.join(RESULTS, "soak.md"), md.join("\n"));
  console.log(`wrote ${path.join(RESULTS, "soak.md")}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
