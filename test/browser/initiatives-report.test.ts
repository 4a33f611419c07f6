import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

type Stats = {
  period: string;
  total: number;
  byWomen: number;
  womenSharePct: number | null;
  womenSeatSharePct: number;
  ratioToSeatShare: number | null;
  allSponsorsWomenSharePct: number | null;
};

const STATS = `query($p: String!) { initiativeGenderStats(period: $p) {
  period total byWomen womenSharePct womenSeatSharePct ratioToSeatShare allSponsorsWomenSharePct } }`;

/** The half-year of a moment on the Tirana calendar, as the API names it ("2026-H2"). */
function periodOf(moment: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Tirane", year: "numeric", month: "2-digit" }).formatToParts(moment);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return `${get("year")}-H${get("month") <= 6 ? 1 : 2}`;
}

function previousPeriod(period: string): string {
  const [year, half] = period.split("-H").map(Number);
  return half === 2 ? `${year}-H1` : `${year - 1}-H2`;
}

/** "28,6 %": how the Albanian page prints a percentage (one decimal, decimal comma, no trailing ",0"). */
const percent = (value: number) => `${value.toFixed(1).replace(/\.0$/, "").replace(".", ",")} %`;
const decimal2 = (value: number) => value.toFixed(2).replace(/0+$/, "").replace(/\.$/, "").replace(".", ",");

const MONTHS_SQ: Record<string, string> = { "1": "janar–qershor", "2": "korrik–dhjetor" };
const periodLabel = (period: string) => `${MONTHS_SQ[period.slice(-1)]} ${period.slice(0, 4)}`;

/**
 * The semi-annual report a journalist reads (Elbasan plan OS-4 point 8): the
 * headline figures on /nismat/raporti are the API's `initiativeGenderStats`,
 * the trend chart draws with its text alternative beside it, choosing another
 * half-year changes the figures to that half-year's; /transparenca shows
 * the scorecard's indicators, each with its verdict in words, and their chart;
 * /konsultimet shows consultations with their notice, and the secretariat
 * announces one and records the participants of one held.
 */
