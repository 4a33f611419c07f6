import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { buildWebClient, launchChromium } from "./browser.js";

/**
 * Issue 2's browser journey: the secretariat runs a short session from the
 * console while a second page, the public dashboard, follows it live without
 * reloading.
 */
describe("a session run from the console, watched on the public dashboard", () => {
  let t: TestServer;
  let browser: Browser;
  let publicPage: Page;
  let consolePage: Page;

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();
    publicPage = await (await browser.newContext({ locale: "sq-AL" })).newPage();
    consolePage = await (await browser.newContext({ locale: "sq-AL" })).newPage();
    consolePage.on("dialog", (d) => void d.accept()); // "close the session?" confirmation
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("shows every step on the dashboard without a reload", async () => {
    const title = "Mbledhja e Këshillit Bashkiak nr. 11"; // the demo session scheduled for today
    await publicPage.goto(`${t.url}/`);
    await publicPage.getByRole("heading", { level: 1, name: title }).waitFor();
    await publicPage.getByText("E planifikuar").first().waitFor();
    let navigations = 0;
    publicPage.on("framenavigated", (f) => { if (f === publicPage.mainFrame()) navigations++; });

    // The secretariat logs in and lands on the console of today's session.
    await consolePage.goto(`${t.url}/hyr`);
    await consolePage.getByLabel("Përdoruesi").fill("sekretaria");
    await consolePage.getByLabel("Fjalëkalimi").fill("sekretaria");
    await consolePage.getByRole("button", { name: "Hyr" }).click();
    await consolePage.waitForURL(/\/konsola/);
    await consolePage.getByRole("heading", { name: title }).first().waitFor();

    await consolePage.getByRole("button", { name: "Fillo seancën" }).click();
    await publicPage.getByText("Në vazhdim").first().waitFor();

    await consolePage.getByRole("button", { name: "Shëno të gjithë prezent" }).click();
    const quorum = publicPage.getByRole("region", { name: "Kuorumi" });
    await quorum.getByText("Ka kuorum").waitFor();
    expect(await quorum.innerText()).toContain("51");

    // Item 2 becomes current and a SIMPLE vote opens on it.
    await consolePage.getByRole("button", { name: "Fillo pikën" }).nth(1).click();
    await publicPage.locator("[aria-current='true']").filter({ hasText: "buxhetit të Bashkisë Elbasan për vitin 2027" }).waitFor();
    await consolePage.getByLabel("Shumica e kërkuar").selectOption("SIMPLE");
    await consolePage.getByRole("button", { name: "Hap votimin" }).click();

    // Three ballots on the councillors' behalf: two FOR, one AGAINST.
    await consolePage.getByRole("button", { name: "Mbyll votimin" }).waitFor();
    for (const [name, choice] of [["Arben Hoxha", "Për"], ["Mirela Shehu", "Për"], ["Gentian Dervishi", "Kundër"]]) {
      const button = consolePage.getByRole("group", { name }).getByRole("button", { name: choice, exact: true });
      await button.click();
      await expect.poll(() => button.getAttribute("aria-pressed")).toBe("true");
    }
    const votePanel = publicPage.getByRole("region", { name: "Votimi" });
    await expect.poll(async () => tallyOf(await votePanel.innerText()), { timeout: 5000 }).toMatchObject({ Për: 2, Kundër: 1 });

    await consolePage.getByRole("button", { name: "Mbyll votimin" }).click();
    await publicPage.getByText("MIRATUAR").first().waitFor();
    // Named ballots: the public sees who voted how.
    await publicPage.getByText("Gentian Dervishi").first().waitFor();

    await consolePage.getByRole("button", { name: "Mbyll seancën" }).click();
    await publicPage.getByText("E mbyllur").first().waitFor();
    expect(navigations).toBe(0); // all of it arrived live, without a reload
  });
});

/** "Për\n2\nKundër\n1…" → { Për: 2, Kundër: 1, … } from the tally's legend. */
function tallyOf(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  for (let i = 0; i < lines.length - 1; i++) {
    if (/^\d+$/.test(lines[i + 1]) && !(lines[i] in out)) out[lines[i]] = Number(lines[i + 1]);
  }
  return out;
}
