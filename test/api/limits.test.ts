import { ApolloServer } from "@apollo/server";
import { buildSchema, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printKuvendSchema } from "../../server/src/schema/emit.js";
import { queryArmor } from "../../server/src/platform/security/limits.js";
import { collect, startTestServer, type TestServer } from "../support/server.js";
import { SESSION_FIELDS } from "./fixtures.js";

describe("abuse limits on the public endpoint", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { GRAPHQL_INTROSPECTION: "false", WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: "3", LOGIN_MAX_FAILURES: "3" } });
  });
  afterAll(() => t?.stop());

  const post = (body: unknown) => fetch(`${t.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  it("accepts the public dashboard's full query", async () => {
    const r = await t.gql(`{ liveSession { ${SESSION_FIELDS} } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.liveSession.attendance).toHaveLength(51);
  });

  it("refuses queries with too many aliases or tokens, and batched requests (depth: see the rules below)", async () => {
    const reasonable = "{ sessions { agenda { votes { ballots { councillor { id } } } declarations { councillor { id } } } } }";
    expect((await t.gql(reasonable)).errors).toBeUndefined();
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: councillors { id }`).join(" ")} }`;
    const r1 = await t.gql(aliases);
    expect(r1.errors?.[0]?.message).toMatch(/alias/i);
    expect(r1.data ?? null).toBeNull();
    const tokens = `{ ${"councillors { id fullName gender party active } ".repeat(400)} }`;
    const r2 = await t.gql(tokens);
    expect(r2.errors?.[0]?.message).toMatch(/token/i);
    const batch = await post([{ query: "{ me { id } }" }, { query: "{ me { id } }" }]);
    expect(batch.status).toBe(400);
  });

  it("answers an oversized body with a readable JSON error", async () => {
    const res = await post({ query: "{ me { id } }", variables: { x: "y".repeat(150_000) } });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ errors: [{ message: "The request is too large (at most 100 kB).", extensions: { code: "BAD_USER_INPUT" } }] });
  });

  it("turns introspection off when configured", async () => {
    const r = await t.gql("{ __schema { types { name } } }");
    expect(r.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it("slows down the address that keeps sending wrong passwords, with a clear message, and does not lock the account", async () => {
    const login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }";
    // LOGIN_MAX_FAILURES=3: three free failures for kd09 from this address, then every try (also refused ones) doubles the wait.
    for (let i = 0; i < 3; i++) expect((await t.gql(login, { u: "kd09", p: "wrong" })).errors?.[0]?.message).toBe("Wrong username or password.");
    for (let i = 0; i < 5; i++) await t.gql(login, { u: "kd09", p: "wrong" });
    const slowed = await t.gql(login, { u: "kd09", p: "kuvend" });
    expect(slowed.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(slowed.errors?.[0]?.message).toMatch(/^Too many failed logins from this address: try again in \d+ (seconds?|minutes?)\.$/);
    expect(Number(slowed.errors?.[0]?.extensions?.retryAfterSeconds)).toBeGreaterThanOrEqual(60);
    // Another account from the same address still logs in: the address has 9 of its 12 free failures.
    expect((await t.gql(login, { u: "kd10", p: "kuvend" })).data.login.token).toBeTruthy();
    // Nothing is counted per username alone: the owner logs in from elsewhere (test/api/login-throttle.test.ts).
    const [row] = await t.sql<{ n: string }>("SELECT count(*) AS n FROM login_failure WHERE scope = 'pair' AND key LIKE '[\"kd09\",%'");
    expect(Number(row.n)).toBe(1);
  });

  it("caps subscriptions per connection", async () => {
    const ws = t.ws();
    const sub = "subscription { serviceRequestUpdated { id } }";
    const feeds = [0, 1, 2, 3].map(() => collect(ws, sub, {}));
    await expect.poll(() => feeds[3].errors.length, { timeout: 10_000 }).toBe(1);
    expect(JSON.stringify(feeds[3].errors[0])).toContain("At most 3 subscriptions per connection");
    expect(feeds.slice(0, 3).every((f) => f.errors.length === 0)).toBe(true);
  });
});

describe("query limits as rules", () => {
  it("refuse selections nested deeper than the limit", () => {
    const schema = buildSchema("type Node { id: ID! child: Node } type Query { root: Node }");
    const nest = (n: number) => { let sel = "id"; for (let i = 0; i < n; i++) sel = `child { ${sel} }`; return `{ root { ${sel} } }`; };
    expect(validate(schema, parse(nest(8)), queryArmor(false).validationRules)).toEqual([]);
    expect(validate(schema, parse(nest(13)), queryArmor(false).validationRules).map((e) => e.message).join()).toMatch(/depth/i);
  });

  it("hide field suggestions in production only", async () => {
    const answer = async (production: boolean) => {
      const armor = queryArmor(production);
      const server = new ApolloServer({ typeDefs: await printKuvendSchema(), validationRules: armor.validationRules, plugins: armor.plugins as never });
      await server.start();
      const r = await server.executeOperation({ query: "{ councilors { id } }" });
      await server.stop();
      return r.body.kind === "single" ? (r.body.singleResult.errors ?? []).map((e) => e.message).join() : "";
    };
    expect(await answer(false)).toMatch(/Did you mean "councillors"/);
    const hidden = await answer(true);
    expect(hidden).toMatch(/Cannot query field "councilors"/);
    expect(hidden).not.toMatch(/Did you mean/);
  });
});

describe("operations", () => {
  let t: TestServer;
  beforeAll(async () => { t = await startTestServer(); });
  afterAll(() => t?.stop());

  it("answers health and readiness, and echoes or assigns a request id", async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${t.url}/readyz`)).json()).toEqual({ status: "ready" });
    const given = await fetch(`${t.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "abc-123" }, body: JSON.stringify({ query: "{ me { id } }" }) });
    expect(given.headers.get("x-request-id")).toBe("abc-123");
    const assigned = await fetch(`${t.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ me { id } }" }) });
    expect(assigned.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
