import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GqlResult, startTestServer, type TestServer } from "../support/server.js";

/**
 * Track your request [ndiq kërkesën] (issue 16 point 6) for a One Stop Shop request: the counter prints its
 * receipt, the receipt opens /ndiq's answer (status, due moment, SLA state, history, no personal data), a reprint's
 * new code works and the old one stops, and wrong codes are slowed down per address like wrong passwords.
 */
const clock = { now: new Date("2026-12-07T10:00:00+01:00") };
const set = (s: string) => { clock.now = new Date(s); };

const SUBMIT = "mutation($i: ServiceRequestInput!) { submitServiceRequest(input: $i) { id reference version } }";
const MOVE = "mutation($id: ID!, $s: ServiceRequestStatus!) { setServiceRequestStatus(id: $id, status: $s) { status } }";
const PRINT = "mutation($id: ID!) { printServiceRequestReceipt(id: $id) { reference code kind } }";
const TRACK = "query($r: String!, $c: String!) { trackRequest(reference: $r, code: $c) { reference kind title status receivedAt dueAt slaState history { at status note } } }";

/** A GraphQL request from a chosen loopback address (Linux routes all of 127.0.0.0/8 to the loopback interface). */
function gqlFrom(url: string, localAddress: string, query: string, variables: Record<string, unknown>): Promise<GqlResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/graphql`, { method: "POST", localAddress, agent: false, headers: { "content-type": "application/json" } }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (c: string) => { text += c; }).on("end", () => resolve(JSON.parse(text) as GqlResult));
    });
    req.on("error", reject);
    req.end(JSON.stringify({ query, variables }));
  });
}
const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

let t: TestServer;
let oss: string;

beforeAll(async () => {
  t = await startTestServer({ now: () => clock.now, slaTickMs: null, env: { LOGIN_MAX_FAILURES: "3" } });
  oss = await t.login("oss");
});
afterAll(() => t?.stop());

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const r = await t.gql(query, variables, token);
  expect(r.errors).toBeUndefined();
  return r.data;
}

describe("a One Stop Shop request's receipt", () => {
  it("opens its tracked view: the service, status, due moment, SLA state and the request's own history", async () => {
    set("2026-12-07T10:00:00+01:00");
    const { submitServiceRequest: req } = await ok(SUBMIT, { i: { serviceTypeCode: "GC-CERT-PERS", citizenGender: "FEMALE" } }, oss); // 2 working hours
    const { printServiceRequestReceipt: receipt } = await ok(PRINT, { id: req.id }, oss);
    expect(receipt.kind).toBe("SERVICE_REQUEST");
    expect(receipt.reference).toMatch(/^SH-2026-\d{5}$/);
    expect(receipt.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);

    // Printing does not change the request: the operators' views stay current.
    const after = await ok("query($id: ID!) { serviceRequest(id: $id) { version } }", { id: req.id });
    expect(after.serviceRequest.version).toBe(req.version);

    const first = (await ok(TRACK, { r: receipt.reference, c: receipt.code })).trackRequest;
    expect(first).toMatchObject({
      reference: receipt.reference, kind: "SERVICE_REQUEST", title: "Certifikatë personale", status: "RECEIVED",
      receivedAt: new Date("2026-12-07T10:00:00+01:00").toISOString(), dueAt: new Date("2026-12-07T12:00:00+01:00").toISOString(), slaState: "ON_TRACK",
    });
    expect(first.history).toEqual([{ at: new Date("2026-12-07T10:00:00+01:00").toISOString(), status: "RECEIVED", note: null }]);

    // The code is typed off paper: case, spaces and the dash do not matter.
    const typed = receipt.code.toLowerCase().replace("-", " ");
    expect((await ok(TRACK, { r: ` ${receipt.reference.toLowerCase()} `, c: typed })).trackRequest.reference).toBe(receipt.reference);

    // The clock turns it AT_RISK in the last 20 % of its time; the operator takes it, waits on the citizen, completes it.
    set("2026-12-07T10:30:00+01:00");
    await ok(MOVE, { id: req.id, s: "IN_PROGRESS" }, oss);
    set("2026-12-07T11:40:00+01:00");
    await t.server.services.oss.clock.tick(clock.now);
    expect((await ok(TRACK, { r: receipt.reference, c: receipt.code })).trackRequest).toMatchObject({ status: "IN_PROGRESS", slaState: "AT_RISK" });
    await ok(MOVE, { id: req.id, s: "WAITING_ON_CITIZEN" }, oss);
    set("2026-12-07T11:50:00+01:00");
    await ok(MOVE, { id: req.id, s: "IN_PROGRESS" }, oss);
    set("2026-12-07T11:55:00+01:00");
    await ok(MOVE, { id: req.id, s: "COMPLETED" }, oss);

    const done = (await ok(TRACK, { r: receipt.reference, c: receipt.code })).trackRequest;
    expect(done.status).toBe("COMPLETED");
    expect(done.slaState).toBe("MET");
    expect(new Date(done.dueAt).getTime()).toBe(new Date("2026-12-07T12:10:00+01:00").getTime()); // 10 minutes waited on the citizen
    expect(done.history.map((s: { status: string }) => s.status)).toEqual(["RECEIVED", "IN_PROGRESS", "WAITING_ON_CITIZEN", "IN_PROGRESS", "COMPLETED"]);
    expect(done.history.map((s: { at: string }) => s.at)).toEqual([
      "2026-12-07T09:00:00.000Z", "2026-12-07T09:30:00.000Z", "2026-12-07T10:40:00.000Z", "2026-12-07T10:50:00.000Z", "2026-12-07T10:55:00.000Z",
    ]);

    // No personal data: the answer's fields are the public ones and nothing names the citizen or the operator.
    const text = JSON.stringify(done);
    expect(text).not.toMatch(/FEMALE|gender/i);
    const [operator] = await t.sql<{ id: string }>("SELECT id FROM app_user WHERE username = 'oss'");
    for (const v of [operator.id, req.id, req.reference]) expect(text).not.toContain(v);
    expect(text).not.toMatch(/"oss"/);
    expect(Object.keys(done).sort()).toEqual(["dueAt", "history", "kind", "receivedAt", "reference", "slaState", "status", "title"]);
  });

  it("a reprint gives a new code that works; the old one no longer does; the receipt's audit event holds no code", async () => {
    set("2026-12-08T09:00:00+01:00");
    const { submitServiceRequest: req } = await ok(SUBMIT, { i: { serviceTypeCode: "PR-VERT-PRON" } }, oss);
    const { printServiceRequestReceipt: first } = await ok(PRINT, { id: req.id }, oss);
    const { printServiceRequestReceipt: again } = await ok(PRINT, { id: req.id }, oss);
    expect(again.reference).toBe(first.reference);
    expect(again.code).not.toBe(first.code);
    expect((await ok(TRACK, { r: again.reference, c: again.code })).trackRequest.status).toBe("RECEIVED");
    const old = await t.gql(TRACK, { r: first.reference, c: first.code });
    expect(codeOf(old)).toBe("NOT_FOUND");

    const audit = await t.sql<{ after: unknown }>("SELECT after FROM audit_event WHERE action = 'printServiceRequestReceipt' AND subject_id = $1 ORDER BY id", [req.id]);
    expect(audit.map((a) => a.after)).toEqual([{ reference: first.reference, reprint: false }, { reference: first.reference, reprint: true }]);
    const stored = JSON.stringify(await t.sql("SELECT * FROM receipt WHERE reference = $1", [first.reference]));
    for (const c of [first.code, again.code, first.code.replace("-", ""), again.code.replace("-", "")]) expect(stored).not.toContain(c);
  });

  it("only the One Stop Shop's operators print receipts; an unknown request is NOT_FOUND", async () => {
    const { submitServiceRequest: req } = await ok(SUBMIT, { i: { serviceTypeCode: "TR-PARK" } }, oss);
    expect(codeOf(await t.gql(PRINT, { id: req.id }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await t.gql(PRINT, { id: req.id }, await t.login("sekretaria")))).toBe("FORBIDDEN");
    expect(codeOf(await t.gql(PRINT, { id: "00000000-0000-4000-8000-000000000000" }, oss))).toBe("NOT_FOUND");
    expect(codeOf(await t.gql(PRINT, { id: "not-an-id" }, oss))).toBe("NOT_FOUND");
  });

  it("wrong codes: NOT_FOUND, then past the free tries UNAUTHENTICATED with retryAfterSeconds from that address; another address still gets through", async () => {
    set("2026-12-09T09:00:00+01:00");
    const { submitServiceRequest: req } = await ok(SUBMIT, { i: { serviceTypeCode: "PR-VERT-PRON" } }, oss);
    const { printServiceRequestReceipt: receipt } = await ok(PRINT, { id: req.id }, oss);
    const guess = (address: string, code: string) => gqlFrom(t.url, address, TRACK, { r: receipt.reference, c: code });

    // LOGIN_MAX_FAILURES=3: three free wrong codes for this receipt from one address, each a plain NOT_FOUND.
    for (let i = 0; i < 3; i++) {
      const r = await guess("127.0.6.1", `WRNG-00${i}2`);
      expect(codeOf(r)).toBe("NOT_FOUND");
      expect(r.errors?.[0]?.message).toMatch(/No filing has this reference and code/);
    }
    const slowed = await guess("127.0.6.1", "WRNG-0042");
    expect(codeOf(slowed)).toBe("UNAUTHENTICATED");
    expect(slowed.errors?.[0]?.message).toMatch(/^Too many wrong receipt codes from this address/);
    expect(Number(slowed.errors?.[0]?.extensions?.retryAfterSeconds)).toBeGreaterThan(0);
    // While it waits, even the right code from that address is refused …
    expect(codeOf(await guess("127.0.6.1", receipt.code))).toBe("UNAUTHENTICATED");
    // … and the citizen at another address opens it.
    const elsewhere = await guess("127.0.6.2", receipt.code);
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data.trackRequest.reference).toBe(receipt.reference);
  });

  it("refuses an empty or overlong reference or code as BAD_USER_INPUT, and an unknown reference as NOT_FOUND", async () => {
    expect(codeOf(await gqlFrom(t.url, "127.0.6.9", TRACK, { r: "", c: "ABCD-EFGH" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await gqlFrom(t.url, "127.0.6.9", TRACK, { r: "SH-2026-00001", c: "x".repeat(41) }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await gqlFrom(t.url, "127.0.6.9", TRACK, { r: "SH-1999-99999", c: "ABCD-EFGH" }))).toBe("NOT_FOUND");
  });
});
