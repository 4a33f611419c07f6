/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

/** Tirana's calendar: today's year and half, and the midnight that starts a day there. */
const tiranaDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Tirane" }).format(d);
function tiranaMidnight(day: string): string {
  const utc = new Date(`${day}T00:00:00Z`);
  const wall = new Date(utc.toLocaleString("en-US", { timeZone: "Europe/Tirane" }));
  const asUtc = new Date(utc.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(utc.getTime() - (wall.getTime() - asUtc.getTime())).toISOString();
}
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const RECORD = `query($id: ID!, $from: DateTime, $to: DateTime) { councillorRecord(councillorId: $id, from: $from, to: $to) {
  attendanceRatePct present { count } sessionsSeated { count } lateArrivals { count sessionIds } votes { agendaItemTitle sessionId } declarations { description } } }`;

/**
 * A journalist's question (issue 15): "How often did councillor X attend in a half-year, how did she
 * vote on the budget, and what did she declare?" — answered on /keshilltaret/:id from the public site.
 */
describe("councillors' pages", () => {
  let t: TestServer;
  let browser: Browser;
  let page: Page;
  let mirela: string;

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: "sq-AL", viewport: { width: 1280, height: 1000 } })).newPage();
    page.setDefaultTimeout(20_000);
    [{ id: mirela }] = await t.sql("SELECT id FROM councillor WHERE full_name = 'Mirela Shehu'");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function record(nga: string, deri: string) {
    const r = await t.gql(RECORD, { id: mirela, from: tiranaMidnight(nga), to: tiranaMidnight(nextDay(deri)) });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.councillorRecord;
  }

  const figure = (label: string) => page.locator(".record-figure", { has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) });

  it("lists the councillors with photo or initials, party and committees, filters by party, and passes axe", async () => {
    await page.goto(`${t.url}/keshilltaret`);
    await page.getByRole("heading", { level: 1, name: "Këshilltarët" }).waitFor();
    await page.getByText(/^51 këshilltarë, prej tyre \d+ gra$/).waitFor();
    await page.getByRole("link", { name: "Mirela Shehu" }).waitFor();
    expect(await page.getByRole("img", { name: "Mirela Shehu, pa foto" }).count()).toBe(1);
    await page.getByLabel("Partia").selectOption("PD");
    await page.waitForURL(/partia=PD/);
    const pd = (await t.sql("SELECT count(*)::int AS n FROM councillor WHERE active AND party = 'PD'"))[0].n;
    await page.getByText(new RegExp(`^${pd} këshilltarë, prej tyre \\d+ gra$`)).waitFor();
    expect(await page.locator(".councillor-card").count()).toBe(pd);
    await page.getByLabel("Shfaq edhe ish-këshilltarët").click(); // the address changes, then the box follows it
    await page.waitForURL(/ish=1/);
    await expect.poll(() => page.getByLabel("Shfaq edhe ish-këshilltarët").isChecked()).toBe(true);
    await page.getByLabel("Partia").selectOption("PS");
    await page.getByRole("link", { name: "Liljana Pasha" }).waitFor();
    await expectNoSeriousA11yViolations(page, "/keshilltaret");
  });

  it("shows a councillor's record for the chosen period, with figures from the API and links to the sessions", async () => {
    const today = tiranaDay(new Date());
    const year = Number(today.slice(0, 4));
    const second = Number(today.slice(5, 7)) > 6;
    // The half-year before this one, as a journalist would pick it.
    const before = second ? { nga: `${year}-01-01`, deri: `${year}-06-30`, label: `${year} gjysma e parë (janar–qershor)` }
      : { nga: `${year - 1}-07-01`, deri: `${year - 1}-12-31`, label: `${year - 1} gjysma e dytë (korrik–dhjetor)` };
    const whole = { nga: `${year}-01-01`, deri: `${year}-12-31`, label: `Viti ${year}` };

    await page.goto(`${t.url}/keshilltaret/${mirela}`);
    await page.getByRole("heading", { level: 1, name: "Mirela Shehu" }).waitFor();
    await page.getByRole("link", { name: /@keshilltar\.elbasan\.example$/ }).waitFor(); // her published e-mail
    await page.getByRole("heading", { name: "Komisionet dhe roli" }).waitFor();

    await page.getByLabel("Periudha", { exact: true }).selectOption({ label: whole.label });
    await page.waitForURL(new RegExp(`nga=${whole.nga}&deri=${whole.deri}`));
    let want = await record(whole.nga, whole.deri);
    await page.getByText(`(${want.present.count} nga ${want.sessionsSeated.count} mbledhje)`, { exact: false }).waitFor();
    expect(await figure("I/e pranishëm/me").locator(".record-figure__count").innerText()).toBe(String(want.present.count));
    expect(await figure("Mbërritje me vonesë").locator(".record-figure__count").innerText()).toBe(String(want.lateArrivals.count));

    // How she voted on the budget: the search keeps the budget items, each naming its ballot and session.
    await page.getByLabel("Kërko në votime").fill("buxhet");
    const rows = page.getByRole("table", { name: /votim.* — vota e Mirela Shehu/ }).getByRole("row");
    const budget = want.votes.filter((v: any) => /buxhet/i.test(v.agendaItemTitle));
    await page.getByRole("table", { name: `${budget.length} votime — vota e Mirela Shehu` }).waitFor();
    expect(await rows.count()).toBe(budget.length + 1);
    expect(await rows.nth(1).innerText()).toMatch(/Për|Kundër|Abstenim|Nuk votoi|përjashtuar/);
    // What she declared.
    await page.getByText(want.declarations[0].description, { exact: false }).first().waitFor();
    await expectNoSeriousA11yViolations(page, "/keshilltaret/:id");

    // Another period: the address, then the figures, follow the choice.
    await page.getByLabel("Periudha", { exact: true }).selectOption({ label: before.label });
    await page.waitForURL(new RegExp(`nga=${before.nga}&deri=${before.deri}`));
    want = await record(before.nga, before.deri);
    if (want.sessionsSeated.count > 0) {
      await page.getByText(`(${want.present.count} nga ${want.sessionsSeated.count} mbledhje)`, { exact: false }).waitFor();
    }

    // Back to the whole year through the address itself, then follow the late arrival to its session.
    await page.goto(`${t.url}/keshilltaret/${mirela}?nga=${whole.nga}&deri=${whole.deri}`);
    want = await record(whole.nga, whole.deri);
    expect(want.lateArrivals.count).toBeGreaterThan(0);
    const late = figure("Mbërritje me vonesë").getByRole("link").first();
    const title = await late.innerText();
    await late.click();
    await page.waitForURL(new RegExp(`/seanca/${want.lateArrivals.sessionIds[0]}$`));
    await page.getByRole("heading", { name: title }).first().waitFor();
  });

  it("shows the register of attendance and passes axe", async () => {
    await page.goto(`${t.url}/prania`);
    await page.getByRole("heading", { level: 1, name: "Regjistri i pjesëmarrjes" }).waitFor();
    await page.getByRole("link", { name: "attendance.csv" }).waitFor();
    await page.getByRole("heading", { name: "Sipas mbledhjes" }).waitFor();
    await expectNoSeriousA11yViolations(page, "/prania");
  });
});
