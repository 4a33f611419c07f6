/* eslint-disable @typescript-eslint/no-explicit-any -- the benchmark handles untyped JSON (worker messages, GraphQL answers). */
/**
 * A client process of `npm run bench:soak` (forked by soak.ts, talks over IPC), in one of two roles.
 *
 * "subscribers": N dashboard viewers of the live session, each speaking the
 * graphql-transport-ws protocol directly over `ws` (as fanout-worker.ts's protocol
 * client) with the web client's whole `sessionUpdated` selection plus `version`.
 * Once churn starts, 10 % of them (by default) per minute, spread evenly over the
 * minute and in turn, leave (alternately a clean close and an abrupt terminate)
 * and come back after OFFLINE_MS: connection_init, subscribe, and, as the web
 * client does (useSessionUpdates), one catch-up query of the session if no update
 * came within 1.5 s. For each client it keeps its connection intervals and every
 * update's version and arrival time (CLOCK_MONOTONIC, shared by the machine's
 * processes), so the parent can ask, per committed change, who was connected and
 * whether they got it (see `evaluate`).
 *
 * "queries": the public session query at a fixed rate over keep-alive HTTP, an
 * open loop (a request goes out on schedule whether or not earlier ones have
 * answered), each answer checked for status 200 and no GraphQL errors.
 */
import http from "node:http";
import WebSocket from "ws";

const now = () => Number(process.hrtime.bigint()) / 1e6;
const send = (m: unknown) => process.send!(m);
const OFFLINE_MS = 2000;
const CATCH_UP_DELAY_MS = 1500; // web/src/sessions/useSessionUpdates.ts
const REQUEST_TIMEOUT_MS = 10_000;

/** Counts per millisecond up to 60 s (the last bucket holds anything longer). */
class Histogram {
  counts = new Uint32Array(60_001);
  add(ms: number) { this.counts[Math.min(this.counts.length - 1, Math.max(0, Math.round(ms)))]++; }
  /** Sparse form for IPC: [ms, count] pairs. */
  take(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i]) out.push([i, this.counts[i]]);
    this.counts.fill(0);
    return out;
  }
}

function post(agent: http.Agent, url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: "POST", agent,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => { clearTimeout(timer); resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }); });
      res.on("error", reject);
    });
    // From the moment the request is made, waiting for a pooled socket included.
    const timer = setTimeout(() => req.destroy(new Error("timeout")), REQUEST_TIMEOUT_MS);
    req.on("close", () => clearTimeout(timer));
    req.on("error", reject);
    req.end(body);
  });
}
const hasGraphqlErrors = (text: string) => {
  try { return Boolean((JSON.parse(text) as { errors?: unknown[] }).errors?.length); } catch { return true; }
};

// ---------------------------------------------------------------- subscribers

type Start = { cmd: "start"; url: string; httpUrl: string; n: number; first: number; query: string; catchUpQuery: string; sessionId: string };

class Viewer {
  ws: WebSocket | null = null;
  /** Connection intervals: when the subscribe message was sent, and when the client left (NaN while connected). */
  starts: number[] = [];
  ends: number[] = [];
  /** Every update received: running maximum of the version (so the array is sorted), and arrival time. */
  versions: number[] = [];
  times: number[] = [];
  heardThisConnection = false;
  /** The version of the last catch-up answer (not counted as a delivery: only updates are). */
  caughtUp = -1;
  leaving = false;
  reconnecting = false;
  constructor(readonly i: number) {}
  get connected() { return this.ws !== null && this.starts.length > this.ends.length; }
}

let viewers: Viewer[] = [];
let start: Start;
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
/** Counters since the parent last asked. */
let counters = fresh();
function fresh() {
  return {
    updates: 0, connects: 0, connectFailures: 0, socketErrors: 0, unexpectedCloses: 0, subscriptionErrors: 0,
    leaves: 0, catchUpQueries: 0, catchUpErrors: 0, outOfOrder: 0,
    /** Reconnects: from sending subscribe to holding a state (an update or the catch-up answer). */
    toState: new Histogram(),
  };
}

