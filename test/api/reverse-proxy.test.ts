import http from "node:http";
import type { AddressInfo } from "node:net";
import httpProxy from "http-proxy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type GqlResult, startTestServer, type TestServer } from "../support/server.js";
import { M, newSession } from "./fixtures.js";

/**
 * Kuvend behind a real HTTP reverse proxy (npm http-proxy, WebSocket
 * pass-through, `xfwd: true` appends the client's address to X-Forwarded-For),
 * issue 11 item 2. Every client connects from its own real address: Linux
 * routes all of 127.0.0.0/8 to the loopback interface, so a client that binds
 * 127.0.1.17 is seen by the proxy as 127.0.1.17. The proxy itself talks to the
 * server from 127.0.0.1, the only address the server trusts (TRUST_PROXY).
 */

type Proxy = { url: string; wsUrl: string; close(): Promise<void> };

async function startProxy(target: string): Promise<Proxy> {
  const proxy = httpProxy.createProxyServer({ target, ws: true, xfwd: true });
  proxy.on("error", (_err, _req, res) => {
    if (res instanceof http.ServerResponse && !res.headersSent) res.writeHead(502).end();
    else res.destroy();
  });
  const server = http.createServer((req, res) => proxy.web(req, res));
  server.on("upgrade", (req, socket, head) => proxy.ws(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    wsUrl: url.replace(/^http/, "ws") + "/graphql",
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      proxy.close();
    },
  };
}

/** The client address of the i-th viewer: 127.0.1.1, 127.0.1.2, … (250 per third octet). */
const viewerAddress = (i: number) => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;

type Viewer = { socket: WebSocket; acked: Promise<boolean>; closed: Promise<number>; received: unknown[] };

/** A graphql-ws connection (protocol graphql-transport-ws) from `localAddress`; `acked` is false when the server closed it first. */
function viewer(url: string, localAddress: string, headers: Record<string, string> = {}): Viewer {
  const socket = new WebSocket(url, "graphql-transport-ws", { localAddress, headers, perMessageDeflate: false });
  const received: unknown[] = [];
  let ack: (ok: boolean) => void = () => {};
  const acked = new Promise<boolean>((resolve) => { ack = resolve; });
  const closed = new Promise<number>((resolve) => socket.once("close", (code) => { ack(false); resolve(code); }));
  socket.once("error", () => ack(false));
  socket.once("open", () => socket.send(JSON.stringify({ type: "connection_init" })));
  socket.on("message", (data) => {
    const msg = JSON.parse(String(data)) as { type: string; payload?: unknown };
    if (msg.type === "connection_ack") ack(true);
    else if (msg.type === "next") received.push(msg.payload);
    else if (msg.type === "ping") socket.send(JSON.stringify({ type: "pong" }));
  });
  return { socket, acked, closed, received };
}

async function closeAll(viewers: Viewer[]): Promise<void> {
  for (const v of viewers) if (v.socket.readyState === WebSocket.OPEN || v.socket.readyState === WebSocket.CONNECTING) v.socket.terminate();
  await Promise.all(viewers.map((v) => v.closed));
}

type Answer = GqlResult;

