/* eslint-disable @typescript-eslint/no-explicit-any -- the benchmark handles untyped JSON (GraphQL answers). */
/**
 * `npm run bench:query` (issue "Live dashboard at scale", point 6): the public
 * dashboard's query (full selection) for the live demo session, against a real
 * embedded PostgreSQL with the demo data: throughput and p50/p99 latency at fixed
 * concurrency with autocannon, and the number of SQL statements per request
 * (counted by a TypeORM logger on the in-process server), measured on three
 * sessions of growing size to show the count does not grow with agenda size or
 * attendance. Writes bench/results/query.{json,md}.
 *
 * Usage: npm run bench:query [-- --connections 16 --seconds 10]
 */
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import type { Logger as TypeOrmLogger } from "typeorm";
import { startServer } from "../../server/src/app.js";
import { loadConfig } from "../../server/src/platform/config.js";
import { createDatabase, startEmbeddedPostgres } from "../../server/src/platform/db/embedded.js";
import { createLogger } from "../../server/src/platform/logger.js";

const { values: args } = parseArgs({
  options: { connections: { type: "string", default: "16" }, seconds: { type: "string", default: "10" } },
});
const RESULTS = fileURLToPath(new URL("../../bench/results/", import.meta.url));
const DASHBOARD_QUERY = `query($id: ID!) { session(id: $id) {
  id title status scheduledAt lateNotice seats
  quorum { seats present required reached }
  currentItem { id position }
  attendance { councillor { id fullName gender party } status changedAt }
  agenda { id position title status
    declarations { id councillor { id fullName } interestType description recused filedAt filedOnBehalf }
    votes { id status majority outcome tally { for against abstain recused notVoted } ballots { councillor { id fullName } choice } } } } }`;

async function main() {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "kuvend-query-"));
  await chmod(tmp, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg") });
  const dbUrl = await createDatabase(pg.url, "kuvend_query");
  let statements = 0;
  const counter: TypeOrmLogger = {
    logQuery: () => { statements++; }, logQueryError: () => {}, logQuerySlow: () => {}, logSchemaBuild: () => {}, logMigration: () => {}, log: () => {},
  };
  const config = loadConfig({ NODE_ENV: "test", PORT: "0", HOST: "127.0.0.1", KUVEND_DEMO: "true", JWT_SECRET: "bench-secret-bench-secret-bench-secret" });
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
  const connections = Number(args.connections);
  const seconds = Number(args.seconds);
  const measured: Record<string, unknown>[] = [];
  try {
    const sec = (await gql("mutation { login(username: \"sekretaria\", password: \"sekretaria\") { token } }")).login.token as string;
    const councillors: { id: string }[] = (await gql("{ councillors { id } }")).councillors;
    const live = (await gql("{ liveSession { id agenda { id } } }")).liveSession;
    const sessionId: string = live.id;
    const body = JSON.stringify({ query: DASHBOARD_QUERY, variables: { id: sessionId } });

    const shape = async () => {
      const s = (await gql(DASHBOARD_QUERY, { id: sessionId })).session;
      return {
        agendaItems: s.agenda.length, present: s.quorum.present,
        votes: s.agenda.reduce((a: number, i: any) => a + i.votes.length, 0),
        ballots: s.agenda.reduce((a: number, i: any) => a + i.votes.reduce((b: number, v: any) => b + v.ballots.length, 0), 0),
        declarations: s.agenda.reduce((a: number, i: any) => a + i.declarations.length, 0),
        responseBytes: Buffer.byteLength(JSON.stringify({ data: { session: s } })),
      };
    };
    const statementsPerRequest = async () => {
      const counts = [];
      for (let i = 0; i < 3; i++) {
        const before = statements;
        await gql(DASHBOARD_QUERY, { id: sessionId });
        counts.push(statements - before);
      }
      return Math.max(...counts);
    };
    const measure = async (label: string, load: boolean) => {
      const row: Record<string, unknown> = { label, ...(await shape()), sqlStatementsPerRequest: await statementsPerRequest() };
      if (load) {
        const r = await autocannon({
          url: `${server.url}/graphql`, method: "POST", headers: { "content-type": "application/json" }, body,
          connections, duration: seconds,
        });
        Object.assign(row, {
          connections, seconds, requests: r.requests.total, requestsPerSecond: r.requests.average,
          p50Ms: r.latency.p50, p99Ms: r.latency.p99, maxMs: r.latency.max, errors: r.errors, non2xx: r.non2xx, timeouts: r.timeouts,
        });
      }
      console.log(row);
      measured.push(row);
    };

    // 1. The demo's live session as seeded (scheduled, nobody present).
    await measure("demo live session as seeded", false);
    // 2. A live session shaped like a real one: started, 45 present, a declaration, a closed vote with 44 named ballots, a second item open.
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
    await measure("live: 45 present, 1 closed vote (44 ballots), 1 declaration", true);
    // 3. The same session with 20 more agenda items, each with a declaration and a closed vote of 44 named ballots.
    for (let i = 0; i < 20; i++) {
      const item = (await gql("mutation($i: AgendaItemInput!) { addAgendaItem(input: $i) { id } }", { i: { sessionId, title: `Pika shtesë ${i + 1}` } }, sec)).addAgendaItem.id;
      await runItem(item, 44, true);
    }
    await measure("live + 20 items, each with a declaration and a closed vote of 44 ballots", true);

    const report = {
      when: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, memGB: Math.round(os.totalmem() / 2 ** 30) },
      method: `autocannon, ${connections} connections, ${seconds} s, POST /graphql with the public dashboard's full query, server in the same process as autocannon (as in npm run bench); SQL statements counted with a TypeORM logger (max over 3 sequential requests)`,
      runs: measured,
      statementsConstant: new Set(measured.map((m) => m.sqlStatementsPerRequest)).size === 1,
    };
    await mkdir(RESULTS, { recursive: true });
    await writeFile(path.join(RESULTS, "query.json"), JSON.stringify(report, null, 2) + "\n");
    const md = [
      `# Public dashboard query — ${report.when}`, "",
      `Machine: ${report.machine.cpus} cores (${report.machine.model}), ${report.machine.memGB} GB, Node ${report.machine.node}; embedded PostgreSQL, demo data.`, "",
      `Method: ${report.method}.`, "",
      "| session | items | present | votes | ballots | declarations | response bytes | SQL statements / request | req/s | p50 ms | p99 ms | max ms | errors / non-2xx |",
      "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
      ...measured.map((m: any) => `| ${m.label} | ${m.agendaItems} | ${m.present} | ${m.votes} | ${m.ballots} | ${m.declarations} | ${m.responseBytes} | ${m.sqlStatementsPerRequest} | ${m.requestsPerSecond ?? "—"} | ${m.p50Ms ?? "—"} | ${m.p99Ms ?? "—"} | ${m.maxMs ?? "—"} | ${m.requests !== undefined ? `${m.errors} / ${m.non2xx}` : "—"} |`),
      "",
      `SQL statements per request ${report.statementsConstant ? "are the same for every session size" : "**change with the session's size**"}.`, "",
    ];
    await writeFile(path.join(RESULTS, "query.md"), md.join("\n"));
    console.log(`wrote ${path.join(RESULTS, "query.md")}`);
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