function open(v: Viewer, initial: boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const ws = new WebSocket(start.url, "graphql-transport-ws");
    v.ws = ws;
    v.leaving = false;
    v.heardThisConnection = false;
    let acked = false;
    let subscribedAt = NaN;
    const timer = setTimeout(() => { if (!acked) { counters.connectFailures++; ws.terminate(); resolve(false); } }, 30_000);
    ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init" })));
    ws.on("error", () => { if (!v.leaving) counters.socketErrors++; if (!acked) { clearTimeout(timer); counters.connectFailures++; resolve(false); } });
    ws.on("close", () => {
      if (v.starts.length > v.ends.length) v.ends.push(now());
      if (v.ws === ws) v.ws = null;
      if (!v.leaving && acked) {
        // The server ended a connection the viewer did not leave: an error; come back like a browser would.
        counters.unexpectedCloses++;
        setTimeout(() => void reconnect(v), 1000);
      }
    });
    ws.on("message", (data: Buffer) => {
      const t = now();
      const head = data.length > 4096 ? readHead(data) : null;
      const msg = head ?? JSON.parse(data.toString());
      if (msg.type === "next") {
        counters.updates++;
        const version = head ? head.version : msg.payload?.data?.sessionUpdated?.version;
        if (typeof version !== "number") { counters.subscriptionErrors++; return; }
        if (!v.heardThisConnection) {
          v.heardThisConnection = true;
          if (!initial) counters.toState.add(t - subscribedAt);
        }
        const last = v.versions.at(-1) ?? -1;
        if (version < last) counters.outOfOrder++;
        v.versions.push(Math.max(version, last));
        v.times.push(t);
      } else if (msg.type === "connection_ack") {
        acked = true;
        clearTimeout(timer);
        ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: start.query, variables: { id: start.sessionId } } }));
        subscribedAt = now();
        v.starts.push(subscribedAt);
        counters.connects++;
        if (!initial) setTimeout(() => void catchUp(v, ws, subscribedAt), CATCH_UP_DELAY_MS);
        resolve(true);
      } else if (msg.type === "ping") ws.send(JSON.stringify({ type: "pong" }));
      else if (msg.type === "error" || msg.type === "complete") counters.subscriptionErrors++;
    });
  });
}

/**
 * An update is the whole session (up to ~100 KB late in a long session); 2,000
 * viewers parsing each in full would load the shared cores with the benchmark's
 * own JSON parsing. A large message is read only up to its version (the server
 * frames it as {"id":…,"type":"next","payload":{"data":{"sessionUpdated":{"id":…,"version":…),
 * and every 100th is also parsed in full and checked (a mismatch counts as a subscription error).
 */
