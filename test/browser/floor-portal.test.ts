import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "sq-AL" };
const THIRD_PARTY = /youtube|youtube-nocookie|ytimg|google/i;
const RECUSED = "Jeni përjashtuar nga kjo pikë për shkak të deklaratës së interesit: nuk mund të kërkoni fjalën.";

/**
 * Issue 13, points 3 and 6: a councillor asks for the floor from a phone, sees
 * their place, their own countdown while speaking, and withdraws; the public
 * dashboard follows the speaker and the queue live; a recused councillor is told
 * why they cannot ask; the live stream loads nothing from the provider until
 * the viewer presses play.
 */
describe("the floor from the councillor's phone, on the public dashboard, and the live stream", () => {
  let t: TestServer;
  let browser: Browser;
  let sec: string;
  let sessionId: string;
  let itemId: string;
  let kd05: { id: string; fullName: string };

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();

    // A running sitting through the API: started, 30 present (kd05 and kd06 among them), the first item current.
    sec = await t.login("sekretaria");
    const live = (await t.gql("{ liveSession { id agenda { id position } } }", {}, sec)).data.liveSession;
    sessionId = live.id;
    itemId = [...live.agenda].sort((a: { position: number }, b: { position: number }) => a.position - b.position)[0].id;
    const me = async (token: string) => (await t.gql("{ me { councillor { id fullName } } }", {}, token)).data.me.councillor;
    kd05 = await me(await t.login("kd05"));
    const kd06Token = await t.login("kd06");
    const kd06 = await me(kd06Token);
    const others = ((await t.gql("{ councillors { id } }", {}, sec)).data.councillors as { id: string }[])
      .map((c) => c.id).filter((id) => id !== kd05.id && id !== kd06.id);
    const ok = (r: { errors?: unknown }) => expect(r.errors).toBeUndefined();
    ok(await t.gql("mutation($id: ID!) { startSession(sessionId: $id) { id } }", { id: sessionId }, sec));
    ok(await t.gql("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { id } }",
      { i: { sessionId, councillorIds: [kd05.id, kd06.id, ...others.slice(0, 28)], status: "PRESENT" } }, sec));
    ok(await t.gql("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: itemId }, sec));
    ok(await t.gql("mutation($i: DeclarationInput!) { fileDeclaration(input: $i) { id } }",
      { i: { agendaItemId: itemId, interestType: "FAMILY", description: "Vëllai im është ofertues në këtë procedurë.", recused: true } }, kd06Token));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function logIn(page: Page, username: string) {
    await page.goto(`${t.url}/hyr`);
    await page.getByLabel("Përdoruesi").fill(username);
    await page.getByLabel("Fjalëkalimi").fill("kuvend");
    await page.getByRole("button", { name: "Hyr" }).click();
    await page.waitForURL(/\/keshilltari/);
  }

  const speakerIdOf = async (councillorId: string, status: string): Promise<string> => {
    const session = (await t.gql("query($id: ID!) { session(id: $id) { agenda { id speakers { id status councillor { id } } } } }", { id: sessionId })).data.session;
    const speakers = session.agenda.find((i: { id: string }) => i.id === itemId).speakers as { id: string; status: string; councillor: { id: string } }[];
    return speakers.find((s) => s.councillor.id === councillorId && s.status === status)!.id;
  };

  it("asks, speaks, withdraws; the dashboard follows; the recused are told why; the stream waits for a click", async () => {
    // The public dashboard, watching every request it makes.
    const publicPage = await (await browser.newContext({ locale: "sq-AL" })).newPage();
    const thirdParty: string[] = [];
    publicPage.on("request", (r) => { if (THIRD_PARTY.test(new URL(r.url()).hostname)) thirdParty.push(r.url()); });
    let navigations = 0;
    publicPage.on("framenavigated", (f) => { if (f === publicPage.mainFrame()) navigations++; });
    await publicPage.goto(`${t.url}/`);
    const floor = publicPage.getByRole("region", { name: "Fjala" });
    await floor.getByText("Askush nuk ka kërkuar fjalën").waitFor();
    navigations = 0;

    // kd05 on a phone asks for the floor: a contribution.
    const phone = await (await browser.newContext(PHONE)).newPage();
    await logIn(phone, "kd05");
    const mine = phone.getByRole("region", { name: "Fjala" });
    const ask = mine.getByRole("button", { name: "Kërko fjalën" });
    await ask.waitFor();
    const box = await ask.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await mine.getByRole("radio", { name: "Diskutim" }).check();
    await ask.click();
    await mine.getByText("Vendi juaj në radhë: 1", { exact: false }).waitFor();
    await mine.getByRole("button", { name: "Tërhiq kërkesën" }).waitFor();

    // The public page has it, without a reload.
    const queue = floor.getByRole("list");
    await queue.getByText(kd05.fullName).waitFor();
    expect(await queue.innerText()).toContain("Diskutim");

    // The secretariat gives kd05 the floor.
    const first = await speakerIdOf(kd05.id, "WAITING");
    expect((await t.gql("mutation($id: ID!) { startSpeech(speakerId: $id) { id } }", { id: first }, sec)).errors).toBeUndefined();
    await mine.getByText("Keni fjalën").waitFor();
    const myTimer = mine.getByRole("timer");
    await expect.poll(async () => Number(await myTimer.getAttribute("data-remaining"))).toBeGreaterThan(200); // 5 min for a contribution
    expect(await myTimer.innerText()).toMatch(/^\d+:\d\d/);
    await floor.getByText(kd05.fullName).waitFor();
    expect(await floor.getByRole("timer").count()).toBe(1);
    await floor.getByRole("heading", { name: "Në fjalë" }).waitFor();
    await floor.getByText("Askush tjetër nuk ka kërkuar fjalën").waitFor();
    expect(await floor.getByRole("list").count()).toBe(0); // nobody else waiting
    await expectNoSeriousA11yViolations(phone, "councillor portal, speaking (phone)");

    // The speech ends; kd05 asks again (a reply) and withdraws.
    expect((await t.gql("mutation($id: ID!) { endSpeech(speakerId: $id) { id } }", { id: first }, sec)).errors).toBeUndefined();
    await floor.getByText("Askush nuk është në fjalë tani.").waitFor();
    await mine.getByRole("radio", { name: "Replikë" }).check();
    await mine.getByRole("button", { name: "Kërko fjalën" }).click();
    await mine.getByText("Vendi juaj në radhë: 1", { exact: false }).waitFor();
    await queue.getByText("Replikë").waitFor();
    await mine.getByRole("button", { name: "Tërhiq kërkesën" }).click();
    await mine.getByRole("button", { name: "Kërko fjalën" }).waitFor();
    await floor.getByText("Askush nuk ka kërkuar fjalën").waitFor();
    expect(await floor.getByText(kd05.fullName).count()).toBe(0);

    // kd06, recused on the item, sees the button disabled and why, in words.
    const kd06Page = await (await browser.newContext(PHONE)).newPage();
    await logIn(kd06Page, "kd06");
    const theirs = kd06Page.getByRole("region", { name: "Fjala" });
    const refused = theirs.getByRole("button", { name: "Kërko fjalën" });
    await refused.waitFor();
    expect(await refused.isDisabled()).toBe(true);
    const reasonId = await refused.getAttribute("aria-describedby");
    expect(reasonId).toBeTruthy();
    expect((await kd06Page.locator(`[id="${reasonId}"]`).innerText()).trim()).toBe(RECUSED);

    // The live stream: a placeholder, nothing from YouTube until the viewer presses play.
    const set = await t.gql("mutation($id: ID!, $u: String) { setStreamUrl(sessionId: $id, url: $u) { id } }",
      { id: sessionId, u: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" }, sec);
    expect(set.errors).toBeUndefined();
    const stream = publicPage.getByRole("region", { name: "Transmetimi i drejtpërdrejtë" });
    const play = stream.getByRole("button", { name: "Shiko transmetimin e drejtpërdrejtë" });
    await play.waitFor();
    expect(await stream.innerText()).toContain("YouTube"); // the privacy note names the provider
    expect(await stream.getByRole("link", { name: "Hap në YouTube" }).getAttribute("href")).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    expect(await publicPage.locator("iframe").count()).toBe(0);
    await expectNoSeriousA11yViolations(publicPage, "public dashboard with the floor and the stream placeholder");
    expect(thirdParty).toEqual([]);
    await play.click();
    const frame = stream.locator("iframe");
    await frame.waitFor({ state: "attached" });
    expect(new URL((await frame.getAttribute("src"))!).hostname).toBe("www.youtube-nocookie.com");
    expect(await frame.getAttribute("title")).toBeTruthy();
    expect(navigations).toBe(0); // everything on the dashboard arrived live
  });

  it("lets the ADMIN set the council's speaking times, which new requests take", async () => {
    const page = await (await browser.newContext({ locale: "sq-AL" })).newPage();
    await page.goto(`${t.url}/hyr`);
    await page.getByLabel("Përdoruesi").fill("admin");
    await page.getByLabel("Fjalëkalimi").fill("admin");
    await page.getByRole("button", { name: "Hyr" }).click();
    await page.getByRole("link", { name: "Koha e fjalës" }).click();
    await page.getByRole("heading", { level: 1, name: "Koha e fjalës" }).waitFor();
    const contribution = page.getByLabel("Diskutim");
    expect(await contribution.inputValue()).toBe("300");
    await contribution.fill("240");
    await page.getByRole("button", { name: "Ruaj kohët" }).click();
    await page.getByText("Kohët e fjalës u ruajtën.").waitFor();
    expect((await t.gql("{ speakingTimes { contribution reply pointOfOrder } }")).data.speakingTimes).toEqual({ contribution: 240, reply: 120, pointOfOrder: 60 });
    // A value the server refuses (the browser's own check bypassed) is explained next to the form, and nothing changes.
    await contribution.evaluate((el: HTMLInputElement) => { el.removeAttribute("min"); });
    await contribution.fill("5");
    await page.getByRole("button", { name: "Ruaj kohët" }).click();
    await page.getByRole("alert").filter({ hasText: "10" }).waitFor();
    expect((await t.gql("{ speakingTimes { contribution } }")).data.speakingTimes.contribution).toBe(240);
    await expectNoSeriousA11yViolations(page, "speaking-times settings");
    const kd07 = await t.login("kd07");
    const kd07Id = (await t.gql("{ me { councillor { id } } }", {}, kd07)).data.me.councillor.id;
    await t.gql("mutation($i: AttendanceInput!) { recordAttendance(input: $i) { id } }", { i: { sessionId, councillorId: kd07Id, status: "PRESENT" } }, sec);
    const asked = await t.gql("mutation($i: FloorRequestInput!) { requestFloor(input: $i) { allottedSeconds } }", { i: { agendaItemId: itemId, kind: "CONTRIBUTION" } }, kd07);
    expect(asked.data.requestFloor.allottedSeconds).toBe(240);
  });
});
