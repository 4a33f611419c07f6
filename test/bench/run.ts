/* eslint-disable @typescript-eslint/no-explicit-any -- the benchmark handles untyped JSON (GraphQL answers). */
/**
 * `npm run bench`: measures, on this machine, against a real embedded PostgreSQL
 * with the demo data, and writes bench/results/latest.{json,md}:
 *
 *  1. query — the public dashboard's session query (full selection: 51 councillors'
 *     attendance, agenda, declarations, named ballots): throughput and p50/p99
 *     latency at fixed concurrency, and SQL statements per request.
 *  2. live — S graphql-ws subscribers to one live session; for each of B ballots
 *     cast one after another, the time from sending the mutation to each
 *     subscriber receiving the update (p50/p99/max, and how many never arrived).
 *  3. kpi — the One Stop Shop's monthly KPI query with 1,000,000 requests in the
 *     table: median and p99 (test/bench/kpi.ts).
 *
 * Usage: npm run bench [-- --scenarios query,live,kpi --concurrency 16 --seconds 10 --subscribers 500 --ballots 30 --requests 1000000 --runs 50]
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import type { Logger as TypeOrmLogger } from "typeorm";
import { startServer } from "../../server/src/app.js";
import { loadConfig } from "../../server/src/platform/config.js";
import { createDatabase, startEmbeddedPostgres } from "../../server/src/platform/db/embedded.js";
import { createLogger } from "../../server/src/platform/logger.js";
import { kpiScenario, type KpiResult } from "./kpi.js";

const { values: args } = parseArgs({
  options: {
    concurrency: { type: "string", default: "16" },
    seconds: { type: "string", default: "10" },
    subscribers: { type: "string", default: "500" },
    ballots: { type: "string", default: "30" },
    scenarios: { type: "string", default: "query,live,kpi" },
    requests: { type: "string", default: "1000000" },
    runs: { type: "string", default: "50" },
  },
});
const RESULTS = fileURLToPath(new URL("../../bench/results/", import.meta.url));

const DASHBOARD_QUERY = `query($id: ID!) { session(id: $id) {
  id title status scheduledAt lateNotice seats
  quorum { seats present required reached }
  currentItem { id }
  attendance { councillor { id fullName gender party } status changedAt }
  agenda { id position title status
    declarations { id councillor { id fullName } interestType description recused filedAt filedOnBehalf }
    votes { id status majority outcome tally { for against abstain recused notVoted } ballots { councillor { id fullName } choice } } } } }`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const round = (n: number) => Math.round(n * 100) / 100;

async function main() {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "kuvend-bench-"));
  const { chmod } = await import("node:fs/promises");
  await chmod(tmp, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg") });
  const dbUrl = await createDatabase(pg.url, "kuvend_bench");
  let statements = 0;
  const counter: TypeOrmLogger = {
    logQuery: () => { statements++; }, logQueryError: () => {}, logQuerySlow: () => {}, logSchemaBuild: () => {}, logMigration: () => {}, log: () => {},
  };
  // All benchmark clients connect from one address: lift the per-address cap for the run.
  const config = loadConfig({ NODE_ENV: "test", PORT: "0", HOST: "127.0.0.1", KUVEND_DEMO: "true", JWT_SECRET: "bench-secret-bench-secret-bench-secret", WS_MAX_CONNECTIONS_PER_ADDRESS: "100000" });
  const server = await startServer(config, dbUrl, createLogger("silent"), { queryLogger: counter });
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const login = async (u: string, p: string) => (await gql("mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }", { u, p })).login.token as string;

  try {
    const want = new Set(args.scenarios.split(",").map((x) => x.trim()));
    let query: Record<string, number> | null = null;
    let liveResult: { subscribers: number; ballots: number; deliveries: number; missing: number; p50Ms: number; p99Ms: number; maxMs: number; note: string } | null = null;
    let kpi: KpiResult | null = null;
    if (want.has("query") || want.has("live")) {
      // A live session shaped like a real one: 51 councillors, 40 present, 5 items, a closed vote with named ballots, a declaration.
      const sec = await login("sekretaria", "sekretaria");
      const councillors: { id: string }[] = (await gql("{ councillors { id } }")).councillors;
      const live = (await gql("{ liveSession { id agenda { id } } }")).liveSession;
      const sessionId: string = live.id;
      await gql("mutation($id: ID!) { startSession(sessionId: $id) { id } }", { id: sessionId }, sec);
      for (const c of councillors.slice(0, 40)) {
        await gql("mutation($i: AttendanceInput!) { recordAttendance(input: $i) { id } }", { i: { sessionId, councillorId: c.id, status: "PRESENT" } }, sec);
      }
      await gql("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: live.agenda[0].id }, sec);
      await gql("mutation($i: DeclarationInput!) { fileDeclaration(input: $i) { id } }", {
        i: { agendaItemId: live.agenda[0].id, councillorId: councillors[39].id, interestType: "FAMILY", description: "Bench", recused: true },
      }, sec);
      const first = (await gql("mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }", { i: { agendaItemId: live.agenda[0].id, majority: "SIMPLE" } }, sec)).openVote.id;
      for (const c of councillors.slice(0, 39)) {
        await gql("mutation($i: BallotInput!) { castBallot(input: $i) { id } }", { i: { voteId: first, choice: "FOR", councillorId: c.id } }, sec);
      }
      await gql("mutation($id: ID!) { closeVote(voteId: $id) { id } }", { id: first }, sec);
      await gql("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: live.agenda[1].id }, sec);

      // ---- 1. query ----
      const concurrency = Number(args.concurrency);
      const seconds = Number(args.seconds);
      const before = statements;
      await gql(DASHBOARD_QUERY, { id: sessionId });
      const perRequest = statements - before;
      const latencies: number[] = [];
      const deadline = performance.now() + seconds * 1000;
      const startedAt = performance.now();
      await Promise.all(Array.from({ length: concurrency }, async () => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          await gql(DASHBOARD_QUERY, { id: sessionId });
          latencies.push(performance.now() - t0);
        }
      }));
      const elapsed = (performance.now() - startedAt) / 1000;
      latencies.sort((a, b) => a - b);
      query = {
        concurrency, seconds: round(elapsed), requests: latencies.length, requestsPerSecond: round(latencies.length / elapsed),
        p50Ms: round(percentile(latencies, 50)), p99Ms: round(percentile(latencies, 99)), maxMs: round(latencies.at(-1)!),
        sqlStatementsPerRequest: perRequest,
      };
      console.log("query", query);

      // ---- 2. live ----
      const S = Number(args.subscribers);
      const B = Number(args.ballots);
      const vote = (await gql("mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }", { i: { agendaItemId: live.agenda[1].id, majority: "SIMPLE" } }, sec)).openVote.id;
      const wsUrl = server.url.replace(/^http/, "ws") + "/graphql";
      const arrivals: number[][] = Array.from({ length: B }, () => []); // arrival time per ballot per subscriber
      const clients = Array.from({ length: S }, () => createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 }));
      const liveSelection = DASHBOARD_QUERY.replace("query($id: ID!) { session(id: $id)", "subscription($id: ID!) { sessionUpdated(sessionId: $id)");
      const seenBallots = new Array<number>(S).fill(0);
      for (const [i, client] of clients.entries()) {
        client.subscribe({ query: liveSelection, variables: { id: sessionId } }, {
          next: (msg) => {
            const v = (msg.data as any)?.sessionUpdated?.agenda?.[1]?.votes?.[0];
            const n: number = v?.ballots?.length ?? 0;
            const now = performance.now();
            for (let k = seenBallots[i]; k < n && k < B; k++) arrivals[k].push(now); // ballot k reached subscriber i
            seenBallots[i] = Math.max(seenBallots[i], n);
          },
          error: () => {}, complete: () => {},
        });
      }
      await new Promise((r) => setTimeout(r, 2000 + S)); // let every subscription register
      const sentAt: number[] = [];
      for (let k = 0; k < B; k++) {
        sentAt.push(performance.now());
        await gql("mutation($i: BallotInput!) { castBallot(input: $i) { id } }", { i: { voteId: vote, choice: k % 3 ? "FOR" : "AGAINST", councillorId: councillors[k].id } }, sec);
        // wait until every subscriber saw this ballot (or 5 s), so each ballot is measured on its own
        const until = performance.now() + 5000;
        while (arrivals[k].length < S && performance.now() < until) await new Promise((r) => setTimeout(r, 2));
      }
      const delays: number[] = [];
      let missing = 0;
      for (let k = 0; k < B; k++) {
        for (const t of arrivals[k]) delays.push(t - sentAt[k]);
        missing += S - arrivals[k].length;
      }
      delays.sort((a, b) => a - b);
      liveResult = {
        subscribers: S, ballots: B, deliveries: delays.length, missing,
        p50Ms: round(percentile(delays, 50)), p99Ms: round(percentile(delays, 99)), maxMs: round(delays.at(-1) ?? NaN),
        note: "clients run in the server's process here; npm run bench:fanout separates them and measures server memory per subscriber",
      };
      console.log("live", liveResult);
      for (const c of clients) await c.dispose();
    }
    if (want.has("kpi")) {
      console.log(`kpi: loading ${args.requests} requests…`);
      kpi = await kpiScenario(dbUrl, server.url, Number(args.requests), Number(args.runs));
      console.log("kpi", kpi);
    }

    const report = {
      when: new Date().toISOString(), machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, memGB: Math.round(os.totalmem() / 2 ** 30) },
      query, live: liveResult, kpi,
    };
    await mkdir(RESULTS, { recursive: true });
    await writeFile(path.join(RESULTS, "latest.json"), JSON.stringify(report, null, 2) + "\n");
    const md = [
      `# Kuvend benchmark — ${report.when}`, "",
      `Machine: ${report.machine.cpus} cores (${report.machine.model}), ${report.machine.memGB} GB, Node ${report.machine.node}; embedded PostgreSQL, demo data.`, "",
    ];
    if (query) md.push(
      "## Public dashboard query (full selection, live session with 51 councillors)", "",
      "| concurrency | requests | req/s | p50 ms | p99 ms | max ms | SQL statements / request |",
      "|---|---|---|---|---|---|---|",
      `| ${query.concurrency} | ${query.requests} | ${query.requestsPerSecond} | ${query.p50Ms} | ${query.p99Ms} | ${query.maxMs} | ${query.sqlStatementsPerRequest} |`, "");
    if (liveResult) md.push(
      "## Live updates: mutation sent → subscriber received", "",
      "| subscribers | ballots | deliveries | missing | p50 ms | p99 ms | max ms |",
      "|---|---|---|---|---|---|---|",
      `| ${liveResult.subscribers} | ${liveResult.ballots} | ${liveResult.deliveries} | ${liveResult.missing} | ${liveResult.p50Ms} | ${liveResult.p99Ms} | ${liveResult.maxMs} |`, "",
      `Note: ${liveResult.note}.`, "");
    if (kpi) md.push(
      `## One Stop Shop KPIs with ${kpi.rows.toLocaleString("en")} requests in the table`, "",
      `Loaded in ${kpi.loadSeconds} s. Month ${kpi.month}: ${kpi.monthRows.toLocaleString("en")} requests received. ${kpi.runs} sequential runs over HTTP after 3 warm-up runs.`, "",
      "| query | median ms | p99 ms | max ms |", "|---|---|---|---|",
      `| ossKpis(month) | ${kpi.kpis.medianMs} | ${kpi.kpis.p99Ms} | ${kpi.kpis.maxMs} |`,
      `| ossKpiBreakdown(month) | ${kpi.breakdown.medianMs} | ${kpi.breakdown.p99Ms} | ${kpi.breakdown.maxMs} |`, "");
    await writeFile(path.join(RESULTS, "latest.md"), md.join("\n"));
    console.log(`wrote ${path.join(RESULTS, "latest.md")}`);
  } finally {
    await server.stop();
    await pg.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
