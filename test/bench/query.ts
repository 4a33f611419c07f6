/* eslint-disable @typescript-eslint/no-explicit-any -- the benchmark handles untyped JSON (GraphQL answers). */
/**
 * `npm run bench:query` (issue 14 point 5, after issue "Live dashboard at scale" point 6): the public
 * read path against a real embedded PostgreSQL with the demo data, all in one run with the same
 * autocannon settings:
 *
 *   (a) each public session query the web client sends (web/src/sessions/operations.ts: LiveSession,
 *       SessionById, SessionList), warm, as GET (what the web client and a proxy use);
 *   (b) SessionById for the live session with 20 more items, each with a declaration and a closed
 *       vote of 44 named ballots (about 120 KB);
 *   (c) the cold path: the stored answers dropped before every request (as a change does), and every
 *       request a document never seen (nothing shared at all);
 *   (e) the same queries on a second instance with the cache off (RESULT_CACHE_MAX_MB=0): the path
 *       before the cache, measured in the same run;
 *   (d) a plain Node `http` server sending exactly the same response bytes: the limit of this
 *       machine, and the ratio of each row to it.
 *
 * SQL statements per request are counted by the server's statement counter (server.statements),
 * max over 3 sequential requests. Writes bench/results/query.{json,md}.
 *
 * Usage: npm run bench:query [-- --connections 16 --seconds 10] (a smoke run: -- --seconds 1 --items 2 --out query-smoke)
 */
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { type DocumentNode, print } from "graphql";
import { type RunningServer, startServer } from "../../server/src/app.js";
import { loadConfig } from "../../server/src/platform/config.js";
import { createDatabase, startEmbeddedPostgres } from "../../server/src/platform/db/embedded.js";
import { createLogger } from "../../server/src/platform/logger.js";
import { LiveSessionDocument, SessionByIdDocument, SessionListDocument } from "../../web/src/gql/graphql.js";

const { values: args } = parseArgs({
  options: { connections: { type: "string", default: "16" }, seconds: { type: "string", default: "10" }, out: { type: "string", default: "query" }, items: { type: "string", default: "20" } },
});
const RESULTS = fileURLToPath(new URL("../../bench/results/", import.meta.url));
const LIVE_SESSION = print(LiveSessionDocument as unknown as DocumentNode);
const SESSION_BY_ID = print(SessionByIdDocument as unknown as DocumentNode);
const SESSION_LIST = print(SessionListDocument as unknown as DocumentNode);
const PREFLIGHT = { "apollo-require-preflight": "true" };

type Row = {
  label: string; path: string; kind: "warm" | "miss" | "no cache" | "plain http";
  responseBytes?: number; sqlStatementsPerRequest?: number;
  connections?: number; seconds?: number; requests?: number; requestsPerSecond?: number; p50Ms?: number; p99Ms?: number; maxMs?: number;
  errors?: number; non2xx?: number; timeouts?: number; plainRequestsPerSecond?: number; ratioToPlain?: number; executionsPerRequest?: number;
};

const pathOf = (query: string, variables: Record<string, unknown> = {}) => `/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`;

