import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

const KINDERGARTEN = "Projektvendim për ngritjen e çerdhes publike në lagjen Aqif Pasha";
const WASTE = "Projektvendim për miratimin e rregullores së grumbullimit të diferencuar të mbetjeve urbane";

/**
 * Issue 15 point 3 in the browser: a journalist searches the register of decisions without diacritics, picks this
 * year, sees the address change, reloads and keeps the filters, downloads with the same filters, and opens a
 * decision with its vote and the prefect's review. Axe on both pages.
 */
describe("the register of decisions /vendimet", () => {
  let t: TestServer;
  let browser: Browser;
  let page: Page;
  const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Tirane", year: "numeric" }).format(new Date());

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: "sq-AL" })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  const results = () => page.getByRole("table", { name: "Vendimet, më të rejat në fillim" });

  it("searches without diacritics, filters by year, keeps it all in the address across a reload", async () => {
    await page.goto(`${t.url}/`);
    await page.getByRole("navigation", { name: /./ }).first().getByRole("link", { name: "Vendimet", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Regjistri i vendimeve" }).waitFor();
    await page.getByRole("status").filter({ hasText: /^U gjetën \d+ vendime\.$/ }).waitFor();
    await results().getByRole("link", { name: WASTE, exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page, "/vendimet");

    await page.getByRole("searchbox", { name: "Kërko në tekst" }).fill("cerdhe");
    await page.getByRole("combobox", { name: "Viti" }).selectOption(year);
    await page.getByRole("button", { name: "Kërko", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("q") === "cerdhe" && url.searchParams.get("viti") === year);
    const found = results().getByRole("link", { name: KINDERGARTEN, exact: true });
    await found.waitFor();
    expect(await found.locator("mark").first().textContent()).toBe("çerdhes");
    await expect.poll(() => results().getByRole("link", { name: WASTE, exact: true }).count()).toBe(0);
    const count = await page.getByRole("status").filter({ hasText: /^U (gjet|gjetën) \d+ vendim/ }).textContent();

    // The downloads carry the same filters.
    const csv = await page.getByRole("link", { name: /Regjistri i vendimeve \(CSV\)/ }).getAttribute("href");
    expect(csv).toBe(`/open-data/decisions.csv?viti=${year}&q=cerdhe`);
    const file = await (await fetch(`${t.url}${csv}`)).text();
    expect(file).toContain("çerdhes publike");
    expect(file).not.toContain("grumbullimit të diferencuar");

    await page.reload();
    await results().getByRole("link", { name: KINDERGARTEN, exact: true }).waitFor();
    expect(await page.getByRole("searchbox", { name: "Kërko në tekst" }).inputValue()).toBe("cerdhe");
    expect(await page.getByRole("combobox", { name: "Viti" }).inputValue()).toBe(year);
    expect(await page.getByRole("status").filter({ hasText: /^U (gjet|gjetën) \d+ vendim/ }).textContent()).toBe(count);
    await expectNoSeriousA11yViolations(page, "/vendimet?viti&q (filtered)");
  });

  it("a search that finds nothing says so, and clearing brings everything back", async () => {
    await page.goto(`${t.url}/vendimet?q=zzzqx`);
    await page.getByText("Asnjë vendim nuk përputhet me këta filtra.").waitFor();
    await page.getByRole("button", { name: "Pastro filtrat" }).click();
    await page.waitForURL((url) => url.search === "");
    await results().getByRole("link", { name: WASTE, exact: true }).waitFor();
  });

  it("opens a decision: its number, the vote with names, the prefect's review, the session", async () => {
    await page.goto(`${t.url}/vendimet?q=grumbullimi+i+mbetjeve&viti=${year}`);
    // The row links the draft that was voted.
    await results().getByRole("link", { name: /^Projektvendimi i votuar: Projektvendim për rregulloren e grumbullimit/ }).waitFor();
    await results().getByRole("link", { name: WASTE, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: WASTE }).waitFor();
    await page.getByText(/^Vendim nr\. \d+\/\d{4}, datë \d{2}\.\d{2}\.\d{4}$/).waitFor();
    const vote = page.getByRole("region", { name: "Votimi" });
    await vote.getByText("Miratuar").waitFor();
    expect(await vote.getByRole("table", { name: "Votat me emër" }).getByRole("row").count()).toBeGreaterThan(30);
    await page.getByRole("region", { name: "Shqyrtimi i ligjshmërisë" }).getByText(/Dërguar për shqyrtim|Kthyer për rishqyrtim|Në përputhje me ligjin/).waitFor();
    // Where is the draft that was voted: on the decision's page, from the meeting package.
    const documents = page.getByRole("region", { name: "Projektakti dhe dokumentet" });
    const draft = documents.getByRole("link", { name: /^Projektvendim për rregulloren e grumbullimit/ });
    await draft.waitFor();
    const res = await fetch(`${t.url}${await draft.getAttribute("href")}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/pdf/);
    await documents.getByRole("link", { name: "Mbledhja dhe paketa e saj" }).waitFor();
    await expectNoSeriousA11yViolations(page, "/vendimet/:id");
  });

  it("the secretariat records the prefect's answer on the decision's page; the public sees it", async () => {
    const secretariat = await (await browser.newContext({ locale: "sq-AL" })).newPage();
    await secretariat.goto(`${t.url}/hyr`);
    await secretariat.getByLabel("Përdoruesi").fill("sekretaria");
    await secretariat.getByLabel("Fjalëkalimi").fill("sekretaria");
    await secretariat.getByRole("button", { name: "Hyr" }).click();
    await secretariat.waitForURL((url) => url.pathname !== "/hyr");
    await secretariat.goto(`${t.url}/vendimet?q=cerdhe`);
    await secretariat.getByRole("link", { name: KINDERGARTEN, exact: true }).click();
    await secretariat.getByRole("heading", { level: 1, name: KINDERGARTEN }).waitFor();
    const review = secretariat.getByRole("region", { name: "Shqyrtimi i ligjshmërisë" });
    const current = await review.innerText();
    // From "sent" the prefect can find it lawful; from "returned" it is sent again.
    const [next, shown] = /Kthyer për rishqyrtim/.test(current) ? ["SENT", "Dërguar për shqyrtim"] : ["UPHELD", "Në përputhje me ligjin"];
    const form = secretariat.getByRole("group", { name: "Gjendja e shqyrtimit" });
    await form.getByLabel("Gjendja").selectOption(next);
    await form.getByLabel("Kush e shqyrton").selectOption("PREFECT");
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Tirane" }).format(new Date());
    await form.getByLabel("Data").fill(today);
    await form.getByLabel("Shënim (sipas dëshirës)").fill("Shkresa e Prefektit nr. 1207");
    await form.getByRole("button", { name: "Ruaj shqyrtimin" }).click();
    await form.getByRole("status").filter({ hasText: "U ruajt." }).waitFor();
    await review.getByText(shown).waitFor();
    await review.getByText("Shkresa e Prefektit nr. 1207").waitFor();
    await expectNoSeriousA11yViolations(secretariat, "/vendimet/:id (secretariat)");

    await page.goto(secretariat.url());
    await page.getByRole("region", { name: "Shqyrtimi i ligjshmërisë" }).getByText(shown).waitFor();
    expect(await page.getByRole("group", { name: "Gjendja e shqyrtimit" }).count()).toBe(0);
  });
});
