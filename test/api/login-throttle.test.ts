import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type GqlResult, type TestServer } from "../support/server.js";

/**
 * Login throttling without a lock-out weapon (issue 11, DOMAIN.md "Client
 * addresses"). The server trusts the loopback proxy (TRUST_PROXY=loopback), so
 * each request presents its client's address in X-Forwarded-For, as a reverse
 * proxy would: one test server sees many distinct clients.
 */
const ENV = { TRUST_PROXY: "loopback" };
const LOGIN = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }";
const WRONG = "Wrong username or password.";
const ATTACKER = "203.0.113.66";

async function loginFrom(t: TestServer, address: string, u: string, p: string): Promise<GqlResult<{ login: { token: string } }>> {
  const res = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ query: LOGIN, variables: { u, p } }),
  });
  return (await res.json()) as GqlResult<{ login: { token: string } }>;
}

const retryAfter = (r: GqlResult) => Number(r.errors?.[0]?.extensions?.retryAfterSeconds);
const isSlowed = (r: GqlResult) => r.errors?.[0]?.extensions?.code === "UNAUTHENTICATED" && /^Too many failed logins from this address/.test(r.errors[0].message) && retryAfter(r) >= 1;

describe("login throttling", () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    a = await startTestServer({ env: ENV });
    b = await startTestServer({ databaseUrl: a.databaseUrl, env: ENV });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it("50 wrong passwords for sekretaria from one address slow that address; the right password from another address logs in", async () => {
    const answers: GqlResult[] = [];
    for (let i = 0; i < 50; i++) answers.push(await loginFrom(a, ATTACKER, "sekretaria", `guess-${i}`));
    // Five free failures (LOGIN_MAX_FAILURES), then each try waits; tries during the wait are refused and count too.
    expect(answers.slice(0, 5).map((r) => r.errors?.[0]?.message)).toEqual(Array(5).fill(WRONG));
    expect(answers.every((r) => r.errors?.[0]?.message === WRONG || isSlowed(r))).toBe(true);
    expect(isSlowed(answers[49])).toBe(true);
    expect(retryAfter(answers[49])).toBeGreaterThan(600); // 15 minutes, the longest wait
    expect(answers.some((r) => r.data)).toBe(false);

    const owner = await loginFrom(a, "198.51.100.20", "sekretaria", "sekretaria");
    expect(owner.errors).toBeUndefined();
    expect(owner.data!.login.token).toBeTruthy();
    // The owner's success clears only their own (username, address) count: the attacker's stays.
    expect(isSlowed(await loginFrom(a, ATTACKER, "sekretaria", "sekretaria"))).toBe(true);
  });

  it("slows the failing address on every username, for a wrong and for a right password", async () => {
    const wrong = await loginFrom(a, ATTACKER, "oss", "not-it");
    const right = await loginFrom(a, ATTACKER, "oss", "oss");
    expect(isSlowed(wrong)).toBe(true);
    expect(isSlowed(right)).toBe(true);
    expect(right.data ?? null).toBeNull();
    // Counted for the waiting address only: made-up usernames add no rows while it waits.
    for (let i = 0; i < 10; i++) expect(isSlowed(await loginFrom(a, ATTACKER, `made-up-${i}`, "x"))).toBe(true);
    const pairs = await a.sql<{ key: string }>("SELECT key FROM login_failure WHERE scope = 'pair' AND key LIKE '%' || $1 || '%'", [ATTACKER]);
    expect(pairs.map((r) => JSON.parse(r.key)[0])).toEqual(["sekretaria"]);
    // Another address is not slowed for that account.
    expect((await loginFrom(a, "198.51.100.21", "oss", "oss")).data!.login.token).toBeTruthy();
  });

  it("counts a burst of parallel guesses one by one: only the free failures get their password checked", async () => {
    const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => loginFrom(a, "203.0.113.90", "kd02", `burst-${i}`)));
    expect(burst.filter((r) => r.errors?.[0]?.message === WRONG)).toHaveLength(5);
    expect(burst.filter(isSlowed)).toHaveLength(25);
  });

  it("two instances share the counts", async () => {
    // Twelve wrong passwords for kd01 from one address, alternating between the instances.
    for (let i = 0; i < 12; i++) await loginFrom(i % 2 ? b : a, "192.0.2.50", "kd01", `wrong-${i}`);
    // Counted per instance it would be six each (a wait of 2 s at most); shared, twelve or more (128 s and up).
    const onB = await loginFrom(b, "192.0.2.50", "kd01", "kuvend");
    expect(isSlowed(onB)).toBe(true);
    expect(retryAfter(onB)).toBeGreaterThan(100);
    const onA = await loginFrom(a, "192.0.2.50", "kd01", "kuvend");
    expect(isSlowed(onA)).toBe(true);
    // Instance B also slows the address that failed through A in the first test.
    expect(isSlowed(await loginFrom(b, ATTACKER, "kd03", "kuvend"))).toBe(true);
  });

  it("a restart keeps the counts", async () => {
    await b.stop();
    b = await startTestServer({ databaseUrl: a.databaseUrl, env: ENV });
    expect(isSlowed(await loginFrom(b, ATTACKER, "sekretaria", "sekretaria"))).toBe(true);
    expect(isSlowed(await loginFrom(b, "192.0.2.50", "kd01", "kuvend"))).toBe(true);
    expect((await loginFrom(b, "198.51.100.22", "sekretaria", "sekretaria")).data!.login.token).toBeTruthy();
  });

  it("forgets counts an hour after their last failure (the clock's prune)", async () => {
    await loginFrom(a, "192.0.2.77", "kd04", "wrong");
    const key = JSON.stringify(["kd04", "192.0.2.77"]);
    await a.sql("UPDATE login_failure SET last_at = now() - interval '61 minutes', first_at = now() - interval '61 minutes' WHERE key IN ($1, '192.0.2.77')", [key]);
    expect(await a.server.services.loginThrottle.prune(new Date(Date.now() + 120_000))).toBeGreaterThanOrEqual(2);
    expect(await a.sql("SELECT * FROM login_failure WHERE key IN ($1, '192.0.2.77')", [key])).toEqual([]);
  });
});
