import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

/**
 * Track your request [ndiq kërkesën] in Chromium (issue 16 point 6): the participation hub /merr-pjese from the
 * header, the One Stop Shop counter's receipt (right after registering, and reprinted from the queue), and
 * /ndiq on a phone with that receipt: the good pair shows the status and the history, the old code an error.
 * axe on /merr-pjese and /ndiq.
 */
describe("track your request in the browser", () => {
  let t: TestServer;
  let browser: Browser;
  let desk: Page;
  let phone: Page;

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();
    desk = await (await browser.newContext({ locale: "sq-AL", viewport: { width: 1280, height: 1000 } })).newPage();
    desk.setDefaultTimeout(20_000);
    phone = await (await browser.newContext({ locale: "sq-AL", viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true })).newPage();
    phone.setDefaultTimeout(20_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("the header's 'Merr pjesë' opens the hub, which links every participation page with its deadline", async () => {
    await desk.goto(`${t.url}/`);
    await desk.getByRole("navigation", { name: /kryesor/i }).getByRole("link", { name: "Merr pjesë" }).click();
    await desk.waitForURL(/\/merr-pjese$/);
    await desk.getByRole("heading", { level: 1, name: "Merr pjesë" }).waitFor();
    const links: [string, string, RegExp][] = [
      ["Komente për projektvendimet", "/projektvendime", /10 ditë pune/],
      ["Peticione dhe nisma qytetare", "/peticionet", /60 ditëve.*15 ditëve/],
      ["Qasje në dokumente publike", "/kerkesat-per-dokumente", /7 ditëve.*15 ditë/],
      ["Konsultime dhe takime publike", "/konsultimet", /14 ditë/],
      ["Ndiq kërkesën", "/ndiq", /afatin/],
    ];
    for (const [name, href, deadline] of links) {
      const link = desk.getByRole("main").getByRole("link", { name, exact: true });
      expect(await link.getAttribute("href")).toBe(href);
      const way = desk.getByRole("main").getByRole("listitem").filter({ has: desk.getByRole("link", { name, exact: true }) });
      expect(await way.innerText()).toMatch(deadline);
    }
    await expectNoSeriousA11yViolations(desk, "/merr-pjese");
    // Each link leads to a page of the site (not "Faqja nuk u gjet"), and back.
    for (const [name, href] of links) {
      await desk.getByRole("main").getByRole("link", { name, exact: true }).click();
      await desk.waitForURL((u) => u.pathname === href);
      await desk.waitForFunction(() => { const h1 = document.querySelector("main h1")?.textContent ?? ""; return h1 !== "" && h1 !== "Merr pjesë"; });
      expect(await desk.getByRole("heading", { level: 1, name: "Faqja nuk u gjet" }).count(), name).toBe(0);
      await desk.goBack();
      await desk.getByRole("heading", { level: 1, name: "Merr pjesë" }).waitFor();
    }
  });

  it("the counter gives a receipt on registering and reprints it from the queue; /ndiq opens it on a phone", async () => {
    await desk.goto(`${t.url}/hyr`);
    await desk.getByLabel("Përdoruesi").fill("oss");
    await desk.getByLabel("Fjalëkalimi").fill("oss");
    await desk.getByRole("button", { name: "Hyr" }).click();
    await desk.waitForURL((u) => !u.pathname.startsWith("/hyr"));
    await desk.goto(`${t.url}/zyra`);
    const form = desk.getByRole("region", { name: "Regjistro kërkesë" });
    await form.getByLabel("Shërbimi").selectOption({ label: "Certifikatë familjare — 2 orë pune" });
    await form.getByRole("button", { name: "Regjistro kërkesën" }).click();
    const registered = form.getByRole("status").filter({ hasText: "u regjistrua" });
    await registered.waitFor();
    const request = /Kërkesa (ZNN-\d{4}-\d{6}) u regjistrua/.exec(await registered.innerText())?.[1] ?? "";

    // The receipt shows at once, ready to print: reference, code, the service, the office, the moments; no citizen.
    const receipt = desk.getByTestId("counter-receipt");
    await receipt.waitFor();
    const reference = await receipt.getByTestId("receipt-reference").innerText();
    const firstCode = await receipt.getByTestId("receipt-code").innerText();
    expect(reference).toMatch(/^SH-\d{4}-\d{5}$/);
    expect(firstCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const text = await receipt.innerText();
    expect(text).toContain("Certifikatë familjare");
    expect(text).toMatch(/Zyra|ZNN/);
    expect(text).toContain("Pranuar më");
    expect(text).toContain("Afati");
    expect(text).toContain(`${new URL(t.url).origin}/ndiq`);
    expect(await receipt.getByRole("button", { name: "Shtyp dëshminë" }).count()).toBe(1);

    // The citizen lost it: the operator reprints it from the queue's row; a new code, the same reference.
    const row = desk.getByRole("row").filter({ has: desk.getByRole("rowheader", { name: request, exact: true }) });
    await row.getByRole("button", { name: "Shtyp dëshminë" }).click();
    await expect.poll(() => receipt.getByTestId("receipt-code").innerText()).not.toBe(firstCode);
    const code = await receipt.getByTestId("receipt-code").innerText();
    expect(await receipt.getByTestId("receipt-reference").innerText()).toBe(reference);
    const trackHref = await receipt.getByRole("link", { name: "Ndiq kërkesën" }).getAttribute("href");
    expect(trackHref).toBe(`/ndiq?reference=${reference}`);

    // On a phone, from the receipt's link: the reference is filled in; the old code is refused, the new one opens it.
    await phone.goto(`${t.url}${trackHref}`);
    await phone.getByRole("heading", { level: 1, name: "Ndiq kërkesën" }).waitFor();
    expect(await phone.getByLabel("Numri i referencës").inputValue()).toBe(reference);
    await phone.getByText("Shkruani numrin e referencës dhe kodin për të parë").waitFor(); // the empty state
    await phone.getByLabel("Kodi sekret").fill(firstCode);
    await phone.getByRole("button", { name: "Shiko gjendjen" }).click();
    await phone.getByTestId("tracking-error").getByText(/Nuk gjetëm asnjë kërkesë/).waitFor();
    await expectNoSeriousA11yViolations(phone, "/ndiq (wrong code)");

    await phone.getByLabel("Kodi sekret").fill(code.toLowerCase());
    await phone.getByRole("button", { name: "Shiko gjendjen" }).click();
    const tracked = phone.getByTestId("tracked-request");
    await tracked.waitFor();
    expect(await phone.getByTestId("tracking-error").count()).toBe(0);
    expect(await tracked.getByRole("heading", { name: "Certifikatë familjare" }).count()).toBe(1);
    expect(await tracked.getByTestId("tracked-status").innerText()).toBe("Pranuar");
    expect(await tracked.innerText()).toContain("Në afat");
    expect(await tracked.getByRole("list", { name: /Historiku/ }).getByRole("listitem").count()).toBe(1);
    expect(phone.url()).not.toContain(code); // the secret stays out of the address bar
    // Readable at 360 px: nothing wider than the screen.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoSeriousA11yViolations(phone, "/ndiq (a tracked request)");

    // The operator starts the work; the citizen looks again and sees the new step.
    await row.getByRole("button", { name: "Fillo" }).click();
    await row.getByText("Në punë").waitFor();
    await phone.getByRole("button", { name: "Shiko gjendjen" }).click();
    await tracked.getByTestId("tracked-status").getByText("Në punë").waitFor();
    const steps = tracked.getByRole("list", { name: /Historiku/ }).getByRole("listitem");
    expect(await steps.count()).toBe(2);
    expect(await steps.first().innerText()).toContain("Në punë"); // newest first
  });
});
