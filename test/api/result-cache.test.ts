import { type DocumentNode, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildKuvendSchema } from "../../server/src/schema/build.js";
import { LiveSessionDocument, SessionByIdDocument, SessionListDocument } from "../../web/src/gql/graphql.js";
import { mutationsOf, operationFor } from "../support/schema-args.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { sessionRecipes } from "../support/session-recipes.js";

/**
 * The public read cache (server/src/platform/http/result-cache.ts, docs/architecture.md "The public
 * read cache"): the public session queries are executed once per (document, variables, data version)
 * and served as the same bytes; the next read after any change shows it, on this instance and on
 * another one on the same database; HTTP validators and Cache-Control; a token's answer is never
 * shared; errors are never stored; memory is bounded; a cached answer costs at most one SQL statement.
 */

// The three selections the web client uses (web/src/sessions/operations.ts), as it sends them.
const SESSION_BY_ID = print(SessionByIdDocument as unknown as DocumentNode);
const LIVE_SESSION = print(LiveSessionDocument as unknown as DocumentNode);
const SESSION_LIST = print(SessionListDocument as unknown as DocumentNode);

type Answer = { status: number; text: string; headers: Headers };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON
const json = (a: Answer): any => JSON.parse(a.text);

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

async function get(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = { "apollo-require-preflight": "true" }): Promise<Answer> {
  const qs = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  const res = await fetch(`${url}/graphql?${qs}`, { headers });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

/** The same document under a name never used before: a miss, so an execution at this moment. */
let freshNames = 0;
const fresh = (query: string) => query.replace(/^query (\w+)/, (_m, name: string) => `query ${name}Fresh${++freshNames}`);

/** The data without the one field counted on the clock at execution time (docs: spokenSeconds). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON
const withoutClock = (a: Answer): any => JSON.parse(a.text, (k, v: unknown) => (k === "spokenSeconds" ? undefined : v));

describe("the public read cache", async () => {
  let a: TestServer;
  let b: TestServer;
  let secretariat = "";
  let admin = "";
  const recipes = sessionRecipes(() => a, () => secretariat);
  const mutations = mutationsOf(await buildKuvendSchema());
  const mutationFor = (name: string) => operationFor("mutation", mutations.find((m) => m.name === name)!);

  beforeAll(async () => {
    a = await startTestServer({ slaTickMs: null });
    b = await startTestServer({ databaseUrl: a.databaseUrl, slaTickMs: null });
    secretariat = await a.login("sekretaria");
    admin = await a.login("admin");
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  /** Reads the three selections on one instance: each twice (the second is a hit of the same bytes), then checks each against a fresh execution. */
  async function readAll(t: TestServer, sessionId: string, headers: Record<string, string> = {}) {
    const out: Answer[] = [];
    for (const [query, vars] of [[SESSION_BY_ID, { id: sessionId }], [LIVE_SESSION, {}], [SESSION_LIST, {}]] as const) {
      const hitsBefore = t.server.resultCache!.stats.hits;
      const first = await post(t.url, query, vars, headers);
      const second = await post(t.url, query, vars, headers);
      expect(first.status).toBe(200);
      expect(json(first).errors).toBeUndefined();
      expect(second.text, "a second read serves the same bytes").toBe(first.text);
      expect(t.server.resultCache!.stats.hits).toBeGreaterThan(hitsBefore);
      expect(withoutClock(first), "the cached answer is what an execution now gives").toEqual(withoutClock(await post(t.url, fresh(query), vars)));
      out.push(first);
    }
    return { session: json(out[0]).data.session, live: out[1], list: out[2] };
  }

  /** A mutation as a client sends it: its answer's Kuvend-Epoch is what the client sends as Kuvend-After to another instance. */
  async function write(t: TestServer, query: string, vars: Record<string, unknown>, token = secretariat): Promise<string> {
    const r = await post(t.url, query, vars, { authorization: `Bearer ${token}` });
    expect(json(r).errors, query).toBeUndefined();
    const epoch = r.headers.get("kuvend-epoch");
    expect(epoch, "a mutation's answer says the epoch it made").toMatch(/^\d+$/);
    return epoch!;
  }

  it.each(Object.keys(recipes.TOUCHES_A_SESSION))("%s: the next read shows the change, on this instance and on another", async (name) => {
    const { sessionId, call } = await recipes.TOUCHES_A_SESSION[name]();
    const before = { a: await readAll(a, sessionId), b: await readAll(b, sessionId) };
    expect(before.b.session.version).toBe(before.a.session.version);
    const epoch = await write(a, mutationFor(name), call.vars, call.token);
    // This instance knows of its own commit at once; the other is told by the client which epoch it has seen.
    for (const [t, headers] of [[a, {}], [b, { "kuvend-after": epoch }]] as const) {
      const after = await readAll(t, sessionId, headers);
      expect(after.session.version, `${name}: the session's new version on ${t === a ? "the writer's" : "the other"} instance`).toBe(before.a.session.version + 1);
    }
  });

  it("addCouncillor and setCouncillorActive: a council session's attendance lists the register as it is now, on both instances", async () => {
    const s = await recipes.session("SCHEDULED", 0);
    const seated = async (t: TestServer, headers: Record<string, string> = {}) => (await readAll(t, s.sessionId, headers)).session.attendance.length as number;
    const n = await seated(a);
    expect(await seated(b)).toBe(n);
    // The council's 51 seats are taken: a term ends, then another councillor takes the seat.
    let after = { "kuvend-after": await write(a, "mutation($id: ID!) { setCouncillorActive(councillorId: $id, active: false) { id } }", { id: s.members[0] }, admin) };
    expect(await seated(b, after)).toBe(n - 1);
    expect(await seated(a)).toBe(n - 1);
    after = { "kuvend-after": await write(a, "mutation($i: CouncillorInput!) { addCouncillor(input: $i) { id } }", { i: { fullName: "Arta Krasniqi", gender: "FEMALE", party: null } }, admin) };
    expect(await seated(a)).toBe(n);
    expect(await seated(b, after)).toBe(n);
    const names = (await readAll(b, s.sessionId, after)).session.attendance.map((x: { councillor: { fullName: string } }) => x.councillor.fullName);
    expect(names).toContain("Arta Krasniqi");
  });

  it("declareClosedDay: an item's comment-period working days follow the calendar, on both instances", async () => {
    const s = await recipes.session("SCHEDULED", 1);
    await recipes.ok("mutation($id: ID!, $at: DateTime!) { setDraftPublished(agendaItemId: $id, publishedAt: $at) { id } }", { id: s.itemIds[0], at: new Date(Date.now() - 3600_000).toISOString() });
    const query = "query CommentDays($id: ID!) { session(id: $id) { agenda { commentPeriodWorkingDays } } }";
    const days = async (t: TestServer, headers: Record<string, string> = {}) => {
      const cached = await post(t.url, query, { id: s.sessionId }, headers);
      expect(json(cached), "the cached answer is what an execution now gives").toEqual(json(await post(t.url, fresh(query), { id: s.sessionId }, headers)));
      return json(cached).data.session.agenda[0].commentPeriodWorkingDays as number;
    };
    const first = await days(a);
    expect(await days(b)).toBe(first);
    // Declare the coming days closed one by one: the working days (weekends and holidays aside) go down, read through the cache.
    let last = first;
    for (let d = 1; d <= 6; d++) {
      const day = new Date(Date.now() + d * 86400_000).toISOString().slice(0, 10);
      const epoch = await write(a, "mutation($d: String!) { declareClosedDay(day: $d, reason: \"Prova\") }", { d: day }, admin);
      const onB = await days(b, { "kuvend-after": epoch }); // the other instance first: its calendar is read again at the new epoch
      expect(await days(a)).toBe(onB);
      last = onB;
    }
    expect(last).toBeLessThan(first);
  });

  it("GET with a preflight header is cached with a strong ETag and 304 on If-None-Match; after a change, 200 with a new ETag", async () => {
    const s = await recipes.session("SCHEDULED", 1);
    const vars = { id: s.sessionId };
    const first = await get(a.url, SESSION_BY_ID, vars);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=1, stale-while-revalidate=5");
    expect(first.headers.get("vary")).toMatch(/Authorization/i);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"v\d+-[0-9a-f]+(-br|-gzip)?"$/);
    const again = await get(a.url, SESSION_BY_ID, vars, { "apollo-require-preflight": "true", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    // The other instance computes the same validator for the same version, so a proxy in front of both agrees.
    expect((await get(b.url, SESSION_BY_ID, vars, { "apollo-require-preflight": "true", "if-none-match": etag })).status).toBe(304);
    // A POST of the same query is the same entry, not for shared caches.
    const posted = await post(a.url, SESSION_BY_ID, vars);
    expect(posted.text).toBe(first.text);
    expect(posted.headers.get("cache-control")).toBe("no-store");

    await recipes.ok("mutation($i: AgendaItemInput!) { addAgendaItem(input: $i) { id } }", { i: { sessionId: s.sessionId, title: "Pikë e re" } });
    const changed = await get(a.url, SESSION_BY_ID, vars, { "apollo-require-preflight": "true", "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(json(changed).data.session.agenda).toHaveLength(2);
    const onB = await get(b.url, SESSION_BY_ID, vars, { "apollo-require-preflight": "true", "if-none-match": etag });
    expect(onB.status).toBe(200);
    expect(json(onB).data.session.agenda).toHaveLength(2);
  });

  it("a cached answer is compressed once per encoding the client accepts, with its own validator", async () => {
    const s = await recipes.session("IN_PROGRESS", 2);
    const vars = { id: s.sessionId };
    const plain = await get(a.url, SESSION_BY_ID, vars, { "apollo-require-preflight": "true", "accept-encoding": "identity" });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toMatch(/Accept-Encoding/i);
    const br = await get(a.url, SESSION_BY_ID, vars, { "apollo-require-preflight": "true", "accept-encoding": "gzip, br" });
    const gz = await get(a.url, SESSION_BY_ID, vars, { "apollo-require-preflight": "true", "accept-encoding": "gzip;q=1, br;q=0" });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    // fetch decodes: the same bytes as the plain answer.
    expect(br.text).toBe(plain.text);
    expect(gz.text).toBe(plain.text);
    const tags = [plain, br, gz].map((x) => x.headers.get("etag"));
    expect(new Set(tags).size).toBe(3);
    const revalidated = await get(a.url, SESSION_BY_ID, vars, { "apollo-require-preflight": "true", "accept-encoding": "br", "if-none-match": tags[1]! });
    expect(revalidated.status).toBe(304);
    const bytes = a.server.resultCache!.storedBytes;
    await get(a.url, SESSION_BY_ID, vars, { "apollo-require-preflight": "true", "accept-encoding": "br" });
    expect(a.server.resultCache!.storedBytes, "the compressed form is kept, not made again").toBe(bytes);
  });

  it("GET: CSRF-safe (a GET without a preflight header is refused), a mutation over GET is refused, other queries pass to Apollo", async () => {
    const plain = await get(a.url, "{ sessions { id } }", {}, {});
    expect(plain.status).toBe(400);
    expect(plain.text).toMatch(/Cross-Site Request Forgery/);
    const mutation = await get(a.url, "mutation { login(username: \"sekretaria\", password: \"sekretaria\") { token } }");
    expect(mutation.status).toBe(405);
    expect(mutation.text).not.toMatch(/token"/);
    const other = await get(a.url, "{ serverTime }");
    expect(other.status).toBe(200);
    expect(json(other).data.serverTime).toBeTruthy();
    expect(other.headers.get("etag") ?? "", "not the cache's validator").not.toMatch(/^"v/);
    expect(other.headers.get("cache-control")).toBe("no-store");
  });

  it("a request with a token is never served from nor stored into the public entries, and is private, no-store", async () => {
    const s = await recipes.session("SCHEDULED", 1);
    const query = fresh(SESSION_BY_ID);
    const cache = a.server.resultCache!;
    const before = { ...cache.stats, entries: cache.storedEntries };
    const staff = await post(a.url, query, { id: s.sessionId }, { authorization: `Bearer ${secretariat}` });
    expect(staff.status).toBe(200);
    expect(staff.headers.get("cache-control")).toBe("private, no-store");
    expect(staff.headers.get("vary")).toMatch(/Authorization/i);
    expect(staff.headers.get("etag") ?? "", "not the cache's validator").not.toMatch(/^"v/);
    expect(cache.stats.executions).toBe(before.executions);
    expect(cache.storedEntries).toBe(before.entries);
    // The public entry is made by a public request; the token's request then still is not served from it.
    await post(a.url, query, { id: s.sessionId });
    const hits = cache.stats.hits;
    const staffGet = await get(a.url, query, { id: s.sessionId }, { "apollo-require-preflight": "true", authorization: `Bearer ${secretariat}` });
    expect(staffGet.status).toBe(200);
    expect(staffGet.headers.get("cache-control")).toBe("private, no-store");
    expect(staffGet.headers.get("etag") ?? "").not.toMatch(/^"v/);
    expect(cache.stats.hits).toBe(hits);
    // An expired or forged token is refused as before, not answered from the public entry.
    const forged = await post(a.url, query, { id: s.sessionId }, { authorization: "Bearer not-a-token" });
    expect(forged.status).toBe(401);
    expect(forged.headers.get("cache-control")).toBe("private, no-store");
  });

  it("an answer with errors is not stored", async () => {
    const cache = a.server.resultCache!;
    const entries = cache.storedEntries;
    const query = "query NoId($id: ID!) { session(id: $id) { id } }";
    const one = await post(a.url, query, {});
    const two = await post(a.url, query, {});
    expect(json(one).errors?.[0]?.message).toMatch(/\$id/);
    expect(json(two).errors?.length).toBe(1);
    expect(one.headers.get("etag") ?? "").not.toMatch(/^"v/);
    expect(cache.storedEntries).toBe(entries);
  });

  it("a third-party selection is its own entry, and correct", async () => {
    const s = await recipes.session("SCHEDULED", 1);
    const titles = "query($id: ID!) { session(id: $id) { id title } }";
    const statuses = "query($id: ID!) { session(id: $id) { id status agenda { title } } }";
    const x = json(await post(a.url, titles, { id: s.sessionId }));
    const y = json(await post(a.url, statuses, { id: s.sessionId }));
    expect(x.data.session).toEqual({ id: s.sessionId, title: "Versioni SCHEDULED" });
    expect(y.data.session).toEqual({ id: s.sessionId, status: "SCHEDULED", agenda: [{ title: "Pika 1" }] });
    // Whitespace does not make another entry; another variable does.
    const hits = a.server.resultCache!.stats.hits;
    expect(json(await post(a.url, `query($id: ID!) {\n  session(id: $id) {\n    id\n    title\n  }\n}`, { id: s.sessionId })).data.session.title).toBe("Versioni SCHEDULED");
    expect(a.server.resultCache!.stats.hits).toBe(hits + 1);
    const other = await recipes.session("SCHEDULED", 0);
    expect(json(await post(a.url, titles, { id: other.sessionId })).data.session.id).toBe(other.sessionId);
  });

  it("concurrent misses of one key execute once; the variables' key order makes no other entry", async () => {
    const s = await recipes.session("IN_PROGRESS", 2);
    const cache = a.server.resultCache!;
    const query = fresh(SESSION_BY_ID);
    const executions = cache.stats.executions;
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(a.url, query, { id: s.sessionId })));
    expect(cache.stats.executions - executions).toBe(1);
    expect(new Set(answers.map((x) => x.text)).size).toBe(1);

    const both = "query Both($id: ID!, $withTitle: Boolean!) { session(id: $id) { id title @include(if: $withTitle) } }";
    await post(a.url, both, { id: s.sessionId, withTitle: true });
    const hits = cache.stats.hits;
    const swapped = await post(a.url, both, { withTitle: true, id: s.sessionId });
    expect(json(swapped).data.session).toEqual({ id: s.sessionId, title: "Versioni IN_PROGRESS" });
    expect(cache.stats.hits).toBe(hits + 1);
  });

  it("a cached answer costs at most one SQL statement", async () => {
    const s = await recipes.session("IN_PROGRESS", 2);
    for (const [query, vars] of [[SESSION_BY_ID, { id: s.sessionId }], [LIVE_SESSION, {}], [SESSION_LIST, {}]] as const) {
      await post(a.url, query, vars); // the miss
      for (let i = 0; i < 5; i++) {
        const before = a.server.statements.count;
        const r = await get(a.url, query, vars);
        expect(r.status).toBe(200);
        expect(a.server.statements.count - before, `${query.slice(0, 30)}: statements for a cached answer`).toBeLessThanOrEqual(1);
      }
    }
    // Many at once: still at most one statement each (concurrent ones share a version read).
    const before = a.server.statements.count;
    await Promise.all(Array.from({ length: 40 }, () => post(a.url, SESSION_BY_ID, { id: s.sessionId })));
    expect(a.server.statements.count - before).toBeLessThanOrEqual(40);
  });

  it("without Kuvend-After, the other instance shows a change as soon as the database announces it", async () => {
    const s = await recipes.session("IN_PROGRESS", 1);
    const version = async (t: TestServer) => json(await post(t.url, SESSION_BY_ID, { id: s.sessionId })).data.session.version as number;
    const v = await version(b);
    await write(a, "mutation($id: ID!) { suspendSession(sessionId: $id) { id } }", { id: s.sessionId });
    await vi.waitFor(async () => expect(await version(b)).toBe(v + 1), { timeout: 5000, interval: 20 });
  });

  it("while nothing changes, cached answers cost no statement: the version is read again at most once a second", async () => {
    const s = await recipes.session("IN_PROGRESS", 2);
    for (const [query, vars] of [[SESSION_BY_ID, { id: s.sessionId }], [LIVE_SESSION, {}], [SESSION_LIST, {}]] as const) await get(a.url, query, vars);
    const statements = a.server.statements.count;
    const reads = a.server.dataVersion.stats.reads;
    const started = performance.now();
    let served = 0;
    for (let round = 0; round < 10; round++) {
      for (const [query, vars] of [[SESSION_BY_ID, { id: s.sessionId }], [LIVE_SESSION, {}], [SESSION_LIST, {}]] as const) {
        const r = await get(a.url, query, vars);
        expect(r.status).toBe(200);
        served++;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const versionReads = a.server.dataVersion.stats.reads - reads;
    expect(versionReads, `${served} cached answers in ${seconds.toFixed(2)} s`).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
    expect(versionReads).toBeLessThan(served / 3);
    expect(a.server.statements.count - statements, "the only statements are the version reads").toBe(versionReads);
  });

  it("with the change feed lost, every answer reads the version (none is missed); when it is back, none does again", async () => {
    const s = await recipes.session("IN_PROGRESS", 1);
    const title = async () => json(await post(b.url, "query T($id: ID!) { session(id: $id) { title } }", { id: s.sessionId })).data.session.title as string;
    await title();
    // The database drops both instances' listening connections (a failover, a restart of PostgreSQL's side).
    await a.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'kuvend-listener'");
    await vi.waitFor(() => expect(b.server.dataVersion.following).toBe(false), { timeout: 5000, interval: 10 });
    // A change that no instance hears of: written straight into the database, with its audit event, while the feed is down.
    await a.sql("UPDATE council_session SET title = 'Pa njoftim' WHERE id = $1", [s.sessionId]);
    await a.sql("INSERT INTO audit_event (action, subject_type, subject_id) VALUES ('test', 'session', $1)", [s.sessionId]);
    expect(await title(), "read through the database, the change is there").toBe("Pa njoftim");
    // Back: the listener reconnects by itself, and cached answers are free again.
    await vi.waitFor(async () => {
      const reads = b.server.dataVersion.stats.reads;
      await title();
      await title();
      expect(b.server.dataVersion.stats.reads - reads).toBe(0);
    }, { timeout: 10_000, interval: 100 });
  });

  it("memory is bounded: a small cache evicts and never holds more than its bound", async () => {
    const small = await startTestServer({ databaseUrl: a.databaseUrl, slaTickMs: null, env: { RESULT_CACHE_MAX_MB: "0.1" } });
    try {
      const bound = 0.1 * 1024 * 1024;
      const cache = small.server.resultCache!;
      const s = await recipes.session("IN_PROGRESS", 2);
      for (let i = 0; i < 40; i++) {
        const r = await post(small.url, fresh(SESSION_BY_ID), { id: s.sessionId });
        expect(r.status).toBe(200);
        expect(cache.storedBytes).toBeLessThanOrEqual(bound);
      }
      expect(cache.storedEntries).toBeGreaterThan(0);
      expect(cache.storedEntries).toBeLessThan(40);
    } finally {
      await small.stop();
    }
  });
});
