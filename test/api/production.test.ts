import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../server/src/app.js";
import { loadConfig } from "../../server/src/platform/config.js";
import { createLogger } from "../../server/src/platform/logger.js";
import { freshDatabase } from "../support/server.js";

const production = (extra: Record<string, string> = {}) =>
  loadConfig({ NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", JWT_SECRET: "p".repeat(40), ...extra });

describe("production start-up", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => { db = await freshDatabase(); });
  afterAll(() => db?.drop());

  it("refuses to start while accounts still use the demo passwords", async () => {
    await expect(startServer(production(), db.url, createLogger("silent"))).rejects.toThrow(/Refusing to start in production: these accounts still use a demo password: kd01/);
  });
});

describe("production start-up on an empty database", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    db = await freshDatabase();
    const pg = await import("pg");
    const c = new pg.default.Client({ connectionString: db.url });
    await c.connect();
    await c.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    await c.end();
  });
  afterAll(() => db?.drop());

  it("needs ADMIN_PASSWORD, refuses a demo one, and then creates the first administrator", async () => {
    await expect(startServer(production(), db.url, createLogger("silent"))).rejects.toThrow(/ADMIN_PASSWORD/);
    await expect(startServer(production({ ADMIN_PASSWORD: "admin" }), db.url, createLogger("silent"))).rejects.toThrow(/at least 12 characters/);
    const server = await startServer(production({ ADMIN_PASSWORD: "a-long-enough-secret" }), db.url, createLogger("silent"));
    try {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: 'mutation { login(username: "admin", password: "a-long-enough-secret") { user { role } } }' }),
      });
      expect(await res.json()).toEqual({ data: { login: { user: { role: "ADMIN" } } } });
      const councillors = await fetch(`${server.url}/graphql`, {
        method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ councillors { id } }" }),
      });
      expect(await councillors.json()).toEqual({ data: { councillors: [] } }); // no demo data in production
      const bodies = await fetch(`${server.url}/graphql`, {
        method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ bodies { kind seats } }" }),
      });
      expect(await bodies.json()).toEqual({ data: { bodies: [{ kind: "COUNCIL", seats: 51 }] } }); // from COUNCIL_SEATS
    } finally {
      await server.stop();
    }
  });
});
