import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

const DESK = { viewport: { width: 1366, height: 768 }, locale: "sq-AL" };
const SCREENSHOT = "/tmp/k/console-1366.png";

/**
 * Issue 13, point 5: the secretariat runs a whole item of a running sitting
 * from the one-screen console at 1366×768, and the page never scrolls: two
 * councillors ask for the floor (on their phones: here through the API), the
 * operator gives it with the N key, the countdown runs, "Tjetri" gives it to
 * the second, the vote is opened, ballots arrive, the vote is closed and the
 * result shows. Every control used is on screen and not covered.
 */
describe("the secretariat's one-screen console: speakers list and vote at 1366×768", () => {
  let t: TestServer;
  let browser: Browser;
  let sec: string;
  let sessionId: string;
  let itemId: string;
  let itemTitle: string;
  const voters: { id: string; fullName: string; token: string }[] = [];

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();

    // A running sitting through the API: started, 30 present (kd01..kd08 among them), the first item current.
    sec = await t.login("sekretaria");
    const live = (await t.gql("{ liveSession { id agenda { id position title } } }", {}, sec)).data.liveSession;
    sessionId = live.id;
    const first = [...live.agenda].sort((a: { position: number }, b: { position: number }) => a.position - b.position)[0];
    itemId = first.id;
    itemTitle = first.title;
    for (const username of ["kd01", "kd02", "kd03", "kd04", "kd05", "kd06", "kd07", "kd08"]) {
      const token = await t.login(username);
      const me = (await t.gql("{ me { councillor { id fullName } } }", {}, token)).data.me.councillor;
      voters.push({ ...me, token });
    }
    const mine = new Set(voters.map((v) => v.id));
    const others = ((await t.gql("{ councillors { id } }", {}, sec)).data.councillors as { id: string }[])
      .map((c) => c.id).filter((id) => !mine.has(id));
    const ok = (r: { errors?: unknown }) => expect(r.errors).toBeUndefined();
    ok(await t.gql("mutation($id: ID!) { startSession(sessionId: $id) { id } }", { id: sessionId }, sec));
    ok(await t.gql("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { id } }",
      { i: { sessionId, councillorIds: [...mine, ...others.slice(0, 22)], status: "PRESENT" } }, sec));
    ok(await t.gql("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: itemId }, sec));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function partyOf(councillorId: string): Promise<string> {
    const all = (await t.gql("{ councillors { id party } }", {}, sec)).data.councillors as { id: string; party: string }[];
    return all.find((c) => c.id === councillorId)!.party;
  }

  /** No page scroll, and each control is on screen and not covered: the element at its centre is it (or inside it). */
  async function expectOnOneScreen(page: Page, step: string, controls: Locator[]) {
    const { scrollHeight, innerHeight } = await page.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, innerHeight: window.innerHeight }));
    expect(scrollHeight, `${step}: page scroll height`).toBeLessThanOrEqual(innerHeight);
    for (const control of controls) {
      await control.waitFor();
      const visible = await control.evaluate((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return "no size";
        if (box.top < 0 || box.left < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth) return `outside the viewport ${JSON.stringify(box)}`;
        const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return atCentre && (atCentre === el || el.contains(atCentre)) ? "ok" : `covered by ${atCentre?.outerHTML.slice(0, 80)}`;
      });
      expect(visible, `${step}: ${control.toString()}`).toBe("ok");
    }
  }

  it("runs an item: two speakers by keyboard and Tjetri, a vote opened, ballots, closed, the result", async () => {
    const page = await (await browser.newContext(DESK)).newPage();
    // The secretariat logs in through the UI and opens the sitting's console.
    await page.goto(`${t.url}/hyr`);
    await page.getByLabel("Përdoruesi").fill("sekretaria");
    await page.getByLabel("Fjalëkalimi").fill("sekretaria");
    await page.getByRole("button", { name: "Hyr" }).click();
    await page.waitForURL(/\/konsola/);
    await page.goto(`${t.url}/konsola/${sessionId}`);

    const floor = page.getByRole("region", { name: "Lista e folësve" });
    const nextButton = floor.getByRole("button", { name: "Tjetri" });
    const endButton = floor.getByRole("button", { name: "Mbyll fjalën" });
    const addButton = floor.getByRole("button", { name: "Shto në listë" });
    const suspend = page.getByRole("button", { name: "Pezullo seancën" });
    const quorum = page.getByRole("region", { name: "Kuorumi" });
    const help = page.getByRole("region", { name: "Shkurtoret e tastierës" });
    await floor.getByText("Askush nuk ka kërkuar fjalën.").waitFor();
    await page.getByText(`Pika 1: ${itemTitle}`).first().waitFor();
    await quorum.getByText("Ka kuorum").waitFor();
    await expectOnOneScreen(page, "opened", [suspend, quorum, nextButton, endButton, addButton, help,
      page.getByRole("tab", { name: "Prania" }), page.getByRole("button", { name: "Hap votimin" })]);
    expect(await nextButton.isDisabled()).toBe(true); // nobody waiting
    expect(await help.innerText()).toMatch(/N\s*Tjetri/);

    // Two councillors ask for the floor from their phones.
    const [first, second] = [voters[4]!, voters[6]!];
    for (const who of [first, second]) {
      const r = await t.gql("mutation($i: FloorRequestInput!) { requestFloor(input: $i) { id } }", { i: { agendaItemId: itemId, kind: "CONTRIBUTION" } }, who.token);
      expect(r.errors).toBeUndefined();
    }
    const queue = floor.getByRole("list").first();
    await queue.getByText(second.fullName, { exact: true }).waitFor();
    const rows = await queue.getByRole("listitem").allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(first.fullName);
    expect(rows[0]).toContain("Diskutim");
    expect(rows[1]).toContain(second.fullName);
    const giveFirst = queue.getByRole("button", { name: `Jep fjalën: ${first.fullName}` });
    await expectOnOneScreen(page, "two waiting", [nextButton, giveFirst, queue.getByRole("button", { name: `Tërhiq: ${second.fullName}` })]);

    // A key typed in a field is only text: "n" in the limit field starts nothing and is refused as a time.
    const limitField = floor.getByLabel("Kufi tjetër (min:sek)");
    await limitField.fill("n");
    await limitField.press("n");
    await giveFirst.click();
    await floor.getByText("Shkruani minuta (3) ose minuta:sekonda (2:30).").waitFor();
    const speaking = async () => (await t.gql("query($id: ID!) { session(id: $id) { currentSpeaker { id } } }", { id: sessionId }, sec)).data.session.currentSpeaker;
    expect(await speaking()).toBeNull();
    await limitField.fill("");

    // A request on a present councillor's behalf, then withdrawn from the list.
    const behalf = voters[0]!;
    await floor.getByLabel("Këshilltari/ja (të pranishëm)").selectOption({ label: `${behalf.fullName} (${await partyOf(behalf.id)})` });
    await floor.getByLabel("Lloji").selectOption({ label: "Replikë" });
    await addButton.click();
    const behalfRow = queue.getByRole("listitem").filter({ hasText: behalf.fullName });
    await behalfRow.getByText("Replikë").waitFor();
    await expectOnOneScreen(page, "three waiting", [nextButton, addButton, behalfRow.getByRole("button", { name: `Tërhiq: ${behalf.fullName}` })]);
    await behalfRow.getByRole("button", { name: `Tërhiq: ${behalf.fullName}` }).click();
    await expect.poll(() => queue.getByRole("listitem").count()).toBe(2);

    // The operator gives the floor to the first with the N key (focus on no field).
    await page.locator("body").click({ position: { x: 5, y: 760 } });
    await page.keyboard.press("n");
    const current = floor.locator(".floor-console__current");
    await current.getByText(first.fullName).waitFor();
    const timer = floor.getByRole("timer");
    await expect.poll(async () => Number(await timer.getAttribute("data-remaining"))).toBeGreaterThan(200); // a contribution has 5 minutes
    expect(await timer.innerText()).toMatch(/^\d+:\d\d/);
    await expectOnOneScreen(page, "first speaking", [timer, endButton, nextButton]);

    // "Tjetri" gives the floor to the second; the server ends the first's speech.
    await nextButton.click();
    await current.getByText(second.fullName).waitFor();
    await floor.getByText("Askush nuk ka kërkuar fjalën.").waitFor();
    await floor.getByText("Folën ose u tërhoqën (2)").waitFor(); // the first, done; the request withdrawn
    await expectOnOneScreen(page, "second speaking", [timer, endButton]);

    // The stream's address, from the bar: http is refused before it is sent; https is saved.
    const stream = page.getByText("Transmetimi: pa adresë");
    await expectOnOneScreen(page, "stream", [stream]);
    await stream.click();
    const streamField = page.getByLabel("Adresa e transmetimit");
    await streamField.fill("http://example.org/live");
    await page.getByRole("button", { name: "Ruaj adresën" }).click();
    await page.getByText("Adresa duhet të fillojë me https://").waitFor();
    await streamField.fill("https://www.youtube.com/watch?v=abc123");
    await page.getByRole("button", { name: "Ruaj adresën" }).click();
    await page.getByText("Transmetimi: www.youtube.com").waitFor();
    expect((await t.gql("query($id: ID!) { session(id: $id) { streamUrl } }", { id: sessionId })).data.session.streamUrl).toBe("https://www.youtube.com/watch?v=abc123");
    await expectOnOneScreen(page, "stream saved", [timer, endButton]);

    // The vote, from the existing vote console: opening it ends the speech in progress.
    const openVote = page.getByRole("button", { name: "Hap votimin" });
    await page.getByLabel("Shumica e kërkuar").selectOption("SIMPLE");
    await expectOnOneScreen(page, "before the vote", [openVote, page.getByLabel("Shumica e kërkuar")]);
    await openVote.click();
    const closeVote = page.getByRole("button", { name: "Mbyll votimin" });
    await closeVote.waitFor();
    await floor.getByText("Askush nuk është në fjalë.").waitFor();

    // Ballots arrive from the councillors' phones; the tally on the console follows.
    const voteId = (await t.gql("query($id: ID!) { session(id: $id) { agenda { id votes { id status } } } }", { id: sessionId }, sec))
      .data.session.agenda.find((i: { id: string }) => i.id === itemId).votes.find((v: { status: string }) => v.status === "OPEN").id;
    const choices = ["FOR", "FOR", "FOR", "FOR", "FOR", "AGAINST", "AGAINST", "ABSTAIN"];
    for (const [index, voter] of voters.entries()) {
      const r = await t.gql("mutation($i: BallotInput!) { castBallot(input: $i) { id } }", { i: { voteId, choice: choices[index] } }, voter.token);
      expect(r.errors).toBeUndefined();
    }
    const voteRegion = page.getByRole("region", { name: "Pika aktuale dhe votimi" });
    await expect.poll(() => voteRegion.getByRole("group", { name: voters[0]!.fullName }).getByRole("button", { name: "Për", exact: true }).getAttribute("aria-pressed")).toBe("true");
    await expectOnOneScreen(page, "vote open", [closeVote, voteRegion.locator(".vote-tally").first(), suspend, quorum]);
    await page.screenshot({ path: SCREENSHOT });
    await expectNoSeriousA11yViolations(page, "/konsola/:id at 1366×768, vote open");

    // The vote is closed; the result shows where the vote was.
    await closeVote.click();
    await voteRegion.getByText("MIRATUAR").waitFor();
    await expectOnOneScreen(page, "result", [voteRegion.getByText("MIRATUAR"), openVote]);

    // The attendance grid and the other panels are one tab away, still without a page scroll.
    await page.getByRole("tab", { name: "Rendi i ditës" }).click();
    await page.getByRole("button", { name: "Shto pikën" }).waitFor();
    await expectOnOneScreen(page, "agenda tab", [page.getByRole("tab", { name: "Prania" })]);
    await page.getByRole("tab", { name: "Prania" }).click();
    await expectOnOneScreen(page, "attendance tab", [page.getByRole("button", { name: "Shëno të gjithë prezent" })]);
    await expectNoSeriousA11yViolations(page, "/konsola/:id at 1366×768, vote closed");
  }, 120_000);
});
