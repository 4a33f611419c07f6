import { describe, expect, it } from "vitest";
import { keysOf, type Tree } from "../../app/i18n/keys";
import en from "./en.json";
import sq from "./sq.json";


// The initiatives and transparency areas' source files, through Vite (the client's tsconfig has no Node types).
const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "../../transparency/**/*.{ts,tsx}", "!../**/*.test.ts", "!../../transparency/**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

describe("the initiatives area's translations (namespace initiatives)", () => {
  it("Albanian and English have the same keys", () => {
    expect([...keysOf(en as Tree)].sort()).toEqual([...keysOf(sq as Tree)].sort());
  });

  it("every literal initiatives: key the code asks for exists", () => {
    const known = keysOf(sq as Tree);
    const missing: string[] = [];
    let asked = 0;
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/"initiatives:([a-zA-Z0-9_.]+)"/g)) {
        asked++;
        if (!known.has(match[1])) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(asked).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it("has every label the templates build: kinds, statuses, genders, consultation kinds", () => {
    const known = keysOf(sq as Tree);
    const built = [
      ...["DRAFT_DECISION", "MOTION", "QUESTION", "AMENDMENT"].map((k) => `kind.${k}`),
      ...["SUBMITTED", "IN_COMMITTEE", "ON_AGENDA", "ADOPTED", "REJECTED", "WITHDRAWN"].map((s) => `status.${s}`),
      ...["FEMALE", "MALE", "OTHER", "UNDISCLOSED"].map((g) => `gender.${g}`),
      ...["CONSULTATION", "HEARING"].map((k) => `consultationKind.${k}`),
    ];
    expect(built.filter((key) => !known.has(key))).toEqual([]);
  });

  it("words the headline the way the plan's readers would", () => {
    expect(sq.report.sentenceCurrent).toBe("Gratë propozuan {{share}} të nismave, ndërsa mbajnë {{seats}} të vendeve.");
    expect(sq.nav.initiatives).toBe("Nismat");
  });
});
