/* eslint-disable @typescript-eslint/no-explicit-any -- reads untyped GraphQL answers. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

const ECONOMY = "Komisioni i Ekonomisë, Financave dhe Buxhetit";
const TODAY = "Mbledhja e Këshillit Bashkiak nr. 11";

/**
 * The committees' public pages [komisionet] as a citizen reads them, on the demo data: the list, the
 * Economy committee's page (functions, chair, members with their days, the member who left, meetings with
 * the late-notice mark, opinions), a meeting's session page, the committee's opinion beside the budget
 * on today's council session; then the secretariat records an opinion from /komisionet/menaxho. Axe on each.
 */
describe("the committees' pages", () => {
  let t: TestServer;
  let browser: Browser;
  let page: Page;
  let economy: any;

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: "sq-AL" })).newPage();
    const r = await t.gql(`{ committees { id name chair { councillor { fullName } } members { councillor { fullName } joinedOn } pastMembers { councillor { fullName } leftOn } pastMeetings { id title lateNotice } } }`);
    economy = r.data.committees.find((c: any) => c.name === ECONOMY);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("lists the committees with chair, members and next meeting", async () => {
    await page.goto(`${t.url}/komisionet`);
    await page.getByRole("heading", { level: 1, name: "Komisionet" }).waitFor();
    const table = page.getByRole("table", { name: "4 komisione" });
    const row = table.getByRole("row", { name: new RegExp(ECONOMY) });
    await row.waitFor();
    expect(await row.textContent()).toContain(economy.chair.councillor.fullName);
    expect(await row.textContent()).toContain("7 nga 7 vende");
    expect(await row.textContent()).toContain("Asnjë e caktuar");
    await expectNoSeriousA11yViolations(page, "/komisionet");
  });

  it("shows a committee's functions, members with their days, former members, meetings and opinions", async () => {
    await page.getByRole("link", { name: ECONOMY }).click();
    await page.waitForURL(new RegExp(`/komisionet/${economy.id}$`));
    await page.getByRole("heading", { level: 1, name: ECONOMY }).waitFor();
    expect(await page.getByText(/Shqyrton projektbuxhetin vjetor/).count()).toBe(1);
    expect(await page.getByText(`Kryetar/e: ${economy.chair.councillor.fullName}`).count()).toBe(1);

    const members = page.getByRole("region", { name: "Anëtarët", exact: true }).first();
    expect(await members.getByRole("row").count()).toBe(1 + 7);
    const [left] = economy.pastMembers;
    const former = page.getByRole("region", { name: "Ish-anëtarët", exact: true }).first();
    const leftRow = former.getByRole("row", { name: new RegExp(left.councillor.fullName) });
    const [y, m, d] = left.leftOn.split("-");
    expect(await leftRow.textContent()).toContain(`${d}.${m}.${y}`);
    expect(await leftRow.textContent()).toContain("15.09.2023");

    const held = page.getByRole("region", { name: "Mbledhjet e mbajtura", exact: true });
    expect(await held.getByRole("listitem").count()).toBe(economy.pastMeetings.length);
    const late = economy.pastMeetings.find((x: any) => x.lateNotice);
    const lateItem = held.getByRole("listitem").filter({ has: page.getByRole("link", { name: late.title }) });
    expect(await lateItem.textContent()).toContain("Njoftuar me vonesë");
    const onTime = economy.pastMeetings.find((x: any) => !x.lateNotice);
    expect(await held.getByRole("listitem").filter({ has: page.getByRole("link", { name: onTime.title }) }).textContent()).not.toContain("Njoftuar me vonesë");

    const opinions = page.getByRole("region", { name: "Mendimet e komisionit për Këshillin (relacionet)" });
    expect(await opinions.getByText("Pozitiv me ndryshime", { exact: true }).count()).toBe(1);
    expect(await opinions.getByRole("link", { name: /buxhetit të Bashkisë Elbasan për vitin 2027/ }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page, "/komisionet/:id");

    // A meeting's own page is the session page, which works for any body.
    await held.getByRole("link", { name: onTime.title }).click();
    await page.waitForURL(new RegExp(`/seanca/${onTime.id}$`));
    await page.getByRole("heading", { level: 1, name: onTime.title }).waitFor();
  });

  it("shows the committee's opinion beside the item on the council session page", async () => {
    const r = await t.gql("{ sessions { id title status } }");
    const today = r.data.sessions.find((s: any) => s.title === TODAY);
    await page.goto(`${t.url}/seanca/${today.id}`);
    await page.getByRole("heading", { level: 1, name: TODAY }).waitFor();
    const budget = page.getByRole("listitem", { name: /buxhetit të Bashkisë Elbasan për vitin 2027/ });
    await budget.getByText("Mendimi i komisionit (relacioni)").waitFor();
    expect(await budget.getByRole("link", { name: ECONOMY }).count()).toBe(1);
    expect(await budget.getByText("Pozitiv", { exact: true }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page, "/seanca/:id with committee opinions");
  });

  it("lets the secretariat record an opinion from the management page", async () => {
    await page.goto(`${t.url}/hyr`);
    await page.getByLabel("Përdoruesi").fill("sekretaria");
    await page.getByLabel("Fjalëkalimi").fill("sekretaria");
    await page.getByRole("button", { name: "Hyr" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/hyr"));
    const territory = (await t.gql("{ committees { id name } }")).data.committees.find((c: any) => c.name.startsWith("Komisioni i Territorit"));
    await page.goto(`${t.url}/komisionet/menaxho?komisioni=${territory.id}`);
    await page.getByRole("heading", { level: 1, name: "Menaxhimi i komisioneve" }).waitFor();
    const form = page.getByRole("group", { name: "Regjistro mendimin e komisionit për një pikë të Këshillit" });
    await form.waitFor();
    await form.getByLabel("Mbledhja e Këshillit").selectOption({ label: TODAY });
    await form.getByLabel("Pika e rendit të ditës").selectOption({ index: 3 });
    await form.getByLabel("Mendimi", { exact: true }).selectOption({ label: "Negativ" });
    await form.getByLabel("Teksti i relacionit").fill("Komisioni nuk e mbështet rishikimin e tarifave pa studim të kostos.");
    await form.getByRole("button", { name: "Regjistro mendimin" }).click();
    await form.getByText("Mendimi u regjistrua.").waitFor();
    await expectNoSeriousA11yViolations(page, "/komisionet/menaxho");
    const r = await t.gql("{ committee(id: \"" + territory.id + "\") { opinions { opinion text agendaItemTitle } } }");
    expect(r.data.committee.opinions).toContainEqual(expect.objectContaining({ opinion: "UNFAVOURABLE", agendaItemTitle: "Projektvendim për rishikimin e tarifave të shërbimit të pastrimit" }));
  });
});
