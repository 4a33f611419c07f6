import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type GqlResult, type TestServer } from "../support/server.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

const TODAY = "Mbledhja e Këshillit Bashkiak nr. 11"; // the demo session scheduled for today
/** Where to save screenshots for a look (optional): CHAMBER_SCREENSHOTS=/tmp/k */
const SHOTS = process.env.CHAMBER_SCREENSHOTS;

/**
 * Issue 13, point 4: the chamber display [ekrani i sallës] on the hall's
 * projector. Empty while nothing sits; then, without a reload, a request for
 * the floor, the speech's countdown, the open vote's board of every seat, the
 * result; never a scrollbar at 1080p or 4K, and no serious accessibility fault.
 */
describe("the chamber display", () => {
  let t: TestServer;
  let browser: Browser;
  let sec: string;

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();
    sec = await t.login("sekretaria");
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  /** A GraphQL answer without errors: its data. */
  const ok = (r: GqlResult): NonNullable<GqlResult["data"]> => {
    expect(r.errors).toBeUndefined();
    return r.data;
  };

  async function projector(width: number, height: number): Promise<Page> {
    return (await browser.newContext({ locale: "sq-AL", viewport: { width, height } })).newPage();
  }

  async function expectNoScroll(page: Page, label: string) {
    const size = await page.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
    }));
    expect(size.scrollHeight, `${label}: scrolls down`).toBeLessThanOrEqual(size.innerHeight);
    expect(size.scrollWidth, `${label}: scrolls sideways`).toBeLessThanOrEqual(size.innerWidth);
  }

  it("shows a calm screen with the next session while nothing sits", async () => {
    const page = await projector(1920, 1080);
    await page.goto(`${t.url}/salla`);
    await page.getByRole("heading", { level: 1, name: "Nuk ka seancë në vazhdim" }).waitFor();
    await page.getByText("Seanca e ardhshme").waitFor();
    await page.getByText(TODAY).waitFor();
    expect(await page.locator(".site-header, nav").count()).toBe(0); // no navigation chrome
    await expectNoScroll(page, "empty, 1920×1080");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/chamber-1920-empty.png` });
    await page.context().close();
  });

  it("follows the floor and the vote live, fits 1080p and 4K, and is accessible", async () => {
    // The sitting through the API: today's session started, 30 present (kd05 among them), item 1 current.
    const live = ok(await t.gql("{ liveSession { id title agenda { id position title } } }", {}, sec)).liveSession;
    expect(live.title).toBe(TODAY);
    const sessionId: string = live.id;
    const first = [...live.agenda].sort((a: { position: number }, b: { position: number }) => a.position - b.position)[0];
    const kd05Token = await t.login("kd05");
    const kd05 = ok(await t.gql("{ me { councillor { id fullName } } }", {}, kd05Token)).me.councillor as { id: string; fullName: string };
    const others = (ok(await t.gql("{ councillors { id } }", {}, sec)).councillors as { id: string }[]).map((c) => c.id).filter((id) => id !== kd05.id);
    ok(await t.gql("mutation($id: ID!) { startSession(sessionId: $id) { id } }", { id: sessionId }, sec));
    ok(await t.gql("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { id } }",
      { i: { sessionId, councillorIds: [kd05.id, ...others.slice(0, 29)], status: "PRESENT" } }, sec));
    ok(await t.gql("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: first.id }, sec));
    const seated = (ok(await t.gql("query($id: ID!) { session(id: $id) { attendance { councillor { id } } } }", { id: sessionId })).session.attendance as unknown[]).length;
    expect(seated).toBe(51);

    const page = await projector(1920, 1080);
    let navigations = 0;
    page.on("framenavigated", (f) => { if (f === page.mainFrame()) navigations++; });
    await page.goto(`${t.url}/salla/${sessionId}`);
    await page.getByRole("heading", { level: 1, name: TODAY }).waitFor();
    await page.getByRole("heading", { level: 2, name: first.title }).waitFor();
    const quorum = page.getByRole("region", { name: "Kuorumi" });
    await quorum.getByText("Ka kuorum").waitFor();
    expect(await quorum.innerText()).toMatch(/30\s+të pranishëm\s*\/\s*26\s+kërkohen/);
    await page.getByText("Askush nuk ka kërkuar fjalën.").waitFor();
    await page.waitForFunction(() => document.querySelector(".chamber__stale") === null); // live
    navigations = 0;

    // kd05 asks for the floor from their own device: on the wall within 2 s, without a reload.
    const queue = page.getByRole("region", { name: "Në radhë" });
    const asked = Date.now();
    const request = ok(await t.gql("mutation($i: FloorRequestInput!) { requestFloor(input: $i) { id } }",
      { i: { agendaItemId: first.id, kind: "CONTRIBUTION" } }, kd05Token)).requestFloor as { id: string };
    await queue.getByText(kd05.fullName).waitFor({ timeout: 2000 });
    expect(Date.now() - asked).toBeLessThan(2000);
    expect(await queue.innerText()).toContain("Diskutim");

    // The secretariat gives them the floor with 65 seconds: the countdown runs down.
    ok(await t.gql("mutation($id: ID!) { startSpeech(speakerId: $id, allottedSeconds: 65) { id } }", { id: request.id }, sec));
    const speaker = page.getByRole("region", { name: "Në fjalë" });
    await speaker.getByText(kd05.fullName).waitFor();
    await queue.getByText("Askush nuk ka kërkuar fjalën.").waitFor();
    const timer = speaker.getByRole("timer");
    const before = Number(await timer.getAttribute("data-remaining"));
    const shownBefore = await timer.innerText();
    await page.waitForTimeout(2200);
    const after = Number(await timer.getAttribute("data-remaining"));
    expect(before).toBeLessThanOrEqual(65);
    expect(after).toBeLessThan(before);
    expect(shownBefore).toMatch(/^(1:0[0-5]|0:[0-5]\d)$/);
    expect(await timer.innerText()).not.toBe(shownBefore);

    // Six more ask through the secretariat, a point of order among them: it heads the queue, five show, one more is counted.
    const kinds = ["CONTRIBUTION", "REPLY", "CONTRIBUTION", "POINT_OF_ORDER", "CONTRIBUTION", "CONTRIBUTION"];
    for (const [n, kind] of kinds.entries()) {
      ok(await t.gql("mutation($i: FloorRequestInput!) { requestFloor(input: $i) { id } }",
        { i: { agendaItemId: first.id, kind, councillorId: others[2 + n] } }, sec));
    }
    await queue.getByText("+ 1 të tjerë në radhë").waitFor();
    const rows = queue.getByRole("listitem");
    expect(await rows.count()).toBe(5);
    expect(await rows.first().innerText()).toContain("Çështje procedurale");
    expect(await queue.innerText()).toContain("Replikë");
    await expectNoScroll(page, "speech, 1920×1080");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/chamber-1920.png` });
    await page.setViewportSize({ width: 3840, height: 2160 });
    await expectNoScroll(page, "speech, 3840×2160");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/chamber-3840-speech.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });

    // A vote opens: the speech ends, the board shows every seat, a ballot colours kd05's seat with its mark and word.
    const vote = ok(await t.gql("mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }",
      { i: { agendaItemId: first.id, majority: "SIMPLE" } }, sec)).openVote as { id: string };
    await page.getByRole("heading", { name: "Votimi është i hapur" }).waitFor();
    expect(await page.getByRole("timer").count()).toBe(0);
    const board = page.getByRole("region", { name: "Vota e secilit këshilltar" });
    const seats = board.getByRole("listitem");
    expect(await seats.count()).toBe(seated);
    const seat = board.locator(`[data-councillor="${kd05.id}"]`);
    expect(await seat.getAttribute("data-state")).toBe("NOT_VOTED");
    expect(await seats.filter({ hasText: "Mungon" }).count()).toBe(seated - 30); // absent seats say so
    ok(await t.gql("mutation($i: BallotInput!) { castBallot(input: $i) { id } }", { i: { voteId: vote.id, choice: "FOR" } }, kd05Token));
    await expect.poll(() => seat.getAttribute("data-state"), { timeout: 3000 }).toBe("FOR");
    expect(await seat.innerText()).toContain("✔");
    expect(await seat.textContent()).toContain("Për"); // the word for screen readers, beside the mark
    expect(await seat.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
      await board.locator(`[data-state="NOT_VOTED"]`).first().evaluate((el) => getComputedStyle(el).backgroundColor),
    );
    for (const [id, choice] of [[others[0], "AGAINST"], [others[1], "FOR"]]) {
      ok(await t.gql("mutation($i: BallotInput!) { castBallot(input: $i) { id } }", { i: { voteId: vote.id, choice, councillorId: id } }, sec));
    }
    const tally = page.getByRole("region", { name: "Votimi është i hapur" });
    await expect.poll(async () => tallyOf(await tally.innerText()), { timeout: 3000 }).toMatchObject({ Për: 2, Kundër: 1, Abstenim: 0, "Pa votuar": 48 });
    await expectNoScroll(page, "vote, 1920×1080");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/chamber-1920-vote.png` });
    await expectNoSeriousA11yViolations(page, "chamber display, open vote (1920×1080)");

    await page.setViewportSize({ width: 3840, height: 2160 });
    await expectNoScroll(page, "vote, 3840×2160");

    // The vote closes: the result banner, the rule in words and the numbers.
    ok(await t.gql("mutation($id: ID!) { closeVote(voteId: $id) { id } }", { id: vote.id }, sec));
    const result = page.getByRole("region", { name: "Rezultati i votimit" });
    await result.getByText("MIRATUAR").waitFor();
    const words = await result.innerText();
    expect(words).toContain("Shumicë e thjeshtë: më shumë se gjysma e votave të hedhura");
    expect(words).toContain("Vota Për: 2; nevojiteshin të paktën 2 (nga 3 të hedhura).");
    expect(tallyOf(words)).toMatchObject({ Për: 2, Kundër: 1, Abstenim: 0, "Të përjashtuar": 0, "Pa votuar": 48 });
    await expectNoScroll(page, "result, 3840×2160");
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectNoScroll(page, "result, 1920×1080");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/chamber-1920-result.png` });
    await expectNoSeriousA11yViolations(page, "chamber display, result (1920×1080)");
    expect(navigations).toBe(0); // everything arrived live
  });

  it("says so when the live connection drops, keeps the screen awake, and offers full screen from the keyboard", async () => {
    const page = await projector(1920, 1080);
    // A stand-in wake lock that records what is asked of it.
    await page.addInitScript(() => {
      const asked: string[] = [];
      (window as unknown as { wakeLocksAsked: string[] }).wakeLocksAsked = asked;
      const sentinel = { released: false, type: "screen", release: async () => undefined, addEventListener() {}, removeEventListener() {} };
      Object.defineProperty(navigator, "wakeLock", { configurable: true, value: { request: async (type: string) => { asked.push(type); return sentinel; } } });
    });
    // The live feed goes through the test: `cut` closes it and refuses reconnections.
    let cut = false;
    const sockets: { close(options?: { code?: number; reason?: string }): Promise<void> }[] = [];
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (cut) {
        void ws.close({ code: 1012, reason: "test: cut" });
        return;
      }
      ws.connectToServer();
      sockets.push(ws);
    });
    await page.goto(`${t.url}/salla`);
    await page.getByRole("heading", { level: 1, name: TODAY }).waitFor(); // the sitting is live now
    await page.getByRole("region", { name: "Rezultati i votimit" }).getByText("MIRATUAR").waitFor();
    await page.waitForFunction(() => document.querySelector(".chamber__stale") === null);
    expect(await page.evaluate(() => (window as unknown as { wakeLocksAsked: string[] }).wakeLocksAsked)).toContain("screen");

    // The connection drops: the screen says its data may be old, and since when.
    cut = true;
    for (const ws of sockets.splice(0)) await ws.close({ code: 1012, reason: "test: cut" });
    const stale = page.getByRole("alert").filter({ hasText: "Lidhja u ndërpre" });
    await stale.waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/chamber-1920-stale.png` });
    expect(await stale.innerText()).toMatch(/Lidhja u ndërpre — të dhënat mund të mos jenë të fundit \(përditësuar \d\d:\d\d:\d\d\)/);

    // Meanwhile the secretariat moves to item 2; once the feed is back the screen catches up and the warning goes.
    const agenda = ok(await t.gql("{ liveSession { agenda { id position title } } }")).liveSession.agenda as { id: string; position: number; title: string }[];
    const second = agenda.find((i) => i.position === 2)!;
    ok(await t.gql("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: second.id }, sec));
    cut = false;
    await page.getByRole("heading", { level: 2, name: second.title }).waitFor({ timeout: 15_000 });
    await stale.waitFor({ state: "detached", timeout: 15_000 });

    // The full-screen button: first in the tab order, and gone once in full screen.
    await page.keyboard.press("Tab");
    const button = page.getByRole("button", { name: "Ekran i plotë" });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await button.waitFor({ state: "detached" });
    await expectNoScroll(page, "full screen");
  });
});

/** "Për\n2\nKundër\n1…" → { Për: 2, Kundër: 1, … } from the tally's legend. */
function tallyOf(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  const lines = text.split("\n").map((l) => l.replace(/^[✔✖=⊘?–]\s*/, "").trim()).filter(Boolean);
  for (let i = 0; i < lines.length - 1; i++) {
    if (/^\d+$/.test(lines[i + 1]) && !/^\d+$/.test(lines[i]) && !(lines[i] in out)) out[lines[i]] = Number(lines[i + 1]);
  }
  return out;
}
