import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { a11yLog, expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

const TITLE = "Mbledhja e Këshillit Bashkiak nr. 11"; // the demo session scheduled for today

/**
 * Issue 6: the main journeys in Chromium, each page checked with axe-core
 * (WCAG 2 A/AA) after a meaningful step, with zero serious or critical
 * violations allowed. One client build and one server for all of them; the
 * steps run in order (the secretariat opens the vote the councillor casts).
 */
describe("the main journeys, each page checked with axe", () => {
  let t: TestServer;
  let browser: Browser;
  let publicPage: Page;
  let consolePage: Page;
  let councillorPage: Page;
  let ossPage: Page;
  let closed: { id: string; title: string };

  async function newPage(options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
    const context: BrowserContext = await browser.newContext({ locale: "sq-AL", viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  /** The page has settled: no request in flight, nothing still "loading", fonts and layout done. */
  async function settle(page: Page) {
    await page.waitForLoadState("networkidle");
    await expect.poll(() => page.getByText("Po ngarkohet…").count()).toBe(0);
    await expect.poll(() => page.getByText("Loading…").count()).toBe(0);
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r(null)))));
  }

  async function check(page: Page, label: string) {
    await settle(page);
    await expectNoSeriousA11yViolations(page, label);
  }

  async function login(page: Page, username: string, password: string) {
    await page.goto(`${t.url}/hyr`);
    await page.getByLabel("Përdoruesi").fill(username);
    await page.getByLabel("Fjalëkalimi").fill(password);
    await page.getByRole("button", { name: "Hyr" }).click();
  }

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();
    const r = await t.gql<{ sessions: { id: string; title: string; status: string }[] }>("{ sessions { id title status } }");
    const found = r.data?.sessions.find((s) => s.status === "CLOSED");
    if (!found) throw new Error("no closed demo session");
    closed = found;
    publicPage = await newPage();
    consolePage = await newPage();
    consolePage.on("dialog", (d) => void d.accept());
    councillorPage = await newPage();
    ossPage = await newPage();
  }, 180_000);

  afterAll(async () => {
    // The counts by impact of every page checked, for the record (minor and moderate included).
    if (a11yLog.length) {
      console.log(a11yLog.map((e) => `${e.label}: ${JSON.stringify(e.counts)} ${e.rules.join(" ")}`).join("\n"));
    }
    await browser?.close();
    await t?.stop();
  });

  // --- The public ---------------------------------------------------------------------------

  it("public dashboard `/`: today's session with its agenda and quorum", async () => {
    await publicPage.goto(`${t.url}/`);
    await publicPage.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await publicPage.getByRole("region", { name: "Kuorumi" }).waitFor();
    await publicPage.getByRole("listitem", { name: /^Pika 2: / }).waitFor();
    await check(publicPage, "/ (sq)");
  });

  it("the session list `/seancat` and a closed session `/seanca/<id>`, by the links", async () => {
    await publicPage.getByRole("link", { name: "Seancat", exact: true }).click();
    await publicPage.waitForURL(/\/seancat$/);
    await publicPage.getByRole("heading", { level: 1, name: "Seancat e këshillit" }).waitFor();
    const link = publicPage.getByRole("link", { name: closed.title, exact: true }).first();
    await link.waitFor();
    await check(publicPage, "/seancat");

    await link.click();
    await publicPage.waitForURL(new RegExp(`/seanca/${closed.id}$`));
    await publicPage.getByRole("heading", { level: 1, name: closed.title }).waitFor();
    await publicPage.getByText("E mbyllur").first().waitFor();
    await check(publicPage, `/seanca/${closed.id} (closed)`);
  });

  it("the public dashboard in English, by the language switch", async () => {
    await publicPage.goto(`${t.url}/`);
    await publicPage.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await publicPage.getByLabel("Gjuha").selectOption({ label: "English" });
    await publicPage.getByRole("region", { name: "Quorum" }).waitFor();
    await expect.poll(() => publicPage.evaluate(() => document.documentElement.lang)).toBe("en");
    await check(publicPage, "/ (en)");
    await publicPage.getByLabel("Language").selectOption({ label: "Shqip" });
    await publicPage.getByRole("region", { name: "Kuorumi" }).waitFor();
  });

  it("the public dashboard on a phone (390×844)", async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${t.url}/`);
    await phone.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await phone.getByRole("region", { name: "Kuorumi" }).waitFor();
    await check(phone, "/ (sq, 390×844)");
    await phone.context().close();
  });

  // --- The secretariat ------------------------------------------------------------------------

  it("login `/hyr`: a wrong password is refused, said on the page", async () => {
    await login(consolePage, "sekretaria", "e-gabuar");
    await consolePage.getByText("Hyrja dështoi").first().waitFor();
    await check(consolePage, "/hyr (refused)");
  });

  it("secretariat console `/konsola`: session started, everyone present, a vote open with a ballot", async () => {
    await login(consolePage, "sekretaria", "sekretaria");
    await consolePage.waitForURL(/\/konsola/);
    await consolePage.getByRole("heading", { name: TITLE }).first().waitFor();
    await consolePage.getByRole("button", { name: "Fillo seancën" }).click();
    await consolePage.getByRole("button", { name: "Shëno të gjithë prezent" }).click();
    await consolePage.getByRole("button", { name: "Fillo pikën" }).nth(1).click();
    await consolePage.getByLabel("Shumica e kërkuar").selectOption("SIMPLE");
    await consolePage.getByRole("button", { name: "Hap votimin" }).click();
    await consolePage.getByRole("button", { name: "Mbyll votimin" }).waitFor();
    const button = consolePage.getByRole("group", { name: "Arben Hoxha" }).getByRole("button", { name: "Për", exact: true });
    await button.click();
    await expect.poll(() => button.getAttribute("aria-pressed")).toBe("true");
    await check(consolePage, "/konsola (vote open)");
  });

  // --- The councillor -------------------------------------------------------------------------

  it("councillor portal `/keshilltari`: casts a ballot in the open vote", async () => {
    await login(councillorPage, "kd05", "kuvend");
    await councillorPage.waitForURL(/\/keshilltari/);
    const ballot = councillorPage.getByRole("group", { name: "Vota juaj" });
    await ballot.getByRole("button", { name: "Kundër", exact: true }).click();
    await ballot.getByRole("status").filter({ hasText: "Vota juaj: Kundër." }).waitFor();
    await check(councillorPage, "/keshilltari (ballot cast)");
  });

  it("councillor portal `/keshilltari`: the declaration form open on item 3", async () => {
    const session = councillorPage.getByRole("region", { name: TITLE, exact: true });
    await session.getByRole("button", { name: "Deklaro një interes për pikën 3", exact: true }).click();
    const form = councillorPage.getByRole("region", { name: "Deklaratë interesi për pikën 3" });
    await form.getByLabel("Lloji i interesit").selectOption({ label: "Familjar" });
    await form.getByLabel("Përshkrimi i interesit").fill("Vëllai im punon në shoqërinë që përfiton.");
    await check(councillorPage, "/keshilltari (declaration form)");
  });

  // --- The One Stop Shop ----------------------------------------------------------------------

  it("OSS queue `/zyra`: a request registered at the counter", async () => {
    // Not signed in, the desk asks for a sign-in and comes back to /zyra after it.
    await ossPage.goto(`${t.url}/zyra`);
    await ossPage.getByRole("heading", { level: 1, name: "Hyni për të vazhduar" }).waitFor();
    await check(ossPage, "/zyra (sign-in required)");
    await ossPage.getByRole("link", { name: "Shko te hyrja" }).click();
    await ossPage.getByLabel("Përdoruesi").fill("oss");
    await ossPage.getByLabel("Fjalëkalimi").fill("oss");
    await ossPage.getByRole("button", { name: "Hyr" }).click();
    await ossPage.waitForURL(/\/zyra$/);
    await ossPage.getByRole("heading", { level: 1, name: "Zyra me Një Ndalesë" }).waitFor();
    const form = ossPage.getByRole("region", { name: "Regjistro kërkesë" });
    await form.getByLabel("Shërbimi").selectOption({ label: "Certifikatë familjare — 2 orë pune" });
    await form.getByRole("button", { name: "Regjistro kërkesën" }).click();
    await form.getByRole("status").filter({ hasText: "u regjistrua" }).waitFor();
    await check(ossPage, "/zyra (request registered)");
  });

  it("OSS monthly figures `/zyra/treguesit` (previous month) and the charter `/sherbimet`", async () => {
    await ossPage.goto(`${t.url}/zyra/treguesit`);
    await ossPage.getByRole("heading", { level: 1, name: "Treguesit mujorë të Zyrës me Një Ndalesë" }).waitFor();
    await ossPage.getByRole("button", { name: "Muaji i kaluar" }).click();
    await ossPage.waitForURL(/\?muaji=\d{4}-\d{2}$/);
    await ossPage.getByRole("region", { name: /^Përmbledhje: / }).waitFor();
    await check(ossPage, "/zyra/treguesit");

    await ossPage.getByRole("link", { name: "Afatet e publikuara të çdo shërbimi" }).click();
    await ossPage.getByRole("heading", { level: 1, name: "Shërbimet dhe afatet e tyre" }).waitFor();
    await ossPage.getByRole("table", { name: "Gjendja civile" }).waitFor();
    await check(ossPage, "/sherbimet");
  });

  // --- The reports ----------------------------------------------------------------------------

  it("the report `/nismat/raporti`, with the chart's figures shown", async () => {
    await publicPage.goto(`${t.url}/nismat/raporti`);
    await publicPage.getByRole("heading", { level: 1, name: "Nismat e këshilltarëve sipas gjinisë" }).waitFor();
    const chart = publicPage.getByRole("figure", { name: /Gratë te nismat dhe te vendet/ });
    await chart.locator("svg.recharts-surface").first().waitFor();
    await chart.getByText("Shfaq shifrat e grafikut").click();
    await chart.getByRole("table").first().waitFor();
    await check(publicPage, "/nismat/raporti");
  });

  it("the initiatives register `/nismat`", async () => {
    await publicPage.goto(`${t.url}/nismat`);
    await publicPage.getByRole("heading", { level: 1, name: "Regjistri i nismave" }).waitFor();
    await publicPage.getByRole("table").first().waitFor();
    await check(publicPage, "/nismat");
  });

  it("the transparency scorecard `/transparenca` and the calendar `/kalendari`", async () => {
    await publicPage.goto(`${t.url}/transparenca`);
    await publicPage.getByRole("heading", { level: 1, name: "Transparenca e këshillit" }).waitFor();
    await publicPage.getByRole("article").first().waitFor();
    await check(publicPage, "/transparenca");

    await publicPage.goto(`${t.url}/kalendari`);
    await publicPage.getByRole("heading", { level: 1, name: "Kalendari i mbledhjeve" }).waitFor();
    await check(publicPage, "/kalendari");
  });

  it("the declarations register `/deklaratat`, filtered by type", async () => {
    await publicPage.goto(`${t.url}/deklaratat`);
    await publicPage.getByRole("heading", { level: 1, name: "Regjistri i deklaratave të interesit" }).waitFor();
    await publicPage.getByLabel("Lloji i interesit").selectOption({ label: "Familjar" });
    await publicPage.getByRole("button", { name: "Filtro" }).click();
    await publicPage.waitForURL(/lloji=FAMILY/);
    await publicPage.getByRole("status").filter({ hasText: /U gjet|Nuk u gjet/ }).first().waitFor();
    await check(publicPage, "/deklaratat?lloji=FAMILY");
  });

  it("open data `/te-dhena-te-hapura`", async () => {
    await publicPage.goto(`${t.url}/te-dhena-te-hapura`);
    await publicPage.getByRole("heading", { level: 1, name: "Të dhëna të hapura" }).waitFor();
    await check(publicPage, "/te-dhena-te-hapura");
  });
});
