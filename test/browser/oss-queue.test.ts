import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { buildWebClient, launchChromium } from "./browser.js";

const REQUEST = `id reference status version dueAt slaState`;
type Req = { id: string; reference: string; status: string; version: number; dueAt: string; slaState: string };

/**
 * The One Stop Shop operator's queue in Chromium: a request registered through
 * the form joins the queue; requests registered and moved by another operator
 * (the API) show up and change on the open page without a reload; the rating
 * and the complaint after completion; and a request that passes its due moment
 * with nobody touching it turns "Tejkaluar" live, when the server's SLA clock
 * ticks. The server's One Stop Shop clock is the test's, ticked by hand.
 */
describe("the One Stop Shop queue, live", () => {
  let t: TestServer;
  let browser: Browser;
  let page: Page;
  let token: string;
  const clock = { now: new Date() };

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist, now: () => clock.now, slaTickMs: null });
    token = await t.login("oss");
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: "sq-AL" })).newPage();
    page.setDefaultTimeout(20_000); // a step that never comes fails by name, before the test's own limit
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const r = await t.gql<T>(query, variables, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  }

  const submit = (serviceTypeCode: string) =>
    api<{ submitServiceRequest: Req }>(`mutation($i: ServiceRequestInput!) { submitServiceRequest(input: $i) { ${REQUEST} } }`, {
      i: { serviceTypeCode, citizenGender: "MALE" },
    }).then((d) => d.submitServiceRequest);

  const move = (r: Req, status: string) =>
    api<{ setServiceRequestStatus: Req }>(
      `mutation($id: ID!, $s: ServiceRequestStatus!, $v: Int) { setServiceRequestStatus(id: $id, status: $s, expectedVersion: $v) { ${REQUEST} } }`,
      { id: r.id, s: status, v: r.version },
    ).then((d) => d.setServiceRequestStatus);

  /** The queue's row of one request, found by its reference (the row header). */
  const row = (reference: string): Locator => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: reference, exact: true }) });
  const table = (caption: RegExp): Locator => page.getByRole("table", { name: caption });

  it("shows the form's request, other operators' changes and the clock's breaches without a reload", async () => {
    // Not signed in: the desk asks for a sign-in, then comes back to /zyra.
    await page.goto(`${t.url}/zyra`);
    await page.getByRole("heading", { level: 1, name: "Hyni për të vazhduar" }).waitFor();
    await page.getByRole("link", { name: "Shko te hyrja" }).click();
    await page.getByLabel("Përdoruesi").fill("oss");
    await page.getByLabel("Fjalëkalimi").fill("oss");
    await page.getByRole("button", { name: "Hyr" }).click();
    await page.waitForURL(/\/zyra$/);
    await page.getByRole("heading", { level: 1, name: "Zyra me Një Ndalesë" }).waitFor();
    await table(/^Kërkesat e hapura/).waitFor();
    let navigations = 0;
    page.on("framenavigated", (f) => {
      if (f === page.mainFrame()) navigations++;
    });

    // 1. Register a request at the counter through the form.
    const form = page.getByRole("region", { name: "Regjistro kërkesë" });
    await form.getByLabel("Shërbimi").selectOption({ label: "Certifikatë familjare — 2 orë pune" });
    expect(await form.getByLabel("Zyra").inputValue()).toBe("ZNN-QENDER"); // the central office by default
    await form.getByLabel("Gjinia e qytetarit (nëse e jep)").selectOption({ label: "Grua" });
    await form.getByRole("button", { name: "Regjistro kërkesën" }).click();
    const registered = form.getByRole("status").filter({ hasText: "u regjistrua" });
    await registered.waitFor();
    const first = /Kërkesa (ZNN-\d{4}-\d{6}) u regjistrua/.exec(await registered.innerText())?.[1] ?? "";
    expect(first).not.toBe("");
    await row(first).waitFor();
    expect(await row(first).getByText("Në afat").count()).toBe(1);
    expect(await row(first).innerText()).toContain("Certifikatë familjare");

    // 2. Another operator registers one through the API: it joins the open page's queue.
    let second = await submit("GC-CERT-PERS");
    await row(second.reference).waitFor();
    await expect.poll(() => row(second.reference).innerText()).toContain("Pranuar");
    await page.getByRole("status").filter({ hasText: "përditësim" }).first().waitFor();

    // …and moves it: started, then waiting on the citizen (its own section, clock stopped), then resumed.
    second = await move(second, "IN_PROGRESS");
    await expect.poll(() => row(second.reference).innerText()).toContain("Në punë");
    await row(second.reference).getByRole("button", { name: "Përfundo" }).waitFor();
    second = await move(second, "WAITING_ON_CITIZEN");
    const waiting = table(/^Kërkesat në pritje të qytetarit/);
    await waiting.getByRole("rowheader", { name: second.reference, exact: true }).waitFor();
    expect(await row(second.reference).innerText()).toContain("Në pritje");
    second = await move(second, "IN_PROGRESS");
    await table(/^Kërkesat e hapura/).getByRole("rowheader", { name: second.reference, exact: true }).waitFor();

    // 3. The form's request is worked at the desk: started, completed, rated, complained about.
    const actions = page.getByRole("group", { name: `Veprime për ${first}` });
    await actions.getByRole("button", { name: "Fillo", exact: true }).click();
    await expect.poll(() => row(first).innerText()).toContain("Në punë");
    await actions.getByRole("button", { name: "Përfundo" }).click();
    await expect.poll(() => row(first).count()).toBe(0); // it left the queue
    const closed = page.getByRole("region", { name: "Mbyllur së fundi" });
    const closedItem = closed.getByRole("listitem").filter({ hasText: first });
    await closedItem.getByText("Brenda afatit").waitFor();
    await closedItem.getByRole("group", { name: `Vlerësimi i qytetarit për ${first} (1–5)` }).getByLabel("5 – shumë i kënaqur").check();
    await closedItem.getByRole("button", { name: "Ruaj vlerësimin" }).click();
    await closedItem.getByText("Vlerësimi u ruajt: 5 nga 5.").waitFor();
    await closedItem.getByRole("button", { name: `Ankesë për ${first}` }).click();
    await closedItem.getByLabel(`Përshkrimi i ankesës për ${first}`).fill("Qytetarja priti gjatë në sportel.");
    await closedItem.getByRole("button", { name: "Regjistro ankesën" }).click();
    await closedItem.getByText("Ankesa u regjistrua.").waitFor();

    // 4. Another operator registers and starts a third one.
    const third = await move(await submit("GC-CERT-LIND"), "IN_PROGRESS");
    await row(third.reference).getByText("Në afat").waitFor();

    // 5. Nobody touches the third request; the clock passes its due moment and the server's
    //    SLA clock ticks: the open page turns it "Tejkaluar" by itself.
    clock.now = new Date(Date.parse(third.dueAt) + 60_000);
    await t.server.services.oss.clock.tick();
    await row(third.reference).getByText("Tejkaluar").waitFor({ timeout: 10_000 });
    await expect.poll(() => row(third.reference).innerText()).toMatch(/Afati ka kaluar \d+ min/);
    const breachedFirst = await table(/^Kërkesat e hapura/).getByRole("rowheader").first().innerText();
    expect(breachedFirst).toMatch(/^ZNN-/);
    expect(await row(breachedFirst).getByText("Tejkaluar").count()).toBe(1); // breached ones lead the queue

    expect(navigations).toBe(0); // all of it arrived live, without a reload
  }, 120_000);

  it("publishes the monthly figures with charts, a table behind them, downloads, and the charter", async () => {
    const visitor = await (await browser.newContext({ locale: "sq-AL", acceptDownloads: true })).newPage();
    visitor.setDefaultTimeout(20_000);
    await visitor.goto(`${t.url}/zyra/treguesit`);
    await visitor.getByRole("heading", { level: 1, name: "Treguesit mujorë të Zyrës me Një Ndalesë" }).waitFor();
    const summary = visitor.getByRole("region", { name: /^Përmbledhje: / });
    await summary.getByText("Kërkesa të pranuara").waitFor();
    expect(await summary.innerText()).toMatch(/Kërkesa të pranuara\s+\d+/);

    // Twelve months of trend: three charts, and the same figures as a table for those who cannot see them.
    const trend = visitor.getByRole("region", { name: "12 muajt e fundit" });
    await expect.poll(() => trend.locator("svg.recharts-surface").count()).toBeGreaterThanOrEqual(3);
    await trend.getByText("Të dhënat e grafikëve si tabelë").click();
    expect(await trend.getByRole("table").getByRole("row").count()).toBe(13); // header + 12 months

    // The breakdown downloads as CSV, made in the browser.
    const [download] = await Promise.all([visitor.waitForEvent("download"), visitor.getByRole("link", { name: "Shkarko CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^znn-treguesit-\d{4}-\d{2}\.csv$/);
    const { readFile } = await import("node:fs/promises");
    const csv = await readFile(await download.path(), "utf8");
    expect(csv.split("\r\n")[0]).toMatch(/^month,officeCode,officeName,serviceCode,/);
    expect(csv).toContain("ZNN-QENDER");

    // The previous month, by the picker; its address can be shared.
    const before = await summary.getByRole("heading").innerText();
    await visitor.getByRole("button", { name: "Muaji i kaluar" }).click();
    await visitor.waitForURL(/\?muaji=\d{4}-\d{2}$/);
    await expect.poll(() => visitor.getByRole("region", { name: /^Përmbledhje: / }).getByRole("heading").innerText()).not.toBe(before);

    // The published charter, linked from the figures.
    await visitor.getByRole("link", { name: "Afatet e publikuara të çdo shërbimi" }).click();
    await visitor.getByRole("heading", { level: 1, name: "Shërbimet dhe afatet e tyre" }).waitFor();
    const charterRow = (category: string, service: string) =>
      visitor.getByRole("table", { name: category }).getByRole("row").filter({ has: visitor.getByRole("rowheader", { name: service, exact: true }) });
    expect(await charterRow("Gjendja civile", "Certifikatë personale").innerText()).toContain("2 orë pune");
    expect(await charterRow("Urbanistika", "Leje ndërtimi").innerText()).toContain("30 ditë pune");
  }, 120_000);
});
