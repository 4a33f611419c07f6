import { describe, expect, it } from "vitest";
import { keysOf, type Tree } from "../../app/i18n/keys";
import { INDICATOR_KEYS } from "../indicators";
import en from "./en.json";
import sq from "./sq.json";


const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true });

describe("the transparency pages' translations (namespace transparency)", () => {
  it("Albanian and English have the same keys", () => {
    expect([...keysOf(en as Tree)].sort()).toEqual([...keysOf(sq as Tree)].sort());
  });

  it("every literal transparency: key the code asks for exists", () => {
    const known = keysOf(sq as Tree);
    const missing: string[] = [];
    let asked = 0;
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/"transparency:([a-zA-Z0-9_.]+)"/g)) {
        asked++;
        if (!known.has(match[1])) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(asked).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it("describes every indicator of the scorecard, and every verdict", () => {
    const known = keysOf(sq as Tree);
    const built = [
      ...[...INDICATOR_KEYS, "unknown"].flatMap((key) => ["title", "words", "none", "rule"].map((part) => `indicator.${key}.${part}`)),
      ...["met", "missed", "noData", "noTarget"].map((v) => `verdict.${v}`),
    ];
    expect(built.filter((key) => !known.has(key))).toEqual([]);
  });

  it("marks late notice and short comment periods in the council's words", () => {
    expect(sq.calendar.lateNotice).toBe("Njoftuar me vonesë");
    expect(sq.calendar.shortComment).toBe("Afat i shkurtër konsultimi");
  });
});
