import { describe, expect, it } from "vitest";
import { emailSha256, normalEmail, participationWords, signLink, verifyLink, withinRateLimit } from "./rules.js";

const ID = "0b5f2d4e-6a0c-4c47-9d7e-3f1f7c2a9b10";

describe("alert rules", () => {
  it("compares and hashes the address trimmed and in lower case", () => {
    expect(normalEmail("  Drita.Leka@Example.AL ")).toBe("drita.leka@example.al");
    expect(emailSha256("Drita.Leka@Example.AL")).toBe(emailSha256("drita.leka@example.al "));
    expect(emailSha256("a@b.al")).toMatch(/^[0-9a-f]{64}$/);
    expect(emailSha256("a@b.al")).not.toContain("a@b");
  });

  it("signs links per purpose; a changed id, purpose, signature or secret is refused", () => {
    const confirm = signLink("secret-1", ID, "confirm");
    expect(verifyLink("secret-1", confirm, "confirm")).toBe(ID);
    expect(verifyLink("secret-1", confirm, "unsubscribe")).toBeNull();
    expect(verifyLink("secret-2", confirm, "confirm")).toBeNull();
    expect(verifyLink("secret-1", confirm.replace(ID, ID.replace("0b5f", "1b5f")), "confirm")).toBeNull();
    expect(verifyLink("secret-1", confirm.slice(0, -1) + (confirm.endsWith("A") ? "B" : "A"), "confirm")).toBeNull();
    const unsubscribe = signLink("secret-1", ID, "unsubscribe");
    expect(verifyLink("secret-1", unsubscribe, "unsubscribe")).toBe(ID);
    for (const junk of ["", "x", `${ID}.c.`, "'; DROP TABLE alert_subscription; --"]) expect(verifyLink("secret-1", junk, "confirm")).toBeNull();
  });

  it("limits requests per address and per client", () => {
    expect(withinRateLimit(0, 0)).toBe(true);
    expect(withinRateLimit(4, 29)).toBe(true);
    expect(withinRateLimit(5, 0)).toBe(false);
    expect(withinRateLimit(0, 30)).toBe(false);
  });

  it("says how a councillor took part", () => {
    expect(participationWords("FOR", false)).toBe("votoi PËR");
    expect(participationWords(null, false)).toBe("nuk votoi");
    expect(participationWords(null, true)).toMatch(/përjashtua/);
  });
});
