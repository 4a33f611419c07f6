import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startTestServer, type TestServer } from "../support/server.js";

/**
 * Issue 11, point 5: a clean answer to every hostile request. Scanner-style requests
 * against a real server (its own database and a built web client in a temporary
 * folder), sent as raw bytes so that nothing (dot segments, encodings, broken
 * UTF-8) is cleaned up by the client first. Each must get a 4xx (or, where the
 * request is legal, a 200), never a 5xx, and no body may carry INTERNAL_SERVER_ERROR.
 */
const SECRET = "test-secret-test-secret-test-secret!"; // the test server's JWT_SECRET (test/support/server.ts)

type Answer = { status: number; body: string; headers: http.IncomingHttpHeaders };
type Case = {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The expected status (or one of several), where a specific one is meaningful. */
  status?: number | number[];
  /** A GraphQL error code the answer must carry. */
  code?: string;
  /** Something the body must not contain (a file from outside the web client). */
  notIn?: string;
};

function send(url: string, c: Pick<Case, "method" | "path" | "headers" | "body">): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method: c.method ?? "GET", path: c.path, headers: c.headers, insecureHTTPParser: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (d: Buffer) => chunks.push(d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
      res.on("error", reject);
    });
    req.on("error", reject);
    if (c.body !== undefined) req.write(c.body);
    req.end();
  });
}

const JSON_TYPE = { "content-type": "application/json" };
const gqlBody = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const post = (body: string | Buffer, headers: Record<string, string> = JSON_TYPE): Pick<Case, "method" | "path" | "headers" | "body"> =>
  ({ method: "POST", path: "/graphql", headers, body });

