import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("defaults to demo mode on port 4000 with an embedded database", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, demo: true, databaseUrl: undefined, councilSeats: 51, jwtSecretGenerated: true });
  });

  it("refuses production without JWT_SECRET, and demo data in production", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET: required in production/);
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(40), KUVEND_DEMO: "true" })).toThrow(/KUVEND_DEMO/);
    expect(loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(40) }).demo).toBe(false);
  });

  it("names every bad variable", () => {
    expect(() => loadConfig({ PORT: "eighty", DATABASE_URL: "not a url", JWT_SECRET: "short" })).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*JWT_SECRET/);
  });
});