const HEAD = /^\{"id":"[^"]*","type":"next","payload":\{"data":\{"sessionUpdated":\{"id":"[^"]*","version":(\d+),/;
let heads = 0;
function readHead(data: Buffer): { type: string; version: number | undefined } | null {
  const m = HEAD.exec(data.subarray(0, 256).toString("latin1"));
  if (!m) return null;
  const version = Number(m[1]);
  if (++heads % 100 === 0) {
    try {
      const full = JSON.parse(data.toString());
      if (full.type !== "next" || full.payload?.data?.sessionUpdated?.version !== version) counters.subscriptionErrors++;
    } catch { counters.subscriptionErrors++; }
  }
  return { type: "next", version };
}

/** The web client's catch-up: the page's query, once, if no update came soon after subscribing. */
async function catchUp(v: Viewer, ws: WebSocket, subscribedAt: number) {
  if (v.ws !== ws || v.heardThisConnection) return;
  counters.catchUpQueries++;
  try {
    const r = await post(agent, start.httpUrl, start.catchUpQuery);
    if (r.status !== 200 || hasGraphqlErrors(r.text)) counters.catchUpErrors++;
    else if (v.ws === ws && !v.heardThisConnection) {
      v.caughtUp = Math.max(v.caughtUp, (JSON.parse(r.text) as { data: { session: { version: number } } }).data.session.version);
      v.heardThisConnection = true;
      counters.toState.add(now() - subscribedAt);
    }
  } catch {
    counters.catchUpErrors++;
  }
}

async function reconnect(v: Viewer) {
  if (v.reconnecting || stopped) return;
  v.reconnecting = true;
  try {
    for (let attempt = 0; attempt < 5 && !stopped; attempt++) {
      if (await open(v, false)) return;
      await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    v.reconnecting = false;
  }
}

let stopped = false;
let churnTimer: NodeJS.Timeout | null = null;
function startChurn(perMinute: number) {
  const leavesPerMinute = Math.round(viewers.length * perMinute);
  if (leavesPerMinute === 0) return;
  const every = 60_000 / leavesPerMinute;
  let turn = 0;
  let due = now() + every * Math.random(); // the processes' turns interleave
  const tick = () => {
    if (stopped) return;
    while (now() >= due) {
      due += every;
      const v = viewers[turn++ % viewers.length];
      if (!v.connected || v.reconnecting) continue;
      counters.leaves++;
      v.leaving = true;
      v.ends.push(now());
      const ws = v.ws!;
      if (turn % 2) ws.close(1000); else ws.terminate();
      v.reconnecting = true;
      setTimeout(() => { v.reconnecting = false; void reconnect(v); }, OFFLINE_MS);
    }
    churnTimer = setTimeout(tick, Math.max(1, due - now()));
  };
  tick();
}

/** The first index whose (running-maximum) version is ≥ v, or -1. */
function firstAtLeast(versions: number[], v: number): number {
  let lo = 0, hi = versions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (versions[mid] >= v) hi = mid; else lo = mid + 1; }
  return lo < versions.length ? lo : -1;
}

type Change = { version: number; sentAt: number; doneAt: number };
/**
 * For each committed change: the viewers that were connected and subscribed
 * `graceMs` before its mutation was sent and stayed connected until `deadlineMs`
 * after it was answered are "eligible"; an eligible viewer that got no update
 * with a version ≥ the change's by that deadline is "missing" it. Delay = the
 * first such update's arrival − the mutation's send time.
 */
function evaluate(changes: Change[], graceMs: number, deadlineMs: number) {
  const delays = new Histogram();
  let eligible = 0, delivered = 0, missing = 0;
  const examples: unknown[] = [];
  for (const c of changes) {
    const deadline = c.doneAt + deadlineMs;
    for (const v of viewers) {
      let ok = false;
      for (let e = 0; e < v.starts.length; e++) {
        if (v.starts[e] + graceMs <= c.sentAt && !(v.ends[e] < deadline)) { ok = true; break; }
      }
      if (!ok) continue;
      eligible++;
      const j = firstAtLeast(v.versions, c.version);
      if (j >= 0 && v.times[j] <= deadline) { delivered++; delays.add(v.times[j] - c.sentAt); }
      else {
        missing++;
        if (examples.length < 10) {
          examples.push({ viewer: start.first + v.i, version: c.version, latestVersion: v.versions.at(-1) ?? null, arrivedAfterDeadlineMs: j >= 0 ? Math.round(v.times[j] - deadline) : null, connections: v.starts.length });
        }
      }
    }
  }
  return { eligible, delivered, missing, delays: delays.take(), examples };
}

// ---------------------------------------------------------------- queries

type Queries = { cmd: "queries"; url: string; body: string; rate: number };
let queryCounters = freshQueries();
function freshQueries() {
  return { sent: 0, ok: 0, non2xx: 0, graphqlErrors: 0, socketErrors: 0, timeouts: 0, latency: new Histogram(), maxBehindMs: 0, firstErrors: [] as string[] };
}
let queryTimer: NodeJS.Timeout | null = null;
let inFlight = 0;
function startQueries(q: Queries) {
  const qAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const every = 1000 / q.rate;
  let due = now();
  const one = async () => {
    const c = queryCounters;
    c.sent++;
    inFlight++;
    const t = now();
    try {
      const r = await post(qAgent, q.url, q.body);
      const note = (what: string) => { if (queryCounters.firstErrors.length < 5) queryCounters.firstErrors.push(what); };
      if (r.status < 200 || r.status >= 300) { queryCounters.non2xx++; note(`HTTP ${r.status}: ${r.text.slice(0, 200)}`); }
      else if (hasGraphqlErrors(r.text)) { queryCounters.graphqlErrors++; note(r.text.slice(0, 300)); }
      else { queryCounters.ok++; queryCounters.latency.add(now() - t); }
    } catch (err) {
      if ((err as Error).message === "timeout") queryCounters.timeouts++;
      else queryCounters.socketErrors++;
      if (queryCounters.firstErrors.length < 5) queryCounters.firstErrors.push(`${(err as NodeJS.ErrnoException).code ?? ""} ${(err as Error).message}`.trim());
    } finally {
      inFlight--;
    }
  };
  const tick = () => {
    if (stopped) return;
    const t = now();
    queryCounters.maxBehindMs = Math.max(queryCounters.maxBehindMs, Math.round(t - due));
    while (t >= due) { due += every; void one(); }
    queryTimer = setTimeout(tick, Math.max(1, due - now()));
  };
  tick();
}

// ---------------------------------------------------------------- IPC

process.on("message", async (m: any) => {
  if (m.cmd === "start") {
    start = m;
    viewers = Array.from({ length: m.n }, (_, i) => new Viewer(i));
    let failed = 0;
    const BATCH = 100;
    for (let s = 0; s < m.n; s += BATCH) {
      const ok = await Promise.all(viewers.slice(s, s + BATCH).map((v) => open(v, true)));
      failed += ok.filter((x) => !x).length;
    }
    send({ type: "subscribed", failed });
  } else if (m.cmd === "churn") startChurn(m.perMinute);
  else if (m.cmd === "queries") startQueries(m);
  else if (m.cmd === "counters") {
    const c = counters;
    counters = fresh();
    const q = queryCounters;
    queryCounters = freshQueries();
    send({
      type: "counters",
      subscribers: { ...c, toState: c.toState.take(), connectedNow: viewers.filter((v) => v.connected).length },
      queries: { ...q, latency: q.latency.take(), inFlight },
    });
  } else if (m.cmd === "evaluate") send({ type: "evaluated", ...evaluate(m.changes, m.graceMs, m.deadlineMs) });
  else if (m.cmd === "stop") {
    stopped = true;
    if (churnTimer) clearTimeout(churnTimer);
    if (queryTimer) clearTimeout(queryTimer);
    send({ type: "stopped" });
  } else if (m.cmd === "final") {
    // Where each connected viewer ended: its latest version, from an update or its catch-up query.
    const latest = viewers.filter((v) => v.connected).map((v) => Math.max(v.versions.at(-1) ?? -1, v.caughtUp));
    send({ type: "final", connected: latest.length, atVersion: latest.filter((x) => x >= m.version).length });
  } else if (m.cmd === "exit") {
    for (const v of viewers) { v.leaving = true; v.ws?.terminate(); }
    process.exit(0);
  }
});
send({ type: "ready" });