const aliasFlood = `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
const directiveFlood = `{ __typename ${Array.from({ length: 500 }, () => "@include(if: true)").join(" ")} }`;
const tokenFlood = `{ ${"councillors { id fullName gender party active } ".repeat(400)} }`;
const depthFlood = `{ ${"sessions { agenda { session { ".repeat(40)}id${" } } }".repeat(40)} }`;
const braceFlood = `${"{ a ".repeat(1400)}${"}".repeat(1400)}`;
const fewDirectives = `{ __typename ${Array.from({ length: 25 }, () => "@include(if: true)").join(" ")} }`;
const fewAliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: councillors { id }`).join(" ")} }`;
const fragmentCycle = "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }";
const login = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }";

/** Every HTTP route: GraphQL, health, minutes, open data, the feed, static files and the web client's fallback. */
const ROUTES = ["/minutes/", "/open-data/", "/feeds/", "/assets/", "/", "/seanca/", "/graphql/", "/healthz/"];
const TRAVERSALS = [
  "../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2e%2e/%2e%2e/etc/passwd", "..%5c..%5cetc%5cpasswd",
  "....//....//etc/passwd", "%252e%252e%252fetc%252fpasswd", "x.json%00.pdf", "%00", "x%00.csv", "%c0%ae%c0%ae/etc/passwd", "%ff%fe",
  "%", "%zz", `${"a".repeat(5000)}.json`, `${"%2e%2e%2f".repeat(300)}etc/passwd`,
];

describe("a clean answer to every hostile request", () => {
  let t: TestServer;
  let webDist: string;
  let token: string;
  let expired: string;
  let wrongSignature: string;
  let algNone: string;

  beforeAll(async () => {
    webDist = mkdtempSync(path.join(tmpdir(), "kuvend-hostile-"));
    mkdirSync(path.join(webDist, "assets"));
    writeFileSync(path.join(webDist, "index.html"), "<!doctype html><title>Kuvend</title><div id=root></div>");
    writeFileSync(path.join(webDist, "assets", "app.js"), "console.log('kuvend');");
    t = await startTestServer({ webDist });
    token = await t.login("sekretaria");
    const [user] = await t.sql("SELECT id FROM app_user WHERE username = 'sekretaria'");
    const claims = { role: "SECRETARIAT", cid: null, usr: "sekretaria" };
    expired = await new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject(user.id).setIssuer("kuvend")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 3600).sign(new TextEncoder().encode(SECRET));
    wrongSignature = await new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject(user.id).setIssuer("kuvend")
      .setIssuedAt().setExpirationTime("1h").sign(new TextEncoder().encode("another-secret-another-secret-another!"));
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    algNone = `${b64({ alg: "none", typ: "JWT" })}.${b64({ ...claims, sub: user.id, iss: "kuvend", exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
  });
  afterAll(async () => {
    await t?.stop();
    if (webDist) rmSync(webDist, { recursive: true, force: true });
  });

  function expectClean(c: Case, a: Answer) {
    const label = `${c.name}: ${a.status} ${a.body.slice(0, 200)}`;
    expect(a.status, label).toBeLessThan(500);
    expect(a.body, label).not.toContain("INTERNAL_SERVER_ERROR");
    // No error page with a stack trace (Express's default handler outside production).
    expect(a.body, label).not.toMatch(/ at .*\.(js|ts):\d+|<pre>/);
    if (c.status !== undefined) expect([c.status].flat(), label).toContain(a.status);
    if (c.code) expect(JSON.parse(a.body).errors?.[0]?.extensions?.code, label).toBe(c.code);
    if (c.notIn) expect(a.body, label).not.toContain(c.notIn);
  }

  describe("GraphQL over HTTP", () => {
    const cases: Case[] = [
      { name: "malformed JSON", ...post('{"query": "{ me { id } }"'), status: 400, code: "BAD_USER_INPUT" },
      { name: "JSON that is not an object", ...post('"{ me { id } }"'), status: 400 },
      { name: "JSON null", ...post("null"), status: 400 },
      { name: "empty body", ...post(""), status: 400 },
      { name: "a batch (array body)", ...post(JSON.stringify([{ query: "{ me { id } }" }, { query: "{ me { id } }" }])), status: 400 },
      { name: "an empty batch", ...post("[]"), status: 400 },
      { name: "a query that is not a string", ...post(JSON.stringify({ query: 42 })), status: 400 },
      { name: "variables that are not an object", ...post(JSON.stringify({ query: "{ me { id } }", variables: "x" })), status: 400 },
      { name: "an unknown operation name", ...post(JSON.stringify({ query: "query A { me { id } }", operationName: "B" })), status: 400 },
      { name: "an unknown persisted query", ...post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } })) },
      { name: "a syntax error", ...post(gqlBody("{ me { id ")), status: 400, code: "GRAPHQL_PARSE_FAILED" },
      { name: "CSRF: text/plain", ...post(gqlBody(login, { u: "sekretaria", p: "sekretaria" }), { "content-type": "text/plain" }), status: 400, notIn: "token" },
      { name: "CSRF: application/x-www-form-urlencoded", ...post(`query=${encodeURIComponent(login)}&variables=${encodeURIComponent('{"u":"sekretaria","p":"sekretaria"}')}`, { "content-type": "application/x-www-form-urlencoded" }), status: 400, notIn: "token" },
      {
        name: "CSRF: multipart/form-data",
        ...post('--b\r\ncontent-disposition: form-data; name="query"\r\n\r\n{ me { id } }\r\n--b--\r\n', { "content-type": "multipart/form-data; boundary=b" }),
        status: 400,
      },
      { name: "no content type", ...post(gqlBody("{ me { id } }"), {}), status: 400 },
      { name: "an unsupported charset", ...post(gqlBody("{ me { id } }"), { "content-type": "application/json; charset=klingon" }), status: 415, code: "BAD_USER_INPUT" },
      { name: "a gzip body that is not gzip", ...post("not gzip at all", { "content-type": "application/json", "content-encoding": "gzip" }), status: 400 },
      { name: "an unknown content encoding", ...post(gqlBody("{ me { id } }"), { "content-type": "application/json", "content-encoding": "br2" }), status: 415, code: "BAD_USER_INPUT" },
      { name: "a huge body", ...post(gqlBody("{ me { id } }", { x: "y".repeat(300_000) })), status: 413, code: "BAD_USER_INPUT" },
      { name: "a token flood", ...post(gqlBody(tokenFlood)), status: 400, code: "GRAPHQL_PARSE_FAILED" },
      { name: "an alias flood (3,000 aliases)", ...post(gqlBody(aliasFlood)), status: 400, code: "GRAPHQL_PARSE_FAILED" },
      { name: "a directive flood (500 @include on one field)", ...post(gqlBody(directiveFlood)), status: 400, code: "GRAPHQL_PARSE_FAILED" },
      { name: "a brace flood (1,400 levels)", ...post(gqlBody(braceFlood)), status: 400 },
      { name: "a depth flood (120 levels)", ...post(gqlBody(depthFlood)), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
      { name: "too many aliases (40)", ...post(gqlBody(fewAliases)), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
      { name: "too many directives (25)", ...post(gqlBody(fewDirectives)), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
      { name: "a fragment cycle", ...post(gqlBody(fragmentCycle)), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
      { name: "invalid UTF-8 in the body", ...post(Buffer.concat([Buffer.from('{"query": "{ me { id } }", "x": "'), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from('"}')])) },
      { name: "invalid UTF-8 in the query", ...post(Buffer.concat([Buffer.from('{"query": "{ me { id '), Buffer.from([0xff, 0xc0, 0xaf]), Buffer.from(' } }"}')])), status: 400 },
      { name: "a NUL byte in the query text", ...post(gqlBody("{ me\u0000 { id } }")), status: 400 },
      { name: "a NUL in a string argument", ...post(gqlBody('{ session(id: "\\u0000") { id } }')), status: 200 },
      { name: "a NUL in a login username (variables)", ...post(gqlBody(login, { u: "sekretaria\u0000", p: "x" })), status: 200, code: "BAD_USER_INPUT" },
      { name: "a NUL in a login password (variables)", ...post(gqlBody(login, { u: "sekretaria", p: "\u0000" })), status: 200 },
      { name: "a NUL in an ID variable", ...post(gqlBody("query($id: ID!) { session(id: $id) { id } }", { id: "\u0000' OR 1=1 --" })), status: 200 },
      { name: "a variable of the wrong type", ...post(gqlBody("query($id: ID!) { session(id: $id) { id } }", { id: { $ne: null } })), status: 400 },
      {
        name: "a GET mutation", method: "GET", headers: { "apollo-require-preflight": "1" }, status: 405, notIn: "token",
        path: `/graphql?query=${encodeURIComponent(login)}&variables=${encodeURIComponent('{"u":"sekretaria","p":"sekretaria"}')}`,
      },
      { name: "a GET without a preflight header (CSRF)", method: "GET", path: `/graphql?query=${encodeURIComponent("{ me { id } }")}`, status: 400 },
      { name: "a GET with broken variables", method: "GET", path: `/graphql?query=${encodeURIComponent("{ me { id } }")}&variables=%7B`, headers: { "apollo-require-preflight": "1" }, status: 400 },
      { name: "a GET with a broken percent-encoding", method: "GET", path: "/graphql?query=%E0%A4%A&variables=%", headers: { "apollo-require-preflight": "1" }, status: 400 },
      { name: "PUT /graphql", method: "PUT", path: "/graphql", headers: JSON_TYPE, body: gqlBody("{ me { id } }"), status: [404, 405] },
      { name: "DELETE /graphql", method: "DELETE", path: "/graphql", status: [400, 405] }, // 400: blocked as CSRF (no content type)
      { name: "PATCH /graphql", method: "PATCH", path: "/graphql", headers: JSON_TYPE, body: gqlBody("{ me { id } }"), status: [404, 405] },
      { name: "TRACE /graphql", method: "TRACE", path: "/graphql", status: [400, 405] },
      { name: "OPTIONS /graphql", method: "OPTIONS", path: "/graphql" },
      { name: "an unknown method", method: "PROPFIND", path: "/graphql", status: [400, 404, 405] },
    ];
    it.each(cases)("$name", async (c) => expectClean(c, await send(t.url, c)));

    const me = gqlBody("{ me { id } }");
    const bearer: [string, () => string][] = [
      ["garbage", () => "Bearer garbage"],
      ["three dots", () => "Bearer ..."],
      ["not base64", () => "Bearer %%%.%%%.%%%"],
      ["alg none", () => `Bearer ${algNone}`],
      ["expired", () => `Bearer ${expired}`],
      ["a wrong signature", () => `Bearer ${wrongSignature}`],
      ["a truncated token", () => `Bearer ${token.slice(0, -10)}`],
      ["another scheme", () => `Basic ${Buffer.from("sekretaria:sekretaria").toString("base64")}`],
      ["a huge token", () => `Bearer ${"x".repeat(8000)}`],
    ];
    it.each(bearer)("a forged or malformed Bearer token over HTTP (%s): 401 UNAUTHENTICATED", async (_name, header) => {
      const c: Case = { name: _name, ...post(me, { ...JSON_TYPE, authorization: header() }), status: 401, code: "UNAUTHENTICATED" };
      expectClean(c, await send(t.url, c));
    });

    it("a valid token still works beside them", async () => {
      const a = await send(t.url, post(me, { ...JSON_TYPE, authorization: `Bearer ${token}` }));
      expect(a.status).toBe(200);
      expect(JSON.parse(a.body).data.me.id).toBeTruthy();
    });

    it("oversized headers: 431", async () => {
      const c: Case = { name: "oversized headers", ...post(me, { ...JSON_TYPE, "x-junk": "j".repeat(20_000) }), status: 431 };
      expectClean(c, await send(t.url, c));
    });
  });

  describe("GraphQL over WebSocket", () => {
    /** Opens a socket, sends the messages, and resolves with the close code, or "ack" when the server acknowledged the connection. */
    function ws(messages: (string | Buffer)[], protocol = "graphql-transport-ws"): Promise<{ code: number | "ack"; reason: string }> {
      return new Promise((resolve, reject) => {
        // An unknown subprotocol goes as a plain header, so that the client does not give up itself when the server picks none.
        const socket = protocol === "graphql-transport-ws"
          ? new WebSocket(t.wsUrl, protocol)
          : new WebSocket(t.wsUrl, { headers: { "sec-websocket-protocol": protocol } });
        socket.on("open", () => { for (const m of messages) socket.send(m); });
        socket.on("message", (data) => {
          const msg = JSON.parse(String(data));
          if (msg.type === "connection_ack") { resolve({ code: "ack", reason: "" }); socket.close(); }
        });
        socket.on("close", (code, reason) => resolve({ code, reason: String(reason) }));
        socket.on("error", reject);
      });
    }
    const init = (authorization: string) => JSON.stringify({ type: "connection_init", payload: { authorization } });
    const forged: [string, () => string][] = [
      ["garbage", () => "Bearer garbage"],
      ["alg none", () => `Bearer ${algNone}`],
      ["expired", () => `Bearer ${expired}`],
      ["a wrong signature", () => `Bearer ${wrongSignature}`],
      ["a NUL in the token", () => "Bearer abc\u0000def"],
    ];
    it.each(forged)("connection_init with a forged token (%s) is closed with 4403 Forbidden", async (_name, header) => {
      expect(await ws([init(header())])).toMatchObject({ code: 4403 });
    });

    it("connection_init with a valid token is acknowledged", async () => {
      expect(await ws([init(`Bearer ${token}`)])).toEqual({ code: "ack", reason: "" });
    });

    const broken: [string, (string | Buffer)[], number][] = [
      ["a message that is not JSON", ["{not json"], 4400],
      ["a message of an unknown type", [JSON.stringify({ type: "hello" })], 4400],
      ["connection_init with a non-object payload", [JSON.stringify({ type: "connection_init", payload: "x" })], 4400],
      ["invalid UTF-8 in a text frame", [Buffer.from([0x7b, 0xff, 0xfe, 0x7d])], 4400],
      ["a subscribe before connection_init", [JSON.stringify({ id: "1", type: "subscribe", payload: { query: "subscription { x }" } })], 4401],
    ];
    it.each(broken)("%s closes the socket with a 4xxx code", async (_name, messages, code) => {
      const closed = await ws(messages);
      expect(closed.code === code || closed.code === 1007, `${_name}: ${closed.code} ${closed.reason}`).toBe(true);
    });

    it("an unknown subprotocol is refused", async () => {
      const closed = await ws([init("")], "graphql-ws-unknown");
      expect(closed.code).toBe(4406);
    });
  });

  describe("path traversal and junk on every HTTP route", () => {
    const cases: Case[] = ROUTES.flatMap((route) => TRAVERSALS.map((tail) => ({
      name: `GET ${route}${tail.slice(0, 60)}`, method: "GET", path: `${route}${tail}`, notIn: "root:",
    })));
    cases.push(
      { name: "GET /minutes/<NUL id>.json", path: "/minutes/%00.json", status: 404 },
      { name: "GET /minutes/<SQL>.pdf", path: "/minutes/1'%20OR%201=1--.pdf", status: 404 },
      { name: "GET /open-data/<NUL>.csv", path: "/open-data/votes%00.csv", status: 404 },
      { name: "GET /open-data/../../package.json", path: "/open-data/..%2f..%2fpackage.json", status: 404, notIn: "\"workspaces\"" },
      { name: "GET /assets/../../package.json", path: "/assets/..%2f..%2fpackage.json", notIn: "\"workspaces\"" },
      { name: "GET /feeds/kuvend.atom with a hostile Host", path: "/feeds/kuvend.atom", headers: { host: "<script>\"'" }, status: [200, 400] },
      { name: "GET with an absolute URL", path: "http://evil.example/etc/passwd", notIn: "root:" },
      { name: "GET with a 10 kB path", path: `/${"a".repeat(10_000)}` },
      { name: "GET with a 20 kB path", path: `/${"a".repeat(20_000)}`, status: [414, 431] },
      { name: "HEAD /open-data/votes.csv", method: "HEAD", path: "/open-data/votes.csv", status: 200 },
      { name: "DELETE /open-data/votes.csv", method: "DELETE", path: "/open-data/votes.csv", status: 404 },
      { name: "POST /minutes/x.json", method: "POST", path: "/minutes/x.json", headers: JSON_TYPE, body: "{}", status: 404 },
      { name: "TRACE /", method: "TRACE", path: "/", status: [404, 405] },
    );
    it.each(cases)("$name", async (c) => expectClean(c, await send(t.url, c)));

    it("the routes still serve what they should (the table above is not hitting a dead server)", async () => {
      expect((await send(t.url, { path: "/open-data/votes.csv" })).status).toBe(200);
      expect((await send(t.url, { path: "/feeds/kuvend.atom" })).status).toBe(200);
      expect((await send(t.url, { path: "/assets/app.js" })).body).toContain("kuvend");
      expect((await send(t.url, { path: "/seanca/abc" })).body).toContain("<div id=root>");
    });
  });
});
