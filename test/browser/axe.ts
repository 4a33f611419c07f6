import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);

/** The rules run: WCAG 2.0/2.1/2.2 levels A and AA (axe's tags). */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export type Impact = "minor" | "moderate" | "serious" | "critical";
export type ImpactCounts = Record<Impact, number>;

type Violation = { id: string; impact: Impact | null; help: string; helpUrl: string; nodes: { target: unknown[]; failureSummary?: string }[] };

let axeSource: Promise<string> | undefined;
function source(): Promise<string> {
  axeSource ??= readFile(path.join(path.dirname(require.resolve("axe-core")), "axe.min.js"), "utf8");
  return axeSource;
}

/** Every page checked, with its counts by impact (violated rules, not nodes), for the report. */
export const a11yLog: { label: string; counts: ImpactCounts; rules: string[] }[] = [];

/**
 * Runs axe-core on the page as it is now (WCAG 2 A/AA rules) and throws,
 * listing each one, if any violation is "serious" or "critical". Returns the
 * counts of violated rules by impact, the minor and moderate ones included.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<ImpactCounts> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  // Evaluated by the browser's debugging protocol, not added as a <script>: the pages' Content-Security-Policy refuses inline scripts.
  if (!loaded) await page.evaluate(await source());
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"], runOnly: { type: "tag", values: tags } });
    return result.violations;
  }, WCAG_TAGS) as Violation[];

  const counts: ImpactCounts = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  for (const v of violations) if (v.impact) counts[v.impact]++;
  a11yLog.push({ label, counts, rules: violations.map((v) => `${v.impact}:${v.id}(${v.nodes.length})`) });

  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (bad.length > 0) {
    const lines = bad.map((v) => {
      const targets = v.nodes.slice(0, 4).map((n) => JSON.stringify(n.target)).join(", ");
      const more = v.nodes.length > 4 ? ` … and ${v.nodes.length - 4} more` : "";
      const why = v.nodes[0]?.failureSummary?.replace(/\s+/g, " ").slice(0, 300) ?? "";
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s): ${targets}${more})\n      first: ${why}`;
    });
    throw new Error(`${label}: ${bad.length} serious/critical accessibility violation(s):\n${lines.join("\n")}`);
  }
  return counts;
}
