import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { buildWebClient, launchChromium } from "./browser.js";

/**
 * The pages' Content-Security-Policy (server/src/platform/http/public-files.ts): the public pages and the
 * chamber display work under it without a single violation, the live stream's player is allowed in its
 * frame, and what the policy is for (an injected inline script, a frame from elsewhere) is refused.
 */
describe("Content-Security-Policy", () => {
  let t: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  /** A page that records every violation the browser reports, as `securitypolicyviolation` events. */
  async function watchedPage(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
    const context = await browser.newContext({ locale: "sq-AL" });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    return { page, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
  }

  it("is sent with every page, and the public pages and the chamber display run under it without a violation", async () => {
    const res = await fetch(`${t.url}/seancat`);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);

    const { page, violations } = await watchedPage();
    for (const [path, heading] of [["/", "Mbledhja e Këshillit Bashkiak nr. 11"], ["/seancat", null], ["/te-dhena-te-hapura", null], ["/transparenca", null]] as const) {
      await page.goto(`${t.url}${path}`);
      if (heading) await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await page.waitForLoadState("networkidle");
      expect(await violations(), path).toEqual([]);
    }
    await page.goto(`${t.url}/salla`);
    await page.getByText("Mbledhja e Këshillit Bashkiak nr. 11").first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(await violations(), "/salla").toEqual([]);
  });

  it("lets the live stream's player into its frame, and refuses an injected inline script and a frame from another site", async () => {
    const secretariat = await t.login("sekretaria");
    const live = await t.gql("{ liveSession { id } }");
    const set = await t.gql("mutation($id: ID!, $u: String) { setStreamUrl(sessionId: $id, url: $u) { id } }",
      { id: live.data.liveSession.id, u: "https://www.youtube.com/watch?v=abc123" }, secretariat);
    expect(set.errors).toBeUndefined();

    const { page, violations } = await watchedPage();
    await page.goto(`${t.url}/`);
    await page.getByRole("button", { name: "Shiko transmetimin e drejtpërdrejtë" }).click();
    await page.locator("iframe[src^='https://www.youtube-nocookie.com/embed/abc123']").waitFor();
    expect(await violations(), "the player's frame is allowed").toEqual([]);

    const ran = await page.evaluate(() => {
      const w = window as unknown as { __injected?: boolean };
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.body.append(s);
      const f = document.createElement("iframe");
      f.src = "https://example.org/";
      document.body.append(f);
      return w.__injected === true;
    });
    expect(ran, "an injected inline script does not run").toBe(false);
    await expect.poll(violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/), expect.stringMatching(/^frame-src https:\/\/example\.org/)]));
  });
});