/** A GraphQL request over plain HTTP from `localAddress`, optionally with a (forged) X-Forwarded-For. */
function gqlFrom(url: string, localAddress: string, query: string, variables: Record<string, unknown>, options: { token?: string; forwardedFor?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/graphql`, {
      method: "POST", localAddress, agent: false,
      headers: {
        "content-type": "application/json",
        ...(options.forwardedFor ? { "x-forwarded-for": options.forwardedFor } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
    }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (c: string) => { text += c; }).on("end", () => resolve(JSON.parse(text) as Answer));
    });
    req.on("error", reject);
    req.end(JSON.stringify({ query, variables }));
  });
}
const loginFrom = (url: string, localAddress: string, u: string, p: string, forwardedFor?: string) =>
  gqlFrom(url, localAddress, "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }", { u, p }, { forwardedFor });
const slowed = (r: Answer) =>
  /^Too many failed logins from this address/.test(r.errors?.[0]?.message ?? "") && Number(r.errors?.[0]?.extensions?.retryAfterSeconds) > 0;

describe("behind a reverse proxy (TRUST_PROXY=127.0.0.1)", () => {
  let t: TestServer;
  let proxy: Proxy;
  beforeAll(async () => {
    t = await startTestServer({ env: { TRUST_PROXY: "127.0.0.1" } }); // WS_MAX_CONNECTIONS_PER_ADDRESS at its default, 1,000
    proxy = await startProxy(t.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await t?.stop();
  });

  it("serves 1,500 WebSocket viewers with distinct addresses, and a live update reaches every one", async () => {
    const sec = await t.login("sekretaria");
    const { sessionId } = await newSession(t, sec, 1);
    const subscribe = JSON.stringify({ id: "1", type: "subscribe", payload: { query: "subscription($id: ID!) { sessionUpdated(sessionId: $id) { status } }", variables: { id: sessionId } } });
    const viewers: Viewer[] = [];
    const started = Date.now();
    try {
      // Opened in batches of 100, each batch acknowledged before the next.
      for (let batch = 0; batch < 15; batch++) {
        const opened = Array.from({ length: 100 }, (_, i) => viewer(proxy.wsUrl, viewerAddress(batch * 100 + i)));
        viewers.push(...opened);
        expect(await Promise.all(opened.map((v) => v.acked))).toEqual(Array(100).fill(true));
        for (const v of opened) v.socket.send(subscribe);
      }
      await expect.poll(() => t.server.services.sessionFeed.subscriberCount(sessionId), { timeout: 60_000 }).toBe(1500);
      const openedMs = Date.now() - started;

      await t.gql(M.start, { id: sessionId }, sec);
      const live = (v: Viewer) => v.received.some((p) => (p as { data?: { sessionUpdated?: { status?: string } } }).data?.sessionUpdated?.status === "IN_PROGRESS");
      await expect.poll(() => viewers.filter(live).length, { timeout: 60_000, interval: 200 }).toBe(1500);
      expect(viewers.every((v) => v.socket.readyState === WebSocket.OPEN)).toBe(true);
      console.info(`reverse proxy: 1,500 viewers connected and subscribed in ${openedMs} ms; all had the update after ${Date.now() - started} ms`);
    } finally {
      await closeAll(viewers);
    }
  }, 240_000);
});

describe("the connection cap still applies per real client", () => {
  let t: TestServer;
  let proxy: Proxy;
  beforeAll(async () => {
    t = await startTestServer({ env: { TRUST_PROXY: "127.0.0.1", WS_MAX_CONNECTIONS_PER_ADDRESS: "3", LOGIN_MAX_FAILURES: "3" } });
    proxy = await startProxy(t.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await t?.stop();
  });

  it("refuses a 4th connection from one client behind the proxy, even with a forged X-Forwarded-For, and serves another client", async () => {
    const first = [0, 1, 2].map(() => viewer(proxy.wsUrl, "127.0.9.1"));
    try {
      expect(await Promise.all(first.map((v) => v.acked))).toEqual([true, true, true]);
      // The proxy appends the real peer to the forged value: "6.6.6.6, 127.0.9.1"; the server reads from the right.
      const fourth = viewer(proxy.wsUrl, "127.0.9.1", { "x-forwarded-for": "6.6.6.6" });
      expect(await fourth.acked).toBe(false);
      expect(await fourth.closed).toBe(1013);
      const other = viewer(proxy.wsUrl, "127.0.9.2");
      expect(await other.acked).toBe(true);
      first.push(fourth, other);
    } finally {
      await closeAll(first);
    }
  });

  it("ignores X-Forwarded-For from a peer that is not the trusted proxy (direct to the server)", async () => {
    // Three connections straight to the server from 127.0.9.3, each claiming a different client.
    const direct = [1, 2, 3].map((i) => viewer(t.wsUrl, "127.0.9.3", { "x-forwarded-for": `198.51.100.${i}` }));
    try {
      expect(await Promise.all(direct.map((v) => v.acked))).toEqual([true, true, true]);
      const fourth = viewer(t.wsUrl, "127.0.9.3", { "x-forwarded-for": "198.51.100.4" });
      direct.push(fourth);
      expect(await fourth.closed).toBe(1013); // counted against the socket's address, 127.0.9.3
    } finally {
      await closeAll(direct);
    }
  });

  it("counts wrong passwords against the socket's address when X-Forwarded-For comes from an untrusted peer", async () => {
    // Eight wrong passwords for kd05 direct from 127.0.9.4, each claiming to come from somewhere else.
    for (let i = 0; i < 8; i++) await loginFrom(t.url, "127.0.9.4", "kd05", "wrong", `198.51.100.${10 + i}`);
    expect(slowed(await loginFrom(t.url, "127.0.9.4", "kd05", "kuvend", "198.51.100.99"))).toBe(true);
    // Through the proxy, the same account from a client that has not been failing logs in.
    const fromElsewhere = await loginFrom(proxy.url, "127.0.9.5", "kd05", "kuvend");
    expect(fromElsewhere.errors).toBeUndefined();
    // And through the proxy each real client is counted on its own: 127.0.9.6's failures do not slow 127.0.9.7.
    for (let i = 0; i < 8; i++) await loginFrom(proxy.url, "127.0.9.6", "kd06", "wrong");
    expect(slowed(await loginFrom(proxy.url, "127.0.9.6", "kd06", "kuvend"))).toBe(true);
    expect((await loginFrom(proxy.url, "127.0.9.7", "kd06", "kuvend")).errors).toBeUndefined();
  });
});

describe("public forms' hourly limit and the receipt-code throttle count per real client (issue 16)", () => {
  let t: TestServer;
  let proxy: Proxy;
  const at = new Date("2026-12-07T10:20:00+01:00"); // mid-hour: the hourly count cannot roll over during the test
  beforeAll(async () => {
    t = await startTestServer({
      now: () => at, slaTickMs: null,
      env: { TRUST_PROXY: "127.0.0.1", PUBLIC_FORMS_PER_HOUR: "2", PUBLIC_FORM_MIN_SECONDS: "0", LOGIN_MAX_FAILURES: "2" },
    });
    proxy = await startProxy(t.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await t?.stop();
  });

  const SUBMIT = "mutation($i: DocumentRequestInput!, $p: PublicFormProof!) { submitDocumentRequest(input: $i, proof: $p) { receipt { reference } } }";
  /** A request for a public document from `localAddress` (through `url`), with a fresh ticket. */
  async function fileFrom(url: string, localAddress: string, forwardedFor?: string): Promise<Answer> {
    const opened = await gqlFrom(url, localAddress, "mutation { startPublicForm { ticket } }", {});
    const p = { ticket: opened.data.startPublicForm.ticket, website: "" };
    return gqlFrom(url, localAddress, SUBMIT, { p, i: { requesterName: "Qytetar Prove", documents: "Vendimi për buxhetin 2026." } }, { forwardedFor });
  }
  const limited = (r: Answer) => r.errors?.[0]?.extensions?.code === "CONFLICT" && Number(r.errors?.[0]?.extensions?.retryAfterSeconds) > 0;

  it("counts a public form's submissions per real client behind the proxy; a forged X-Forwarded-For does not dodge the limit", async () => {
    for (let i = 0; i < 2; i++) expect((await fileFrom(proxy.url, "127.0.4.1")).errors).toBeUndefined();
    expect(limited(await fileFrom(proxy.url, "127.0.4.1"))).toBe(true);
    // The proxy appends the real peer to the forged value ("6.6.6.6, 127.0.4.1"); the server reads from the right.
    expect(limited(await fileFrom(proxy.url, "127.0.4.1", "6.6.6.6"))).toBe(true);
    // Another citizen behind the same proxy is counted on their own.
    expect((await fileFrom(proxy.url, "127.0.4.2")).errors).toBeUndefined();
  });

  it("counts a public form's submissions against the socket's address when X-Forwarded-For comes from an untrusted peer", async () => {
    expect((await fileFrom(t.url, "127.0.4.3", "198.51.100.31")).errors).toBeUndefined();
    expect((await fileFrom(t.url, "127.0.4.3", "198.51.100.32")).errors).toBeUndefined();
    expect(limited(await fileFrom(t.url, "127.0.4.3", "198.51.100.33"))).toBe(true);
  });

  it("slows wrong receipt codes per real client behind the proxy, and per socket from an untrusted peer whatever it claims", async () => {
    const oss = await t.login("oss");
    const { data: { submitServiceRequest: req } } = await gqlFrom(t.url, "127.0.0.1", "mutation { submitServiceRequest(input: { serviceTypeCode: \"PR-VERT-PRON\" }) { id } }", {}, { token: oss });
    const { data: { printServiceRequestReceipt: receipt } } = await gqlFrom(t.url, "127.0.0.1", "mutation($id: ID!) { printServiceRequestReceipt(id: $id) { reference code } }", { id: req.id }, { token: oss });
    const track = (url: string, localAddress: string, code: string, forwardedFor?: string) =>
      gqlFrom(url, localAddress, "query($r: String!, $c: String!) { trackRequest(reference: $r, code: $c) { status } }", { r: receipt.reference, c: code }, { forwardedFor });
    const codeOf = (r: Answer) => r.errors?.[0]?.extensions?.code;
    const slowedDown = (r: Answer) => codeOf(r) === "UNAUTHENTICATED" && /^Too many wrong receipt codes/.test(r.errors?.[0]?.message ?? "") && Number(r.errors?.[0]?.extensions?.retryAfterSeconds) > 0;

    // LOGIN_MAX_FAILURES=2: two free wrong codes from a client behind the proxy, then it waits, forged header or not.
    expect(codeOf(await track(proxy.url, "127.0.4.4", "AAAA-AAAA"))).toBe("NOT_FOUND");
    expect(codeOf(await track(proxy.url, "127.0.4.4", "BBBB-BBBB", "6.6.6.6"))).toBe("NOT_FOUND");
    expect(slowedDown(await track(proxy.url, "127.0.4.4", receipt.code, "6.6.6.7"))).toBe(true);
    // Another real client behind the same proxy opens the receipt.
    expect((await track(proxy.url, "127.0.4.5", receipt.code)).data?.trackRequest.status).toBe("RECEIVED");

    // Straight to the server from an untrusted peer, each guess claiming another client: counted against the socket.
    expect(codeOf(await track(t.url, "127.0.4.6", "CCCC-CCCC", "198.51.100.41"))).toBe("NOT_FOUND");
    expect(codeOf(await track(t.url, "127.0.4.6", "DDDD-DDDD", "198.51.100.42"))).toBe("NOT_FOUND");
    expect(slowedDown(await track(t.url, "127.0.4.6", receipt.code, "198.51.100.43"))).toBe(true);
  });
});

describe("the audit record keeps the client's address", () => {
  let t: TestServer;
  let proxy: Proxy;
  beforeAll(async () => {
    t = await startTestServer({ env: { TRUST_PROXY: "127.0.0.1" } });
    proxy = await startProxy(t.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await t?.stop();
  });

  it("records the real client behind the proxy, the socket's address for a forged header, and the chain still verifies", async () => {
    const sec = await t.login("sekretaria");
    const create = "mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }";
    const input = (title: string) => ({ i: { title, scheduledAt: new Date(Date.now() + 8 * 86400_000).toISOString() } });
    const viaProxy = await gqlFrom(proxy.url, "127.0.8.1", create, input("Përmes proxy-t"), { token: sec, forwardedFor: "6.6.6.6" });
    const direct = await gqlFrom(t.url, "127.0.8.2", create, input("Drejtpërdrejt"), { token: sec, forwardedFor: "6.6.6.7" });
    const rows = await t.sql<{ subject_id: string; actor_address: string }>(
      "SELECT subject_id, actor_address FROM audit_event WHERE action = 'createSession' AND subject_id = ANY($1::text[])",
      [[viaProxy.data.createSession.id, direct.data.createSession.id]]);
    const byId = new Map(rows.map((r) => [r.subject_id, r.actor_address]));
    expect(byId.get(viaProxy.data.createSession.id)).toBe("127.0.8.1");
    expect(byId.get(direct.data.createSession.id)).toBe("127.0.8.2");
    const head = await t.gql("{ auditHead { ok reason } }");
    expect(head.data.auditHead).toEqual({ ok: true, reason: null });
  });
});

describe("without TRUST_PROXY", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { WS_MAX_CONNECTIONS_PER_ADDRESS: "2" } });
  });
  afterAll(() => t?.stop());

  it("never reads X-Forwarded-For, even from loopback", async () => {
    const sockets = [1, 2, 3].map((i) => viewer(t.wsUrl, "127.0.0.1", { "x-forwarded-for": `203.0.113.${i}` }));
    try {
      expect(await sockets[0].acked).toBe(true);
      expect(await sockets[1].acked).toBe(true);
      expect(await sockets[2].closed).toBe(1013);
    } finally {
      await closeAll(sockets);
    }
  });

  it("counts wrong passwords against the socket's address whatever X-Forwarded-For says", async () => {
    for (let i = 0; i < 8; i++) await loginFrom(t.url, "127.0.0.1", "kd07", "wrong", `203.0.113.${20 + i}`);
    expect(slowed(await loginFrom(t.url, "127.0.0.1", "kd07", "kuvend", "203.0.113.99"))).toBe(true);
    expect((await loginFrom(t.url, "127.0.7.1", "kd07", "kuvend", "127.0.0.1")).errors).toBeUndefined(); // another real address
  });
});
