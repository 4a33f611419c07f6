import net from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, startTestServer, type TestServer } from "../support/server.js";
import { buildWebClient, launchChromium } from "./browser.js";

/**
 * Issue "Live dashboard at scale", point 3: catch-up after a drop. The public
 * dashboard is open while the server goes down; while it is down the vote is
 * decided (through another instance on the same database, so the page cannot
 * have received it live); the server comes back on the same port, and the page
 * shows the result within the client's reconnect back-off, without a reload.
 */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); });
  });
}

describe("the public dashboard after the server restarts", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let webDist: string;
  let port: number;
  const servers: TestServer[] = [];
  let browser: Browser;
  let page: Page;
  const start = async (p: number) => {
    const s = await startTestServer({ databaseUrl: db.url, webDist, env: { PORT: String(p) } });
    servers.push(s);
    return s;
  };

  beforeAll(async () => {
    webDist = await buildWebClient();
    db = await freshDatabase();
    port = await freePort();
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: "sq-AL" })).newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.stop().catch(() => {});
    await db?.drop();
  });

  it("shows a vote result decided while it was disconnected, without a reload", async () => {
    const first = await start(port);
    const sec = await first.login("sekretaria");
    const gql = async (query: string, variables: Record<string, unknown>, t: TestServer = first) => {
      const r = await t.gql(query, variables, sec);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data;
    };
    const councillors: { id: string; fullName: string }[] = (await gql("{ councillors { id fullName } }", {})).councillors;
    const live = (await gql("{ liveSession { id title agenda { id } } }", {})).liveSession;
    await gql("mutation($id: ID!) { startSession(sessionId: $id) { id } }", { id: live.id });
    for (const c of councillors) {
      await gql("mutation($i: AttendanceInput!) { recordAttendance(input: $i) { id } }", { i: { sessionId: live.id, councillorId: c.id, status: "PRESENT" } });
    }
    await gql("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: live.agenda[1].id });
    const voteId = (await gql("mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }", { i: { agendaItemId: live.agenda[1].id, majority: "SIMPLE" } })).openVote.id;
    const cast = (t: TestServer, c: { id: string }, choice: string) =>
      gql("mutation($i: BallotInput!) { castBallot(input: $i) { id } }", { i: { voteId, choice, councillorId: c.id } }, t);
    await cast(first, councillors[0], "FOR");

    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole("heading", { level: 1, name: live.title }).waitFor();
    const votePanel = page.getByRole("region", { name: "Votimi" });
    await expect.poll(async () => tallyOf(await votePanel.innerText()), { timeout: 10_000 }).toMatchObject({ Për: 1 });
    // The page is subscribed: a live ballot reaches it.
    await cast(first, councillors[1], "FOR");
    await expect.poll(async () => tallyOf(await votePanel.innerText()), { timeout: 10_000 }).toMatchObject({ Për: 2 });
    let navigations = 0;
    page.on("framenavigated", (f) => { if (f === page.mainFrame()) navigations++; });

    // The server goes down under the page.
    await first.stop();
    await page.getByText("Po rilidhet…").first().waitFor({ timeout: 10_000 });

    // While it is down, the vote is decided elsewhere (another instance, same database, another port).
    const other = await start(await freePort());
    for (const c of councillors.slice(2, 30)) await cast(other, c, "FOR");
    await cast(other, councillors[30], "AGAINST");
    await gql("mutation($id: ID!) { closeVote(voteId: $id) { id outcome } }", { id: voteId }, other);
    await other.stop();
    // The page, still disconnected, cannot know it yet: whatever it shows next comes from catching up.
    expect(tallyOf(await votePanel.innerText())).toMatchObject({ Për: 2 });
    expect(await page.getByText("MIRATUAR").count()).toBe(0);

    // The server comes back on the same port: the page catches up on its own.
    const restarted = Date.now();
    await start(port);
    await page.getByText("MIRATUAR").first().waitFor({ timeout: 10_000 });
    await expect.poll(async () => tallyOf(await votePanel.innerText()), { timeout: 10_000 }).toMatchObject({ Për: 30, Kundër: 1 });
    expect(Date.now() - restarted).toBeLessThan(10_000);
    expect(navigations).toBe(0);
  }, 120_000);
});

/** "Për\n2\nKundër\n1…" → { Për: 2, Kundër: 1, … } from the tally's legend (as in live-session.test.ts). */
function tallyOf(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  for (let i = 0; i < lines.length - 1; i++) {
    if (/^\d+$/.test(lines[i + 1]) && !(lines[i] in out)) out[lines[i]] = Number(lines[i + 1]);
  }
  return out;
}
