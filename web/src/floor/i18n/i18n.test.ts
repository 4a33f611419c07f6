import { describe, expect, it } from "vitest";
import { keysOf, type Tree } from "../../app/i18n/keys";
import en from "./en.json";
import sq from "./sq.json";


// Every source file of the client (the floor's strings are used by the console, the portal and the dashboard too), through Vite (the client's tsconfig has no Node types).
const sources = import.meta.glob<string>(["../../**/*.{ts,tsx}", "!../../**/*.test.ts", "!../../gql/**"], { query: "?raw", import: "default", eager: true });

describe("the floor's translations (namespace floor)", () => {
  it("Albanian and English have the same keys", () => {
    expect([...keysOf(en as Tree)].sort()).toEqual([...keysOf(sq as Tree)].sort());
  });

  it("every literal floor: key the code asks for exists", () => {
    const known = keysOf(sq as Tree);
    const missing: string[] = [];
    let asked = 0;
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/"floor:([a-zA-Z0-9_.]+)"/g)) {
        asked++;
        if (!known.has(match[1])) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(asked).toBeGreaterThan(3);
    expect(missing).toEqual([]);
  });

  it("has every label the templates build: kinds and statuses", () => {
    const known = keysOf(sq as Tree);
    const built = [
      ...["CONTRIBUTION", "REPLY", "POINT_OF_ORDER"].map((k) => `kind.${k}`),
      ...["WAITING", "SPEAKING", "DONE", "WITHDRAWN"].map((s) => `status.${s}`),
    ];
    expect(built.filter((key) => !known.has(key))).toEqual([]);
  });

  it("calls a point of order what the council calls it", () => {
    expect(sq.kind.POINT_OF_ORDER).toBe("Çështje procedurale");
  });
});
