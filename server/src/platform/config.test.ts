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

  it("takes PUBLIC_URL as an absolute http(s) address, without its trailing slash, and refuses anything else", () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: "https://kuvend.elbasan.gov.al/" }).publicUrl).toBe("https://kuvend.elbasan.gov.al");
    expect(loadConfig({ PUBLIC_URL: "https://example.al/kuvend" }).publicUrl).toBe("https://example.al/kuvend");
    for (const bad of ["kuvend.elbasan.gov.al", "/relative", "ftp://example.al", "https://example.al/?a=1", "https://u:p@example.al", "javascript:alert(1)"]) {
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(/PUBLIC_URL/);
    }
  });

  it("takes SMTP_URL as smtp:// or smtps:// and leaves alerts off without it", () => {
    expect(loadConfig({}).smtpUrl).toBeUndefined();
    expect(loadConfig({ SMTP_URL: "smtp://user:pass@mail.example.al:587" }).smtpUrl).toBe("smtp://user:pass@mail.example.al:587");
    expect(loadConfig({ SMTP_URL: "smtps://mail.example.al" }).smtpUrl).toBe("smtps://mail.example.al");
    expect(() => loadConfig({ SMTP_URL: "mail.example.al:25" })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: "http://mail.example.al" })).toThrow(/SMTP_URL/);
    expect(loadConfig({ SMTP_URL: "", PUBLIC_URL: "", SMTP_FROM: "" })).toMatchObject({ smtpUrl: undefined, publicUrl: undefined, smtpFrom: undefined });
    expect(loadConfig({}).alertsCheckSeconds).toBe(60);
    expect(() => loadConfig({ ALERTS_CHECK_SECONDS: "0" })).toThrow(/ALERTS_CHECK_SECONDS/);
  });

  it("takes PACKAGE_MAX_MB as the largest meeting document (25 MB by default, at most 100)", () => {
    expect(loadConfig({}).packageMaxBytes).toBe(25 * 1024 * 1024);
    expect(loadConfig({ PACKAGE_MAX_MB: "0.5" }).packageMaxBytes).toBe(512 * 1024);
    for (const bad of ["0", "-1", "101", "many"]) expect(() => loadConfig({ PACKAGE_MAX_MB: bad }), bad).toThrow(/PACKAGE_MAX_MB/);
  });
});
