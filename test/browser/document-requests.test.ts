import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

/**
 * Requests for public documents (issue 16 point 3) in the browser: the public register on a phone with its late
 * mark and no requester; a citizen files a request from a phone and sees the receipt; the secretariat takes it
 * up, extends it to 15 days with the reason and refuses it with the legal reason and the prefilled appeal notice;
 * the public register shows it. Axe on every new page.
 */
describe("requests for public documents in the browser", () => {
  let t: TestServer;
  let browser: Browser;
  let phone: Page;
  let reference = "";

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist, env: { PUBLIC_FORM_MIN_SECONDS: "0" } });
    browser = await launchChromium();
    phone = await (await browser.newContext({ locale: "sq-AL", viewport: { width: 360, height: 740 } })).newPage();
    phone.setDefaultTimeout(20_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("shows the public register on a phone: deadlines, the extension's reason, one late mark, never who asked", async () => {
    await phone.goto(`${t.url}/kerkesat-per-dokumente`);
    await phone.getByRole("heading", { level: 1, name: "Kërkesat për qasje në dokumente publike" }).waitFor();
    await phone.getByText(/U gjetën \d+ kërkesa/).waitFor();
    const cards = phone.getByTestId("doc-request");
    expect(await cards.count()).toBeGreaterThanOrEqual(7);
    const text = await phone.locator("main").innerText();
    expect(text).toContain("Kërkohen shumë dokumente");
    expect(text).toContain("Teksti nuk publikohet");
    expect(await phone.getByTestId("doc-sla").filter({ hasText: "Me vonesë" }).count()).toBe(1);
    const names: { requester_name: string }[] = await t.sql("SELECT requester_name FROM document_request");
    for (const { requester_name } of names) expect(text).not.toContain(requester_name);
    expect(text).not.toContain("Gjergj Bimbli");
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoSeriousA11yViolations(phone, "/kerkesat-per-dokumente (phone)");

    await phone.getByLabel("Përgjigjja").selectOption("REFUSED");
    await phone.getByRole("button", { name: "Kërko" }).click();
    await phone.waitForURL(/pergjigjja=REFUSED/);
    await phone.getByText("U gjet 1 kërkesë.").waitFor();
    await phone.getByText(/Avokatit të Popullit/).first().waitFor();
  }, 60_000);

  it("a citizen files a request from a phone and keeps the receipt", async () => {
    await phone.goto(`${t.url}/kerkesat-per-dokumente`);
    await phone.getByRole("link", { name: "Bëj një kërkesë për dokument" }).click();
    await phone.getByRole("heading", { level: 1, name: "Kërkesë për qasje në dokumente publike" }).waitFor();
    await expectNoSeriousA11yViolations(phone, "/kerkesat-per-dokumente/kerkese-e-re");
    await phone.getByLabel("Emri dhe mbiemri").fill("Fjolla Prova");
    await phone.getByLabel("E-mail (jo i detyrueshëm)").fill("fjolla.prova@example.org");
    await phone.getByLabel("Cilat dokumente kërkoni?").fill("Plani i menaxhimit të mbetjeve 2026 dhe kontrata e shërbimit.");
    await phone.getByRole("button", { name: "Dërgo kërkesën" }).click();
    await phone.getByRole("heading", { level: 1, name: "Kërkesa u pranua." }).waitFor();
    reference = (await phone.getByTestId("receipt-reference").innerText()).trim();
    expect(reference).toMatch(/^KD-\d{4}-\d{5}$/);
    expect((await phone.getByTestId("receipt-code").innerText()).trim()).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await phone.getByText("Afati i përgjigjes:").waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoSeriousA11yViolations(phone, "/kerkesat-per-dokumente/kerkese-e-re (receipt)");
  }, 60_000);

  it("the secretariat takes it up, extends it to 15 days and refuses it with the reason and the appeal notice", async () => {
    expect(reference).not.toBe("");
    const page = await (await browser.newContext({ locale: "sq-AL", viewport: { width: 1280, height: 1000 } })).newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${t.url}/hyr`);
    await page.getByLabel("Përdoruesi").fill("sekretaria");
    await page.getByLabel("Fjalëkalimi").fill("sekretaria");
    await page.getByRole("button", { name: "Hyr" }).click();
    await page.waitForURL((url) => url.pathname !== "/hyr");
    await page.goto(`${t.url}/kerkesat-per-dokumente/trajtimi`);
    await page.getByRole("heading", { level: 1, name: "Kërkesat për dokumente: trajtimi" }).waitFor();
    const card = page.getByRole("article", { name: reference });
    await card.getByTestId("requester").getByText("Fjolla Prova").waitFor();
    await card.getByText("fjolla.prova@example.org").waitFor();
    await expectNoSeriousA11yViolations(page, "/kerkesat-per-dokumente/trajtimi");

    await card.getByRole("button", { name: "Fillo trajtimin" }).click();
    await card.getByText("Në trajtim · Ende pa përgjigje").waitFor();
    await card.getByLabel("Arsyeja e zgjatjes").selectOption("MANY_DOCUMENTS");
    await card.getByLabel("Shënim publik (pa të dhëna personale)").fill("Kërkohen dokumente nga tri drejtori.");
    await card.getByRole("button", { name: "Zgjat afatin" }).click();
    await card.getByText("Afati është zgjatur njëherë: nuk zgjatet më.").waitFor();
    await card.getByText(/Kërkohen shumë dokumente\. Kërkohen dokumente nga tri drejtori\./).waitFor();

    await card.getByLabel("Lloji i përgjigjes").selectOption("REFUSED");
    const appeal = card.getByLabel("Njoftimi për të drejtën e ankesës");
    expect(await appeal.inputValue()).toMatch(/Avokatit të Popullit/);
    // the legal reason is required: the form says so before sending
    expect(await card.getByLabel("Arsyeja ligjore e refuzimit").evaluate((e) => (e as HTMLTextAreaElement).validity.valueMissing)).toBe(true);
    await card.getByLabel("Arsyeja ligjore e refuzimit").fill("Kontrata përmban sekrete tregtare të operatorit.");
    await card.getByRole("button", { name: "Regjistro përgjigjen" }).click();
    await card.getByText("Refuzuar", { exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page, "/kerkesat-per-dokumente/trajtimi (answered)");

    const [row] = await t.sql("SELECT r.outcome, r.extension_reason, r.sla_state FROM document_request r JOIN receipt rc ON rc.subject_id = r.id WHERE rc.reference = $1", [reference]);
    expect(row).toEqual({ outcome: "REFUSED", extension_reason: "MANY_DOCUMENTS", sla_state: "MET" });

    await phone.goto(`${t.url}/kerkesat-per-dokumente?kerko=${reference}`);
    await phone.getByText("U gjet 1 kërkesë.").waitFor();
    const shown = await phone.getByTestId("doc-request").innerText();
    expect(shown).toContain("Kontrata përmban sekrete tregtare");
    expect(shown).toContain("Brenda afatit");
    expect(shown).not.toContain("Fjolla Prova");

    // at the counter: a paper request registered, its receipt to print
    await page.goto(`${t.url}/kerkesat-per-dokumente/sporteli`);
    await page.getByRole("heading", { level: 1, name: "Regjistro kërkesë në sportel" }).waitFor();
    await expectNoSeriousA11yViolations(page, "/kerkesat-per-dokumente/sporteli");
    await page.getByLabel("Emri dhe mbiemri").fill("Bujar Prova");
    await page.getByLabel("Cilat dokumente kërkoni?").fill("Vendimi për tarifat e parkimit.");
    await page.getByRole("button", { name: "Regjistro dhe shtyp dëftesën" }).click();
    await page.getByRole("heading", { level: 1, name: "Kërkesa u regjistrua." }).waitFor();
    expect((await page.getByTestId("receipt-reference").innerText()).trim()).toMatch(/^KD-\d{4}-\d{5}$/);
    await page.context().close();
  }, 120_000);
});
