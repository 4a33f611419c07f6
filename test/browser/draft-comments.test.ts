import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

/**
 * Comments on draft decisions in the browser (issue 16 point 1): a citizen comments on the 2027 budget draft at
 * phone width and gets the receipt; the secretariat clears the moderation queue with the keyboard (publish,
 * reject with a reason, answer); the public reads the comment, its answer and the report; axe on each new page.
 */
describe("comments on draft decisions in the browser", () => {
  let t: TestServer;
  let browser: Browser;
  let phone: Page;
  let budget: { id: string; title: string; session_id: string };
  const NAME = "Teuta Qytetare";
  const TEXT = "Propozoj një park lojërash në lagjen 5 Maji.";

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist, env: { PUBLIC_FORM_MIN_SECONDS: "1" } });
    browser = await launchChromium();
    phone = await (await browser.newContext({ locale: "sq-AL", viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })).newPage();
    phone.setDefaultTimeout(20_000);
    [budget] = await t.sql("SELECT i.id, i.title, i.session_id FROM agenda_item i JOIN council_session s ON s.id = i.session_id WHERE s.status = 'SCHEDULED' AND i.title LIKE '%buxhetit%2027%'");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it("a citizen comments on the budget draft from a phone and gets the receipt", async () => {
    await phone.goto(`${t.url}/projektvendime`);
    await phone.getByRole("heading", { level: 1, name: "Projektvendime për koment" }).waitFor();
    await expectNoSeriousA11yViolations(phone, "/projektvendime (360 px)");
    expect(await fitsTheScreen(phone)).toBe(true);
    await phone.getByRole("link", { name: budget.title }).click();
    await phone.getByRole("heading", { level: 1, name: budget.title }).waitFor();
    await phone.getByRole("heading", { name: "Dërgoni komentin tuaj" }).waitFor();
    await expectNoSeriousA11yViolations(phone, "/projektvendime/:itemId (the form, 360 px)");
    expect(await fitsTheScreen(phone)).toBe(true);
    await phone.getByLabel("Emri dhe mbiemri").fill(NAME);
    await phone.getByLabel("Komenti", { exact: true }).fill(TEXT);
    await phone.getByLabel("Email-i (jo i detyrueshëm)").fill("teuta.qytetare@example.org");
    await phone.getByLabel("Gjinia (jo e detyrueshme)").selectOption("FEMALE");
    await phone.getByRole("button", { name: "Dërgo komentin" }).click();
    await phone.getByRole("heading", { name: "Komenti u dërgua" }).waitFor();
    const reference = await phone.getByTestId("receipt-reference").innerText();
    expect(reference).toMatch(/^KO-\d{4}-\d{5}$/);
    expect(await phone.getByTestId("receipt-code").innerText()).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await expectNoSeriousA11yViolations(phone, "/projektvendime/:itemId (the receipt, 360 px)");
    const [row] = await t.sql("SELECT status, gender, email FROM draft_comment WHERE author_name = $1", [NAME]);
    expect(row).toEqual({ status: "PENDING", gender: "FEMALE", email: "teuta.qytetare@example.org" });
  }, 60_000);

  it("the secretariat publishes, rejects and answers with the keyboard", async () => {
    const page = await (await browser.newContext({ locale: "sq-AL", viewport: { width: 1280, height: 1000 } })).newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${t.url}/hyr`);
    await page.getByLabel("Përdoruesi").fill("sekretaria");
    await page.getByLabel("Fjalëkalimi").fill("sekretaria");
    await page.getByRole("button", { name: "Hyr" }).click();
    await page.waitForURL((url) => url.pathname !== "/hyr");
    await page.goto(`${t.url}/projektvendime/moderimi`);
    await page.getByRole("heading", { level: 1, name: "Moderimi i komenteve" }).waitFor();
    await page.getByRole("heading", { name: "Shkurtoret e tastierës" }).waitFor();
    await page.getByRole("article").first().waitFor();
    await expectNoSeriousA11yViolations(page, "/projektvendime/moderimi");

    // A letter brought to the council's office: recorded from paper, with a receipt to hand over.
    await page.getByText("Regjistro një koment të ardhur me shkresë").click();
    await page.getByLabel("Emri dhe mbiemri").fill("Rexhep Letra");
    await page.getByLabel("Komenti (siç është në shkresë)").fill("Kërkoj ndriçim në rrugën e fshatit Shushicë.");
    await page.getByRole("button", { name: "Regjistro komentin" }).click();
    expect(await page.getByTestId("receipt-reference").innerText()).toMatch(/^KO-/);
    await page.getByRole("article").filter({ hasText: "Rexhep Letra" }).waitFor();
    expect((await t.sql("SELECT channel, status FROM draft_comment WHERE author_name = 'Rexhep Letra'"))[0]).toEqual({ channel: "PAPER", status: "PENDING" });

    const focusedText = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "");
    /** Moves with j from the top until the comment in hand is `name`'s (Home first). */
    async function goTo(name: string) {
      await page.keyboard.press("Home");
      for (let i = 0; i < 20 && !(await focusedText()).includes(name); i++) await page.keyboard.press("j");
      expect(await focusedText()).toContain(name);
      expect(await page.evaluate(() => document.activeElement?.classList.contains("queue-item--current")),
        await page.evaluate((n) => `${n}: ${document.activeElement?.outerHTML.slice(0, 300)}`, name)).toBe(true);
    }
    await page.getByRole("article").first().focus();
    await page.keyboard.press("j");
    await page.keyboard.press("k");

    await goTo(NAME);
    expect(await focusedText()).toContain("teuta.qytetare@example.org"); // the secretariat sees the e-mail
    await page.keyboard.press("p");
    await page.getByRole("status").getByText(`Komenti i ${NAME} u publikua.`).waitFor();

    await goTo("Besart Meta");
    await page.keyboard.press("r");
    const reason = page.getByLabel("Arsyeja e refuzimit");
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await reason.selectOption("DUPLICATE");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("status").getByText("Komenti i Besart Meta u refuzua: I përsëritur.").waitFor();

    await goTo(NAME);
    await page.keyboard.press("a");
    const outcome = page.getByLabel("Rezultati");
    await expect.poll(() => outcome.evaluate((el) => el === document.activeElement)).toBe(true);
    await outcome.selectOption("PARTLY_ACCEPTED");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Parku përfshihet në planin e investimeve 2027 për lagjen 5 Maji.");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("status").getByText(`Përgjigjja për komentin e ${NAME} u ruajt.`).waitFor();
    await expectNoSeriousA11yViolations(page, "/projektvendime/moderimi (after answering)");
    const [row] = await t.sql("SELECT status, outcome, answer FROM draft_comment WHERE author_name = $1", [NAME]);
    expect(row).toEqual({ status: "PUBLISHED", outcome: "PARTLY_ACCEPTED", answer: "Parku përfshihet në planin e investimeve 2027 për lagjen 5 Maji." });
    expect((await t.sql("SELECT status, reject_reason FROM draft_comment WHERE author_name = 'Besart Meta'"))[0]).toEqual({ status: "REJECTED", reject_reason: "DUPLICATE" });
    await page.context().close();
  }, 120_000);

  it("the public reads the comment, its answer and the report, and the item shows its comments beside the vote", async () => {
    await phone.goto(`${t.url}/projektvendime/${budget.id}`);
    const comments = phone.getByRole("region", { name: /komente të publikuara/ });
    const mine = comments.getByRole("listitem").filter({ hasText: NAME });
    await mine.getByText(TEXT).waitFor();
    await mine.getByText("Përgjigjja e këshillit: Pranuar pjesërisht").waitFor();
    await mine.getByText("Parku përfshihet në planin e investimeve 2027").waitFor();
    expect(await comments.innerText()).not.toContain("Besart Meta");
    const report = phone.getByRole("region", { name: "Raporti i konsultimit" });
    const [{ received, women }] = await t.sql("SELECT count(*)::int AS received, count(*) FILTER (WHERE gender = 'FEMALE')::int AS women FROM draft_comment WHERE agenda_item_id = $1", [budget.id]);
    const figure = (label: string) => report.getByRole("term").filter({ hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
    expect(await figure("Komente të marra").innerText()).toBe(String(received));
    expect(await figure("Grua").innerText()).toBe(String(women));
    await report.getByRole("figure", { name: /Si u trajtuan komentet/ }).waitFor();
    expect(await phone.locator("body").innerText()).not.toMatch(/@example\.org/);
    await expectNoSeriousA11yViolations(phone, "/projektvendime/:itemId (comments and report, 360 px)");
    expect(await fitsTheScreen(phone)).toBe(true);

    await phone.goto(`${t.url}/seanca/${budget.session_id}`);
    await phone.getByRole("link", { name: `${received} komente` }).waitFor();
  }, 60_000);
});
