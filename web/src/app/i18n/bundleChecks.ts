// The checks every translation bundle of the client gets (the shared one and each
// area's namespace), called inside the bundle's own describe() in its i18n.test.ts.
import { expect, it } from "vitest";
import { keysOf, type Tree } from "./keys";

export type BundleChecks = {
  sq: Tree;
  en: Tree;
  /** Source texts by file, from import.meta.glob(..., { query: "?raw", eager: true }) in the test file. */
  sources: Record<string, string>;
  /** Finds each literal key the code asks for; the key is the first group. */
  asked: RegExp;
  /** At least this many literal keys are expected (a broken pattern would otherwise find none and pass). */
  atLeast: number;
  /** Keys the code builds from values (enum labels and the like), which the pattern cannot see. */
  built?: readonly string[];
};

export function checkBundle({ sq, en, sources, asked, atLeast, built = [] }: BundleChecks): void {
  it("Albanian and English have the same keys", () => {
    expect([...keysOf(en)].sort()).toEqual([...keysOf(sq)].sort());
  });

  it("every literal key the code asks for exists", () => {
    const known = keysOf(sq);
    const missing: string[] = [];
    let count = 0;
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(asked)) {
        count++;
        if (!known.has(match[1])) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(count).toBeGreaterThan(atLeast);
    expect(missing).toEqual([]);
  });

  if (built.length > 0) {
    it("has every label the code builds from values", () => {
      const known = keysOf(sq);
      expect(built.filter((key) => !known.has(key))).toEqual([]);
    });
  }
}
