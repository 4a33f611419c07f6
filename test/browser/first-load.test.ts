import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Request, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { buildWebClient, launchChromium } from "./browser.js";

/** Issue 14 point 4: the compressed JavaScript the public dashboard needs before its first render. */
const BUDGET_BYTES = 150 * 1024;

type Script = { name: string; startTime: number; encodedBodySize: number };

describe("the public dashboard's first load (issue 14 points 3 and 4)", () => {
  let t: TestServer;
  let browser: Browser;
  let webDist: string;

  beforeAll(async () => {
    webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("renders its skeleton after at most 150 KB of compressed JavaScript, none of it charts, staff pages or the chamber display", async () => {
    // The chunks `/` must never fetch: the chart library's (found by a class name it renders) and the staff pages'.
    const assets = readdirSync(path.join(webDist, "assets")).filter((f) => f.endsWith(".js"));
    const charts = assets.filter((f) => readFileSync(path.join(webDist, "assets", f), "utf8").includes("recharts-wrapper"));
    expect(charts.length).toBeGreaterThan(0);
    const staff = assets.filter((f) => /^(ConsolePage|ChamberPage|CouncillorPage|QueuePage|SpeakingTimesPage|KpiPage|ReportPage)-/.test(f));
    expect(staff.length).toBeGreaterThanOrEqual(5);

    // A fresh context: nothing cached. Mobile-sized, as most of the crowd will be.
    const context = await browser.newContext({ locale: "sq-AL", viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // The moment React first draws the site's frame (Layout's .app) into #root, on the page's own clock.
    await page.addInitScript(() => {
      const w = window as unknown as { __firstRender?: number };
      new MutationObserver((_records, observer) => {
        if (document.querySelector("#root .app")) {
          w.__firstRender = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const responses: Response[] = [];
    const requests: Request[] = [];
    page.on("response", (r) => responses.push(r));
    page.on("request", (r) => requests.push(r));

    const html = await page.goto(`${t.url}/`);
    // The skeleton is in the HTML itself, before any script has run.
    expect(await html!.text()).toContain("Duke u ngarkuar…");
    await page.getByRole("heading", { level: 1, name: "Mbledhja e Këshillit Bashkiak nr. 11" }).waitFor();
    await page.waitForLoadState("networkidle");

    const firstRender = await page.evaluate(() => (window as unknown as { __firstRender?: number }).__firstRender ?? null);
    expect(firstRender).not.toBeNull();
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => new URL(e.name).pathname.endsWith(".js"))
        .map((e) => ({ name: new URL(e.name).pathname, startTime: e.startTime, encodedBodySize: (e as PerformanceResourceTiming).encodedBodySize })),
    ) as Script[];
    const beforeFirstRender = scripts.filter((s) => s.startTime < firstRender!);
    const bytes = beforeFirstRender.reduce((sum, s) => sum + s.encodedBodySize, 0);
    // The figure, for docs/operations.md and the bench report.
    console.log(`first render: ${beforeFirstRender.length} scripts, ${(bytes / 1024).toFixed(1)} KB compressed; the whole dashboard: ${scripts.length} scripts, ${(scripts.reduce((s, x) => s + x.encodedBodySize, 0) / 1024).toFixed(1)} KB`);
    expect(beforeFirstRender.length).toBeGreaterThan(0);
    expect(beforeFirstRender.every((s) => s.encodedBodySize > 0)).toBe(true); // sizes are reported (same origin)
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
    // Nothing of the charts, the staff pages or the chamber display, not even once the dashboard is complete.
    const fetched = scripts.map((s) => path.basename(s.name));
    expect(fetched.filter((f) => charts.includes(f) || staff.includes(f))).toEqual([]);

    // Everything came compressed, brotli first (but the few files under 512 bytes); hashed assets for good, the
    // page revalidated.
    const ofType = (pattern: RegExp) => responses.filter((r) => pattern.test(new URL(r.url()).pathname));
    expect(html!.headers()["content-encoding"]).toBe("br");
    expect(html!.headers()["cache-control"]).toBe("no-cache");
    for (const r of [...ofType(/\.js$/), ...ofType(/\.css$/)]) {
      const size = readFileSync(path.join(webDist, new URL(r.url()).pathname)).length;
      if (size >= 512) expect(r.headers()["content-encoding"], r.url()).toBe("br");
      expect(r.headers()["cache-control"], r.url()).toBe("public, max-age=31536000, immutable");
    }
    expect(ofType(/\.css$/).length).toBeGreaterThan(0);

    // The dashboard's read went out as a GET (a cache can keep it), its answer compressed; no POST for it.
    const reads = requests.filter((r) => new URL(r.url()).pathname === "/graphql");
    const live = reads.filter((r) => r.url().includes("operationName=LiveSession"));
    expect(live.length).toBeGreaterThan(0);
    expect(live.every((r) => r.method() === "GET")).toBe(true);
    expect(reads.filter((r) => r.method() === "POST" && (r.postData() ?? "").includes("LiveSession"))).toEqual([]);
    const answer = await live[0].response();
    expect(answer!.status()).toBe(200);
    expect(answer!.headers()["content-encoding"]).toBe("br");
    expect(answer!.headers()["content-type"]).toMatch(/application\/(graphql-response\+)?json/);
    await context.close();
  });

  it("fetches the English bundle only for a visitor who chose English, and shows the page in English", async () => {
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await page.addInitScript(() => window.localStorage.setItem("kuvend.lang", "en"));
    const scripts: string[] = [];
    page.on("response", (r) => {
      if (new URL(r.url()).pathname.endsWith(".js")) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${t.url}/`);
    await page.getByRole("region", { name: "Quorum" }).waitFor();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    const english = readdirSync(path.join(webDist, "assets")).filter((f) => /^en-.*\.js$/.test(f));
    expect(english).toHaveLength(1);
    expect(scripts).toContain(`/assets/${english[0]}`);
    await context.close();

    // And an Albanian visitor's first load never fetches it.
    const albanian = await browser.newContext({ locale: "sq-AL" });
    const other = await albanian.newPage();
    const fetched: string[] = [];
    other.on("response", (r) => fetched.push(new URL(r.url()).pathname));
    await other.goto(`${t.url}/`);
    await other.getByRole("region", { name: "Kuorumi" }).waitFor();
    await other.waitForLoadState("networkidle");
    expect(fetched).not.toContain(`/assets/${english[0]}`);
    await albanian.close();
  });
});