describe("the report on initiatives by gender and the transparency scorecard", () => {
  let t: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: "sq-AL", viewport: { width: 1280, height: 1000 } })).newPage();
    page.setDefaultTimeout(20_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function stats(period: string): Promise<Stats> {
    const r = await t.gql<{ initiativeGenderStats: Stats }>(STATS, { p: period });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.initiativeGenderStats;
  }

  /** A labelled figure of the headline: the value printed under its label. */
  const figure = (region: Locator, label: string) =>
    region.locator(".report-figure", { has: page.getByText(label, { exact: true }) }).locator(".report-figure__value").innerText();

  async function expectHeadline(s: Stats, current: boolean) {
    const headline = page.getByRole("region", { name: `Shifrat kryesore: ${periodLabel(s.period)}` });
    await headline.waitFor();
    await headline.locator(".report-figure__value").first().waitFor();
    expect(s.total).toBeGreaterThan(0); // the demo council has initiatives in each of the last half-years
    expect(await figure(headline, "Nisma gjithsej")).toBe(String(s.total));
    expect(await figure(headline, "Nisma nga gra këshilltare")).toBe(String(s.byWomen));
    expect(await figure(headline, "Pjesa e grave te nismat")).toBe(percent(s.womenSharePct!));
    expect(await figure(headline, "Pjesa e grave te vendet")).toBe(percent(s.womenSeatSharePct));
    expect(await figure(headline, "Raporti ndaj vendeve")).toBe(decimal2(s.ratioToSeatShare!));
    expect(await figure(headline, "Gratë mes të gjithë propozuesve")).toBe(percent(s.allSponsorsWomenSharePct!));
    // The plain sentence, computed from the same figures.
    const verb = current ? "mbajnë" : "mbanin";
    await headline
      .getByText(`Gratë propozuan ${percent(s.womenSharePct!)} të nismave, ndërsa ${verb} ${percent(s.womenSeatSharePct)} të vendeve.`, { exact: true })
      .waitFor();
  }

  it("shows the half-year's figures as the API gives them, a chart with its text alternative, and another half-year on request", async () => {
    const current = periodOf(new Date());
    const previous = previousPeriod(current);
    const [now, before] = [await stats(current), await stats(previous)];

    await page.goto(`${t.url}/nismat/raporti`);
    await page.getByRole("heading", { level: 1, name: "Nismat e këshilltarëve sipas gjinisë" }).waitFor();
    await expectHeadline(now, true);

    // The trend: recharts draws svg; the figure's caption says it in words, and the numbers are one click away.
    const trend = page.getByRole("region", { name: "Katër gjashtëmujorët e fundit" });
    const chart = trend.getByRole("figure", { name: /Gratë te nismat dhe te vendet/ });
    await chart.locator("svg.recharts-surface .recharts-bar-rectangle path").first().waitFor({ state: "attached" });
    expect(await chart.locator("svg.recharts-surface .recharts-bar-rectangle").count()).toBeGreaterThanOrEqual(4);
    const caption = await chart.locator("figcaption").innerText();
    expect(caption).toContain(`${percent(now.womenSharePct!)} në ${periodLabel(current)}`);
    expect(caption).toContain(percent(now.womenSeatSharePct));
    await chart.getByText("Shfaq shifrat e grafikut").click();
    const row = chart.getByRole("row").filter({ has: page.getByRole("rowheader", { name: periodLabel(current), exact: true }) });
    expect((await row.getByRole("cell").allInnerTexts()).slice(0, 4)).toEqual([
      String(now.total),
      String(now.byWomen),
      percent(now.womenSharePct!),
      percent(now.womenSeatSharePct),
    ]);

    // Another half-year: the address and the figures follow the choice.
    await page.getByLabel("Gjashtëmujori").selectOption(previous);
    await page.waitForURL(new RegExp(`periudha=${previous}`));
    await expectHeadline(before, false);
    await page.getByRole("region", { name: `Shifrat kryesore: ${periodLabel(current)}` }).waitFor({ state: "detached" });

    // The downloads are made in the browser from the same figures.
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /CSV Shifrat e gjashtëmujorit/ }).click();
    const csv = await (await download).createReadStream().then(async (stream) => {
      let text = "";
      for await (const chunk of stream) text += chunk.toString();
      return text;
    });
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("period,breakdown,group,total,byWomen,womenSharePct,womenSeatSharePct,ratioToSeatShare");
    expect(lines[1]).toBe(
      `${previous},initiatives,all,${before.total},${before.byWomen},${before.womenSharePct},${before.womenSeatSharePct},${before.ratioToSeatShare}`,
    );
  });

  it("shows the indicators of the transparency scorecard, each with its verdict in words, and their chart", async () => {
    const current = periodOf(new Date());
    const r = await t.gql<{ transparencyScorecard: { indicators: { key: string; value: number | null; met: boolean | null }[] } }>(
      "query($p: String!) { transparencyScorecard(period: $p) { indicators { key value met } } }",
      { p: current },
    );
    const indicators = r.data!.transparencyScorecard.indicators;

    await page.getByRole("link", { name: "Transparenca", exact: true }).click();
    await page.waitForURL(/\/transparenca$/);
    const cards = page.getByRole("region", { name: `Treguesit: ${periodLabel(current)}` }).getByRole("article");
    await cards.first().waitFor();
    expect(await cards.count()).toBe(13);
    const titles = await cards.getByRole("heading", { level: 3 }).allInnerTexts();
    expect(titles).toEqual([
      "Njoftimi i mbledhjeve në kohë",
      "Procesverbalet brenda 48 orëve",
      "Projektvendimet hapur për komente",
      "Deklaratat e interesit",
      "Nismat nga gra këshilltare",
      "Gratë në konsultimet publike",
      "Projektvendimet me raport konsultimi",
      "Komentet e publikuara me përgjigje",
      "Peticionet e shqyrtuara brenda 60 ditëve",
      "Peticionet me përgjigje brenda 15 ditëve",
      "Kërkesat për dokumente me përgjigje në kohë",
      "Konsultimet të njoftuara 14 ditë para",
      "Gratë mes pjesëmarrësve",
    ]);
    for (const [index, indicator] of indicators.entries()) {
      const text = await cards.nth(index).innerText();
      const verdict =
        indicator.key === "declarations" ? "Numërim, pa objektiv" : indicator.met === null ? "Asgjë për të matur" : indicator.met ? "Objektivi u arrit" : "Objektivi nuk u arrit";
      expect(text).toContain(verdict);
      expect(text).toContain("Rregulli:");
      if (indicator.value !== null && indicator.key !== "declarations") expect(text).toContain(percent(indicator.value));
    }
    // The chart: one bar pair per percentage with a figure; its caption counts the targets met, its table has the figures.
    const shown = indicators.filter((i) => i.value !== null && !["declarations"].includes(i.key));
    const chart = page.getByRole("figure", { name: /Treguesit kundrejt objektivave/ });
    await chart.locator("svg.recharts-surface .recharts-bar-rectangle").first().waitFor({ state: "attached" });
    expect(await chart.locator("figcaption").innerText()).toContain(`${shown.filter((i) => i.met).length} nga ${shown.length} tregues`);
    await chart.getByText("Shfaq shifrat e grafikut").click();
    expect(await chart.getByRole("row").count()).toBe(shown.length + 1);
    await page.getByRole("link", { name: /feed Atom/ }).first().waitFor();
    await expectNoSeriousA11yViolations(page, "/transparenca");
  });

  it("lists consultations with their notice; the secretariat announces one and records the participants of one held", async () => {
    await page.goto(`${t.url}/konsultimet`);
    await page.getByRole("heading", { level: 1, name: "Konsultimet dhe dëgjesat publike" }).waitFor();
    const upcoming = page.getByRole("region", { name: "Të ardhshme" }).getByRole("article");
    await upcoming.first().waitFor();
    // The demo: the 2027 budget hearing announced three weeks ahead; the park consultation announced late.
    const budget = upcoming.filter({ has: page.getByRole("heading", { name: "Dëgjesë publike për projektbuxhetin 2027" }) });
    expect(await budget.innerText()).toContain("Salla e Këshillit Bashkiak");
    expect(await budget.getByText("Njoftuar me vonesë").count()).toBe(0);
    const park = upcoming.filter({ has: page.getByRole("heading", { name: "Konsultim me banorët për parkun e lagjes 5 Maji" }) });
    await park.getByText("Njoftuar me vonesë").waitFor();
    const held = page.getByRole("region", { name: "Të mbajtura" }).getByRole("article");
    const hearing = held.filter({ has: page.getByRole("heading", { name: "Dëgjesë publike për projektbuxhetin e vitit" }) });
    expect(await hearing.innerText()).toContain("60 pjesëmarrës: 31 gra, 27 burra, 2 të tjerë ose pa deklaruar; gra 51,7 %");
    await expectNoSeriousA11yViolations(page, "/konsultimet");

    // The secretariat, on a phone.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${t.url}/hyr`);
    await page.getByLabel("Përdoruesi").fill("sekretaria");
    await page.getByLabel("Fjalëkalimi").fill("sekretaria");
    await page.getByRole("button", { name: "Hyr" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/hyr"));
    await page.goto(`${t.url}/konsultimet`);
    const form = page.getByRole("region", { name: "Njofto një konsultim ose dëgjesë" });
    await form.getByLabel("Titulli").fill("Dëgjesë për planin e lëvizshmërisë");
    await form.getByLabel("Lloji").selectOption({ label: "Dëgjesë publike" });
    const soon = new Date(Date.now() + 5 * 86_400_000);
    const local = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Tirane", dateStyle: "short", timeStyle: "short" }).format(soon).replace(" ", "T");
    await form.getByLabel("Data dhe ora e takimit").fill(local);
    await form.getByLabel("Vendi", { exact: true }).fill("Pallati i Kulturës");
    await form.getByRole("button", { name: "Njofto" }).click();
    await form.getByText("U njoftua: Dëgjesë për planin e lëvizshmërisë. Më pak se 14 ditë para takimit", { exact: false }).waitFor();
    const announced = upcoming.filter({ has: page.getByRole("heading", { name: "Dëgjesë për planin e lëvizshmërisë" }) });
    await announced.getByText("Njoftuar me vonesë").waitFor();

    // The parking hearing was held two days ago; its participants are not recorded yet.
    const parking = held.filter({ has: page.getByRole("heading", { name: "Dëgjesë për rregulloren e parkimit në qendër" }) });
    await parking.getByText("Takimi u mbajt; pjesëmarrësit nuk janë regjistruar ende.").waitFor();
    await parking.getByLabel("Gra", { exact: true }).fill("14");
    await parking.getByLabel("Burra", { exact: true }).fill("16");
    await parking.getByRole("button", { name: "Regjistro pjesëmarrësit" }).click();
    await parking.getByText("30 pjesëmarrës: 14 gra, 16 burra, 0 të tjerë ose pa deklaruar; gra 46,7 %").waitFor();
    const [row] = await t.sql("SELECT status, women, men FROM consultation WHERE title = 'Dëgjesë për rregulloren e parkimit në qendër'");
    expect(row).toEqual({ status: "HELD", women: 14, men: 16 });
    await expectNoSeriousA11yViolations(page, "/konsultimet (secretariat, 360 px)");
  });
});
