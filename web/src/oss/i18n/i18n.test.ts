import { describe, expect, it } from "vitest";
import { keysOf, type Tree } from "../../app/i18n/keys";
import en from "./en.json";
import sq from "./sq.json";


// The One Stop Shop's source files, through Vite (the client's tsconfig has no Node types).
const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true });

describe("the One Stop Shop's translations (namespace oss)", () => {
  it("Albanian and English have the same keys", () => {
    expect([...keysOf(en as Tree)].sort()).toEqual([...keysOf(sq as Tree)].sort());
  });

  it("every literal oss: key the code asks for exists", () => {
    const known = keysOf(sq as Tree);
    const missing: string[] = [];
    let asked = 0;
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/"oss:([a-zA-Z0-9_.]+)"/g)) {
        asked++;
        if (!known.has(match[1])) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(asked).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it("has every label the templates build: statuses, SLA states, genders, ratings", () => {
    const known = keysOf(sq as Tree);
    const built = [
      ...["RECEIVED", "IN_PROGRESS", "WAITING_ON_CITIZEN", "COMPLETED", "REJECTED"].map((s) => `status.${s}`),
      ...["ON_TRACK", "AT_RISK", "BREACHED", "MET", "MISSED"].map((s) => `sla.${s}`),
      ...["FEMALE", "MALE", "OTHER", "UNDISCLOSED"].map((g) => `gender.${g}`),
      ...[1, 2, 3, 4, 5].map((n) => `rating.value${n}`),
    ];
    expect(built.filter((key) => !known.has(key))).toEqual([]);
  });

  it("calls the breached state what the operators call it", () => {
    expect(sq.sla.BREACHED).toBe("Tejkaluar");
  });
});
