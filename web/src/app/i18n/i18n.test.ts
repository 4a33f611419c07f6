import { describe, expect, it } from "vitest";
import { keysOf, type Tree } from "./keys";
import en from "./en.json";
import sq from "./sq.json";


// Every source file's text, through Vite (the client's tsconfig has no Node types).
const sources = import.meta.glob<string>(["../../**/*.{ts,tsx}", "!../../gql/**", "!../../**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

describe("translations", () => {
  it("Albanian and English have the same keys", () => {
    expect([...keysOf(en as Tree)].sort()).toEqual([...keysOf(sq as Tree)].sort());
  });

  it("every literal key the code asks for exists", () => {
    const known = keysOf(sq as Tree);
    const missing: string[] = [];
    let asked = 0;
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/\bt\(\s*"([a-zA-Z0-9_.]+)"/g)) {
        asked++;
        if (!known.has(match[1])) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(asked).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
