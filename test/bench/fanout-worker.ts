/* eslint-disable @typescript-eslint/no-explicit-any -- the benchmark handles untyped JSON (worker messages, GraphQL answers). */
/**
 * A client process of `npm run bench:fanout` (forked by fanout.ts, talks over IPC).
 * Opens N WebSocket clients, either subscribers to the live session with the
 * dashboard's full selection ("kuvend": graphql-ws's client library, or the
 * graphql-transport-ws protocol spoken directly over ws) or plain `ws` clients
 * of the raw broadcast server ("raw"), and records for each client the arrival time
 * (CLOCK_MONOTONIC, shared by all processes of the machine) of level k = 1..B:
 * for Kuvend, the first update whose open vote holds k ballots; for raw, the
 * k-th broadcast after the warm-up one. Every message is JSON-parsed in both modes.
 */
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

const now = () => Number(process.hrtime.bigint()) / 1e6;
const send = (m: unknown) => process.send!(m);

type Connect = { cmd: "connect"; mode: "kuvend" | "raw"; client?: "graphql-ws" | "protocol"; url: string; n: number; levels: number; query?: string; sessionId?: string; voteId?: string };

let arrivals: Float64Array[] = []; // [level][client]
let reached: number[] = []; // clients that reached level k
let level: Int32Array = new Int32Array(0);
let warmed = 0;
let n = 0;
let lastMessage = "";
let received = 0; // every message of every client, warm-up included
let closers: (() => void | Promise<void>)[] = [];

function arrive(i: number, newLevel: number, t: number) {
  if (level[i] < 0) {
    level[i] = 0;
    if (++warmed === n) send({ type: "warm" });
  }
  for (let k = level[i] + 1; k <= newLevel && k < arrivals.length; k++) {
    arrivals[k][i] = t;
    if (++reached[k] === n) send({ type: "got", k });
  }
  if (newLevel > level[i]) level[i] = newLevel;
}

async function connect(c: Connect) {
  n = c.n;
  arrivals = Array.from({ length: c.levels + 1 }, () => new Float64Array(n).fill(NaN));
  reached = new Array(c.levels + 1).fill(0);
  level = new Int32Array(n).fill(-1);
  warmed = 0;
  received = 0;
  closers = [];
  let failed = 0;
  const BATCH = 100;
  for (let start = 0; start < n; start += BATCH) {
    await Promise.all(Array.from({ length: Math.min(BATCH, n - start) }, (_, j) => {
      const i = start + j;
      return c.mode === "raw" ? openRaw(c, i) : c.client === "protocol" ? openProtocol(c, i) : openKuvend(c, i);
    })).then((r) => { failed += r.filter((ok) => !ok).length; });
  }
  send({ type: "subscribed", n, failed });
}

/** A subscriber's update: its level is the number of ballots in the measured vote. */
function update(c: Connect, i: number, payload: any, t: number) {
  received++;
  let ballots = 0;
  for (const item of payload?.data?.sessionUpdated?.agenda ?? []) for (const v of item.votes) if (v.id === c.voteId) ballots = v.ballots.length;
  // Client 0 keeps its message: the last is the final state, the raw baseline's payload.
  if (i === 0) lastMessage = JSON.stringify({ id: "00000000-0000-4000-8000-000000000000", type: "next", payload });
  arrive(i, ballots, t);
}

function openKuvend(c: Connect, i: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 30_000);
    const client: Client = createClient({
      url: c.url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, keepAlive: 0,
      on: { connected: () => { clearTimeout(timer); resolve(true); }, error: () => { clearTimeout(timer); resolve(false); } },
    });
    client.subscribe({ query: c.query!, variables: { id: c.sessionId } }, {
      next: (payload) => update(c, i, payload, now()),
      error: () => {}, complete: () => {},
    });
    closers.push(() => client.dispose());
  });
}

/**
 * The graphql-transport-ws protocol spoken directly over `ws` (connection_init,
 * subscribe, next, ping/pong): per message, the same work as a raw client
 * (JSON.parse) plus reading the tally, without graphql-ws's client library.
 */
function openProtocol(c: Connect, i: number): Promise<boolean> {
  return new Promise((resolve) => {
    const ws = new WebSocket(c.url, "graphql-transport-ws");
    const timer = setTimeout(() => resolve(false), 30_000);
    ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init" })));
    ws.on("error", () => { clearTimeout(timer); resolve(false); });
    ws.on("message", (data: Buffer) => {
      const t = now();
      const msg = JSON.parse(data.toString());
      if (msg.type === "next") update(c, i, msg.payload, t);
      else if (msg.type === "connection_ack") {
        ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: c.query, variables: { id: c.sessionId } } }));
        clearTimeout(timer);
        resolve(true);
      } else if (msg.type === "ping") ws.send(JSON.stringify({ type: "pong" }));
    });
    closers.push(() => ws.terminate());
  });
}

function openRaw(c: Connect, i: number): Promise<boolean> {
  return new Promise((resolve) => {
    const ws = new WebSocket(c.url);
    let messages = 0;
    ws.on("open", () => resolve(true));
    ws.on("error", () => resolve(false));
    ws.on("message", (data: Buffer) => {
      const t = now();
      received++;
      JSON.parse(data.toString()); // the same work a graphql-ws client does with each message
      arrive(i, messages++, t); // message 0 is the warm-up, message k is broadcast k
    });
    closers.push(() => ws.terminate());
  });
}

process.on("message", async (m: any) => {
  if (m.cmd === "connect") await connect(m);
  else if (m.cmd === "results") {
    send({ type: "results", arrivals: arrivals.map((a) => Array.from(a)), received, message: m.withMessage ? lastMessage : undefined });
  } else if (m.cmd === "close") {
    await Promise.all(closers.map((c) => c()));
    closers = [];
    send({ type: "closed" });
  } else if (m.cmd === "exit") process.exit(0);
});
send({ type: "ready" });
