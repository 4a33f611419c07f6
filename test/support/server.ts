/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers and SQL rows are untyped JSON; call sites read them as the test expects. */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createClient, type Client } from "graphql-ws";
import { inject } from "vitest";
import { TEST_ROLES } from "./global-setup.js"; // its ProvidedContext declaration also types inject("pgAdminUrl")
import WebSocket from "ws";
import { startServer, type RunningServer } from "../../server/src/app.js";
import { loadConfig } from "../../server/src/platform/config.js";
import { withLogin } from "../../server/src/platform/db/roles.js";
import { createLogger } from "../../server/src/platform/logger.js";

export type GqlResult<T = any> = { data?: T; errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[] };

/**
 * A fresh database cloned from the template (schema + demo data), unique to the caller.
 * `url` logs in as the superuser (the test's own access); `appUrl` and `ownerUrl` as the roles the server uses.
 */
export async function freshDatabase(): Promise<{ url: string; appUrl: string; ownerUrl: string; drop(): Promise<void> }> {
  const adminUrl = inject("pgAdminUrl");
  const name = `kuvend_t_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE kuvend_template OWNER ${TEST_ROLES.owner.name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    appUrl: withLogin(url.toString(), TEST_ROLES.app),
    ownerUrl: withLogin(url.toString(), TEST_ROLES.owner),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A GraphQL request over HTTP POST to the server at `url`, as the web client sends it. */
export async function gqlAt<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

export type TestServer = {
  url: string;
  wsUrl: string;
  /** The superuser's login to the server's database, for the test's own queries (`sql`). */
  databaseUrl: string;
  /** The restricted role the server itself connects as. */
  appDatabaseUrl: string;
  server: RunningServer;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  login(username: string, password?: string): Promise<string>;
  ws(token?: string): Client;
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
};

const DEMO_PASSWORD: Record<string, string> = { sekretaria: "sekretaria", oss: "oss", admin: "admin" };

/** A real Kuvend server on a free port against its own fresh database. */
export async function startTestServer(options: { databaseUrl?: string; webDist?: string; now?: () => Date; slaTickMs?: number | null; env?: Record<string, string> } = {}): Promise<TestServer> {
  const db = options.databaseUrl ? null : await freshDatabase();
  const databaseUrl = options.databaseUrl ?? db!.url;
  const config = loadConfig({ NODE_ENV: "test", PORT: "0", HOST: "127.0.0.1", KUVEND_DEMO: "true", JWT_SECRET: "test-secret-test-secret-test-secret!", ...(options.webDist ? { WEB_DIST: options.webDist } : {}), ...options.env });
  // The server runs as the restricted app role; the owner role migrates and grants (as in production).
  const appDatabaseUrl = withLogin(databaseUrl, TEST_ROLES.app);
  const server = await startServer(config, appDatabaseUrl, createLogger(process.env.TEST_LOG ?? "silent"), {
    now: options.now, slaTickMs: options.slaTickMs, migrationDatabaseUrl: withLogin(databaseUrl, TEST_ROLES.owner),
  });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const url = server.url;
  const sockets: Client[] = [];

  const gql = <T,>(query: string, variables: Record<string, unknown> = {}, token?: string) => gqlAt<T>(url, query, variables, token);

  return {
    url,
    wsUrl: url.replace(/^http/, "ws") + "/graphql",
    databaseUrl,
    appDatabaseUrl,
    server,
    gql,
    async login(username, password) {
      const r = await gql<{ login: { token: string } }>(
        "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
        { u: username, p: password ?? DEMO_PASSWORD[username] ?? "kuvend" },
      );
      if (!r.data) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    ws(token) {
      const client = createClient({
        url: url.replace(/^http/, "ws") + "/graphql",
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        connectionParams: token ? { authorization: `Bearer ${token}` } : undefined,
      });
      sockets.push(client);
      return client;
    },
    async sql(text, params) {
      return (await pool.query(text, params)).rows;
    },
    async stop() {
      for (const s of sockets) await s.dispose();
      await pool.end();
      await server.stop();
      await db?.drop();
    },
  };
}

/**
 * Collects a subscription's payloads. `next(pred)` returns the first payload after
 * the previous match that satisfies `pred`, whether it already arrived or is still to come.
 */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>) {
  const received: T[] = [];
  const errors: unknown[] = [];
  let cursor = 0;
  let waiter: { pred: (t: T) => boolean; resolve: (t: T) => void } | null = null;
  const scan = () => {
    if (!waiter) return;
    while (cursor < received.length) {
      const item = received[cursor++];
      if (waiter.pred(item)) {
        const w = waiter;
        waiter = null;
        w.resolve(item);
        return;
      }
    }
  };
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (msg) => {
        if (msg.errors) errors.push(msg.errors);
        if (!msg.data) return;
        received.push(msg.data as T);
        scan();
      },
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  return {
    received,
    errors,
    dispose,
    next(pred: (t: T) => boolean = () => true, timeoutMs = 5000): Promise<T> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiter = null;
          reject(new Error(`no matching subscription event within ${timeoutMs} ms (received ${received.length}, errors ${JSON.stringify(errors)})`));
        }, timeoutMs);
        waiter = { pred, resolve: (t) => { clearTimeout(timer); resolve(t); } };
        scan();
      });
    },
  };
}

/** A public form's proof (PublicFormProof) as the web client sends it: a fresh ticket and the empty honeypot. */
export async function publicFormProof(t: Pick<TestServer, "gql">): Promise<{ ticket: string; website: string }> {
  const r = await t.gql<{ startPublicForm: { ticket: string } }>("mutation { startPublicForm { ticket notBefore } }");
  if (!r.data) throw new Error(`startPublicForm failed: ${JSON.stringify(r.errors)}`);
  return { ticket: r.data.startPublicForm.ticket, website: "" };
}
