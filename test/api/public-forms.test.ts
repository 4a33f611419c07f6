import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { startTestServer, type TestServer } from "../support/server.js";

/**
 * The public forms' guard (issue 16 point 7) against a real server and PostgreSQL, with the server's clock
 * driven by the test: the honeypot, the minimum fill time, forged and old tickets, and the hourly limit per
 * client address, shared by two instances on one database.
 */
let t: TestServer;
let second: TestServer;
const clock = { now: new Date("2026-12-07T10:00:00+01:00") };
const later = (ms: number) => { clock.now = new Date(clock.now.getTime() + ms); };

async function refusal(p: Promise<unknown>): Promise<{ code: unknown; message: string; retryAfterSeconds?: unknown }> {
  try {
    await p;
  } catch (err) {
    const e = err as GraphQLError;
    return { code: e.extensions?.code, message: e.message, retryAfterSeconds: e.extensions?.retryAfterSeconds };
  }
  throw new Error("expected a refusal");
}

beforeAll(async () => {
  t = await startTestServer({ now: () => clock.now, slaTickMs: null, env: { PUBLIC_FORMS_PER_HOUR: "3" } });
  second = await startTestServer({ databaseUrl: t.databaseUrl, now: () => clock.now, slaTickMs: null, env: { PUBLIC_FORMS_PER_HOUR: "3" } });
});
afterAll(async () => {
  await second?.stop();
  await t?.stop();
});

describe("public forms without a CAPTCHA", () => {
  it("startPublicForm answers a ticket and the earliest moment to send it, 3 seconds on", async () => {
    const r = await t.gql("mutation { startPublicForm { ticket notBefore } }");
    expect(r.errors).toBeUndefined();
    expect(new Date(r.data.startPublicForm.notBefore).getTime() - clock.now.getTime()).toBe(3000);
  });

  it("refuses a form sent sooner than 3 seconds after it was opened, and takes it after", async () => {
    const guard = t.server.services.publicForms;
    const { ticket } = guard.ticket();
    later(2000);
    expect(await refusal(guard.check("test-fast", { ticket }, "198.51.100.1"))).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("too quickly") });
    later(1000);
    await expect(guard.check("test-fast", { ticket }, "198.51.100.1")).resolves.toBeUndefined();
  });

  it("refuses a filled-in honeypot field", async () => {
    const guard = t.server.services.publicForms;
    const { ticket } = guard.ticket();
    later(5000);
    expect(await refusal(guard.check("test-honeypot", { ticket, website: "http://spam.example" }, "198.51.100.2"))).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("hidden field") });
  });

  it("refuses a forged, a missing and a day-old ticket", async () => {
    const guard = t.server.services.publicForms;
    const { ticket } = guard.ticket();
    later(5000);
    const [at, nonce] = ticket.split(".");
    const earlier = (parseInt(at, 36) - 60_000).toString(36); // claims to be opened a minute earlier
    expect((await refusal(guard.check("test-ticket", { ticket: `${earlier}.${nonce}.${ticket.split(".")[2]}` }, "198.51.100.3"))).code).toBe("BAD_USER_INPUT");
    expect((await refusal(guard.check("test-ticket", { ticket: "x" }, "198.51.100.3"))).code).toBe("BAD_USER_INPUT");
    expect((await refusal(guard.check("test-ticket", null, "198.51.100.3"))).code).toBe("BAD_USER_INPUT");
    later(24 * 3600_000 + 1000);
    expect(await refusal(guard.check("test-ticket", { ticket }, "198.51.100.3"))).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("more than a day ago") });
  });

  it("a ticket signed by one instance is taken by another (one secret), and the hourly limit is counted across both", async () => {
    const a = t.server.services.publicForms;
    const b = second.server.services.publicForms;
    clock.now = new Date("2026-12-08T09:10:00+01:00");
    const { ticket } = a.ticket();
    later(4000);
    await a.check("test-limit", { ticket }, "203.0.113.7");
    await b.check("test-limit", { ticket }, "203.0.113.7");
    await a.check("test-limit", { ticket }, "203.0.113.7");
    const refused = await refusal(b.check("test-limit", { ticket }, "203.0.113.7"));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("at most 3 an hour");
    expect(refused.retryAfterSeconds).toBe(50 * 60 - 4); // until 10:00
    // another address, and another form, are not held back
    await a.check("test-limit", { ticket }, "203.0.113.8");
    await a.check("test-other", { ticket }, "203.0.113.7");
    // the next hour counts afresh
    clock.now = new Date("2026-12-08T10:00:01+01:00");
    await b.check("test-limit", { ticket }, "203.0.113.7");
  });
});
