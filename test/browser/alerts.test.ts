import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import type { Browser, Page } from "playwright-core";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

/**
 * Issue 15 point 6 in the browser: "Merr njoftime" on a councillor's page, the confirmation page reached
 * from the e-mail, the unsubscribe page, axe on each; and no form on a site without SMTP_URL.
 */
describe("e-mail alerts in the browser", () => {
  const mails: ParsedMail[] = [];
  let smtp: SMTPServer;
  let t: TestServer;
  let plain: TestServer;
  let browser: Browser;
  let page: Page;
  let councillor: { id: string; full_name: string };

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true, disabledCommands: ["STARTTLS", "AUTH"], logger: false,
      onData(stream, _s, callback) {
        simpleParser(stream).then((m) => { mails.push(m); callback(); }, callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist, env: { SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` } });
    plain = await startTestServer({ webDist });
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: "sq-AL", viewport: { width: 1280, height: 1000 } })).newPage();
    page.setDefaultTimeout(20_000);
    [councillor] = await t.sql("SELECT id, full_name FROM councillor WHERE full_name = 'Mirela Shehu'");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await plain?.stop();
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });

  async function mailTo(address: string): Promise<ParsedMail> {
    for (let i = 0; i < 80; i++) {
      const found = mails.find((m) => JSON.stringify(m.to).includes(address));
      if (found) return found;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`no mail to ${address}`);
  }

  it("subscribes from a councillor's page, confirms from the e-mail's link and unsubscribes from the page, each passing axe", async () => {
    await page.goto(`${t.url}/keshilltaret/${councillor.id}`);
    const form = page.getByRole("region", { name: "Merr njoftime" });
    await form.waitFor();
    await form.getByLabel("Adresa e emailit").fill("jo-adrese");
    await form.getByRole("button", { name: "Merr njoftime" }).click();
    await form.getByRole("alert").getByText(/adresë emaili të vlefshme/).waitFor();
    await form.getByLabel("Adresa e emailit").fill("qytetare@example.al");
    await form.getByRole("button", { name: "Merr njoftime" }).click();
    await form.getByText(/Kontrolloni emailin/).waitFor();
    await expectNoSeriousA11yViolations(page, "/keshilltaret/:id (Merr njoftime)");

    const mail = await mailTo("qytetare@example.al");
    const confirm = /https?:\/\/[^\s]+\/njoftimet\/konfirmo\/[^\s]+/.exec(mail.text ?? "")![0];
    await page.goto(confirm.replace(/^https?:\/\/[^/]+/, t.url));
    await page.getByRole("heading", { level: 1, name: "Konfirmoni njoftimet" }).waitFor();
    await expectNoSeriousA11yViolations(page, "/njoftimet/konfirmo/:token");
    await page.getByRole("button", { name: "Konfirmo" }).click();
    await page.getByRole("status").getByText(`Njoftimet për ${councillor.full_name} filluan.`, { exact: false }).waitFor();
    const [row] = await t.sql("SELECT confirmed_at FROM alert_subscription WHERE email = 'qytetare@example.al'");
    expect(row.confirmed_at).not.toBeNull();

    const unsubscribe = /https?:\/\/[^\s]+\/njoftimet\/cregjistrohu\/[^\s]+/.exec(mail.text ?? "")![0];
    await page.goto(unsubscribe.replace(/^https?:\/\/[^/]+/, t.url));
    await page.getByRole("heading", { level: 1, name: "Çregjistrohuni nga njoftimet" }).waitFor();
    await expectNoSeriousA11yViolations(page, "/njoftimet/cregjistrohu/:token");
    await page.getByRole("button", { name: "Çregjistrohu" }).click();
    await page.getByRole("status").getByText(/U çregjistruat/).waitFor();
    expect(await t.sql("SELECT 1 FROM alert_subscription WHERE email = 'qytetare@example.al'")).toEqual([]);
  });

  it("shows no form where no SMTP server is set, while the calendar's subscribe links remain", async () => {
    await page.goto(`${plain.url}/keshilltaret/${councillor.id}`);
    await page.getByRole("heading", { level: 1, name: councillor.full_name }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("region", { name: "Merr njoftime" }).count()).toBe(0);
    await page.goto(`${plain.url}/kalendari`);
    await page.getByRole("heading", { level: 2, name: "Abonohu në kalendar" }).waitFor();
    const webcal = await page.getByRole("link", { name: /Abonohu në kalendar: mbledhjet e këshillit/ }).getAttribute("href");
    expect(webcal).toBe(`webcal://${new URL(plain.url).host}/kalendari.ics`);
    await expectNoSeriousA11yViolations(page, "/kalendari (Abonohu në kalendar)");
    await page.goto(`${plain.url}/vendimet`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("region", { name: "Merr njoftime" }).count()).toBe(0);
  });
});