async function main() {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "kuvend-query-"));
  await chmod(tmp, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg") });
  const dbUrl = await createDatabase(pg.url, "kuvend_query");
  const env = { NODE_ENV: "test", PORT: "0", HOST: "127.0.0.1", KUVEND_DEMO: "true", JWT_SECRET: "bench-secret-bench-secret-bench-secret" };
  const server = await startServer(loadConfig(env), dbUrl, createLogger("silent"), { slaTickMs: null });
  // The same database without the cache: the read path as it was (each request executes).
  const uncached = await startServer(loadConfig({ ...env, RESULT_CACHE_MAX_MB: "0" }), dbUrl, createLogger("silent"), { slaTickMs: null });
  const plain = http.createServer();
  let plainBody: Buffer = Buffer.alloc(0);
  let plainEncoding: string | null = null;
  plain.on("request", (_req, res) => {
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": plainBody.length, ...(plainEncoding ? { "content-encoding": plainEncoding } : {}) });
    res.end(plainBody);
  });
  await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve));
  const plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;

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
  const connections = Number(args.connections);
  const seconds = Number(args.seconds);
  const rows: Row[] = [];

  const load = async (url: string, extra: Partial<autocannon.Options> = {}) => {
    const r = await autocannon({ url, method: "GET", headers: PREFLIGHT, connections, duration: seconds, ...extra });
    return {
      connections, seconds, requests: r.requests.total, requestsPerSecond: r.requests.average,
      p50Ms: r.latency.p50, p99Ms: r.latency.p99, maxMs: r.latency.max, errors: r.errors, non2xx: r.non2xx, timeouts: r.timeouts,
    };
  };
  /** Max statements over 3 sequential GETs of `p` on `s` (after the previous load's last answers are in). */
  const statementsOf = async (s: RunningServer, p: string | (() => string)) => {
    await new Promise((r) => setTimeout(r, 500));
    const counts = [];
    for (let i = 0; i < 3; i++) {
      const before = s.statements.count;
      const res = await fetch(`${s.url}${typeof p === "string" ? p : p()}`, { headers: PREFLIGHT });
      if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      counts.push(s.statements.count - before);
    }
    return Math.max(...counts);
  };
  /** The answer's bytes as the server sends them (warm), to hand the plain server the very same body. */
  const bytesOf = async (p: string) => Buffer.from(await (await fetch(`${server.url}${p}`, { headers: PREFLIGHT })).arrayBuffer());
  /** The raw bytes (not decoded) of a GET with these headers. */
  const rawGet = (url: string, headers: Record<string, string>) => new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
  const plainFor = async (label: string, body: Buffer, encoding: string | null = null) => {
    plainBody = body;
    plainEncoding = encoding;
    const row: Row = { label: `plain http: the bytes of ${label}`, path: "/", kind: "plain http", responseBytes: body.length, ...(await load(plainUrl, { headers: {} })) };
    console.log(row);
    rows.push(row);
    return row.requestsPerSecond!;
  };

  /** Warm, no cache and plain http for one query: the three in a row, the ratios to plain http. */
  const measureQuery = async (label: string, query: string, variables: Record<string, unknown> = {}) => {
    const p = pathOf(query, variables);
    const body = await bytesOf(p);
    const warm: Row = { label, path: p, kind: "warm", responseBytes: body.length, sqlStatementsPerRequest: await statementsOf(server, p), ...(await load(`${server.url}${p}`)) };
    console.log(warm);
    rows.push(warm);
    const before: Row = { label, path: p, kind: "no cache", responseBytes: body.length, sqlStatementsPerRequest: await statementsOf(uncached, p), ...(await load(`${uncached.url}${p}`)) };
    console.log(before);
    rows.push(before);
    const limit = await plainFor(label, body);
    for (const r of [warm, before]) Object.assign(r, { plainRequestsPerSecond: limit, ratioToPlain: r.requestsPerSecond! / limit });
    return { p, body };
  };

  /**
   * The cold path. "cleared": the stored answers are dropped before every request is sent (as a change does
   * for the current version; concurrent requests of the new version still share one execution, as they do
   * after a change). "new document": every request a document never seen (a new operation name), so
   * nothing is shared: the worst case, a client inventing documents.
   */
  const measureMisses = async (label: string, query: string, variables: Record<string, unknown>, limit: number, mode: "cleared" | "new document") => {
    let n = 0;
    const cache = server.resultCache!;
    const next = mode === "cleared"
      ? () => { cache.clear(); return pathOf(query, variables); }
      : () => pathOf(query.replace(/^query (\w+)/, (_m, name: string) => `query ${name}Miss${++n}`), variables);
    const executions = cache.stats.executions;
    const row: Row = {
      label, path: pathOf(query, variables), kind: "miss", sqlStatementsPerRequest: await statementsOf(server, next),
      ...(await load(`${server.url}${next()}`, { requests: [{ method: "GET", headers: PREFLIGHT, setupRequest: (req: any) => ({ ...req, path: next() }) }] })),
    };
    Object.assign(row, { plainRequestsPerSecond: limit, ratioToPlain: row.requestsPerSecond! / limit, executionsPerRequest: (cache.stats.executions - executions) / (row.requests! + 3) });
    console.log(row);
    rows.push(row);
  };

  try {
    const sec = (await gql("mutation { login(username: \"sekretaria\", password: \"sekretaria\") { token } }")).login.token as string;
    const councillors: { id: string }[] = (await gql("{ councillors { id } }")).councillors;
    const live = (await gql("{ liveSession { id agenda { id } } }")).liveSession;
    const sessionId: string = live.id;

    // A live session shaped like a real one: started, 45 present, a declaration, a closed vote with 44 named ballots, a second item open.
    await gql("mutation($id: ID!) { startSession(sessionId: $id) { id } }", { id: sessionId }, sec);
    for (const c of councillors.slice(0, 45)) {
      await gql("mutation($i: AttendanceInput!) { recordAttendance(input: $i) { id } }", { i: { sessionId, councillorId: c.id, status: "PRESENT" } }, sec);
    }
    const runItem = async (itemId: string, ballots: number, declare: boolean) => {
      await gql("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: itemId }, sec);
      if (declare) {
        await gql("mutation($i: DeclarationInput!) { fileDeclaration(input: $i) { id } }", {
          i: { agendaItemId: itemId, councillorId: councillors[44].id, interestType: "FAMILY", description: "Bench", recused: true },
        }, sec);
      }
      const vote = (await gql("mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }", { i: { agendaItemId: itemId, majority: "SIMPLE" } }, sec)).openVote.id;
      for (const c of councillors.slice(0, ballots)) {
        await gql("mutation($i: BallotInput!) { castBallot(input: $i) { id } }", { i: { voteId: vote, choice: "FOR", councillorId: c.id } }, sec);
      }
      await gql("mutation($id: ID!) { closeVote(voteId: $id) { id } }", { id: vote }, sec);
    };
    await runItem(live.agenda[0].id, 44, true);
    await gql("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: live.agenda[1].id }, sec);

    // (a) the web client's three queries, warm; each against the cache off and plain http.
    await measureQuery("(a) LiveSession: live, 45 present, 1 closed vote (44 ballots), 1 declaration", LIVE_SESSION);
    const byId = await measureQuery("(a) SessionById: the same session", SESSION_BY_ID, { id: sessionId });
    await measureQuery("(a) SessionList", SESSION_LIST);
    // (c) the miss path on the same session (the limit: plain http with SessionById's bytes).
    // (a) with brotli, as browsers ask: compressed once per answer, not per request; plain http sends the same brotli bytes.
    {
      const p = pathOf(SESSION_BY_ID, { id: sessionId });
      const headers = { ...PREFLIGHT, "accept-encoding": "br" };
      const raw = await rawGet(`${server.url}${p}`, headers);
      if (raw.headers["content-encoding"] !== "br") throw new Error("no brotli answer");
      const row: Row = { label: "(a) SessionById, Accept-Encoding: br", path: p, kind: "warm", responseBytes: raw.body.length, sqlStatementsPerRequest: await statementsOf(server, p), ...(await load(`${server.url}${p}`, { headers })) };
      const limit = await plainFor("SessionById, brotli", raw.body, "br");
      Object.assign(row, { plainRequestsPerSecond: limit, ratioToPlain: row.requestsPerSecond! / limit });
      console.log(row);
      rows.splice(rows.length - 1, 0, row);
    }
    const plainById = rows.find((r) => r.kind === "plain http" && r.responseBytes === byId.body.length)!.requestsPerSecond!;
    await measureMisses("(c) SessionById, the cache dropped before every request (cold, as after a change)", SESSION_BY_ID, { id: sessionId }, plainById, "cleared");
    await measureMisses("(c) SessionById, every request a new document (nothing shared)", SESSION_BY_ID, { id: sessionId }, plainById, "new document");

    // (b) the same session with 20 more items, each with a declaration and a closed vote of 44 ballots.
    for (let i = 0; i < Number(args.items); i++) {
      const item = (await gql("mutation($i: AgendaItemInput!) { addAgendaItem(input: $i) { id } }", { i: { sessionId, title: `Pika shtesë ${i + 1}` } }, sec)).addAgendaItem.id;
      await runItem(item, 44, true);
    }
    const big = await measureQuery("(b) SessionById: live + 20 voted items (declaration and 44 ballots each)", SESSION_BY_ID, { id: sessionId });
    const plainBig = rows.find((r) => r.kind === "plain http" && r.responseBytes === big.body.length)!.requestsPerSecond!;
    await measureMisses("(c) SessionById of (b), the cache dropped before every request", SESSION_BY_ID, { id: sessionId }, plainBig, "cleared");

    const report = {
      when: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, memGB: Math.round(os.totalmem() / 2 ** 30) },
      method: `autocannon, ${connections} connections, ${seconds} s per row, GET /graphql?query=…&variables=… with apollo-require-preflight (the web client's documents, printed), uncompressed (no Accept-Encoding); servers, PostgreSQL and autocannon in one process on one machine; "no cache" is a second instance on the same database with RESULT_CACHE_MAX_MB=0; "plain http" is node:http sending the same bytes; SQL statements counted by the server's statement counter (max over 3 sequential requests)`,
      targets: "warm public session queries ≥ 25 % of plain http; SQL per cached request ≤ 1; the miss path no slower than the path before the cache",
      cacheStats: { ...server.resultCache!.stats, storedBytes: server.resultCache!.storedBytes, storedEntries: server.resultCache!.storedEntries },
      runs: rows,
    };
    await mkdir(RESULTS, { recursive: true });
    await writeFile(path.join(RESULTS, `${args.out}.json`), JSON.stringify(report, null, 2) + "\n");
    const pct = (x?: number) => (x === undefined ? "—" : `${(x * 100).toFixed(1)} %`);
    const md = [
      `# Public read path — ${report.when}`, "",
      `Machine: ${report.machine.cpus} cores (${report.machine.model}), ${report.machine.memGB} GB, Node ${report.machine.node}; embedded PostgreSQL, demo data.`, "",
      `Method: ${report.method}.`, "",
      `Targets (issue 14): ${report.targets}.`, "",
      "| query | path | response bytes | SQL statements / request | req/s | p50 ms | p99 ms | max ms | errors / non-2xx | plain http req/s | ratio to plain http | executions / request |",
      "|---|---|---|---|---|---|---|---|---|---|---|---|",
      ...rows.map((m) => `| ${m.label} | ${m.kind} | ${m.responseBytes ?? "—"} | ${m.sqlStatementsPerRequest ?? "—"} | ${m.requestsPerSecond ?? "—"} | ${m.p50Ms ?? "—"} | ${m.p99Ms ?? "—"} | ${m.maxMs ?? "—"} | ${m.errors} / ${m.non2xx} | ${m.plainRequestsPerSecond ?? "—"} | ${pct(m.ratioToPlain)} | ${m.executionsPerRequest?.toFixed(2) ?? "—"} |`),
      "",
      `Cache after the run: ${JSON.stringify(report.cacheStats)}.`, "",
    ];
    await writeFile(path.join(RESULTS, `${args.out}.md`), md.join("\n"));
    console.log(`wrote ${path.join(RESULTS, `${args.out}.md`)}`);
  } finally {
    await new Promise((resolve) => plain.close(resolve));
    await uncached.stop();
    await server.stop();
    await pg.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
