import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

/**
 * Petitions [peticionet] in Chromium (issue 16 point 2): the public register with the demo's one late mark and
 * a petition's page; a citizen submitting one from a phone (360 px) and seeing the receipt; the secretariat
 * registering one from paper with its signature list and moving it through review, discussion and answer.
 * axe on every page.
 */
describe("petitions in the browser", () => {
  let t: TestServer;
  let browser: Browser;
  let desk: Page;
  let phone: Page;

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist, env: { PUBLIC_FORM_MIN_SECONDS: "1" } });
    browser = await launchChromium();
    desk = await (await browser.newContext({ locale: "sq-AL", viewport: { width: 1280, height: 1000 } })).newPage();
    desk.setDefaultTimeout(20_000);
    phone = await (await browser.newContext({ locale: "sq-AL", viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true })).newPage();
    phone.setDefaultTimeout(20_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("the public register shows statuses, deadlines and the one late mark; a petition's page its history and answer, and no private name", async () => {
    await desk.goto(`${t.url}/peticionet`);
    await desk.getByRole("heading", { level: 1, name: "Peticionet dhe nismat qytetare" }).waitFor();
    await desk.getByText("6 peticione").waitFor();
    const rows = desk.getByRole("table").getByRole("row");
    const late = rows.filter({ hasText: "me vonesë" });
    expect(await late.count()).toBe(1);
    expect(await late.innerText()).toMatch(/Riparimi i urës së këmbësorëve në Shirgjan[\s\S]*E përgjigjur[\s\S]*Shqyrtuar me vonesë/);
    expect(await rows.filter({ hasText: "këndi lojërash" }).innerText()).toMatch(/Këshilli i lagjes "Aqif Pasha"[\s\S]*Në shqyrtim[\s\S]*Shqyrtimi:/);
    expect(await desk.getByRole("main").innerText()).not.toContain("Blerim Kastrati");
    await expectNoSeriousA11yViolations(desk, "/peticionet");

    await desk.getByLabel("Gjendja").selectOption("REJECTED");
    await desk.waitForURL(/gjendja=REJECTED/);
    await desk.getByText("1 peticion", { exact: true }).waitFor();
    await desk.getByRole("link", { name: /Heqja e tarifës/ }).waitFor();

    await desk.goto(`${t.url}/peticionet`);
    await desk.getByRole("link", { name: "Riparimi i urës së këmbësorëve në Shirgjan" }).click();
    await desk.getByRole("heading", { level: 1, name: "Riparimi i urës së këmbësorëve në Shirgjan" }).waitFor();
    const main = await desk.getByRole("main").innerText();
    expect(main).toContain("Shqyrtuar me vonesë");
    expect(main).toContain("Mbledhja e Këshillit Bashkiak nr. 10");
    expect(main).toMatch(/Përgjigjja me shkrim[\s\S]*fondin e emergjencave/);
    expect(main).toMatch(/Ecuria[\s\S]*E marrë[\s\S]*Në shqyrtim[\s\S]*E diskutuar në këshill[\s\S]*E përgjigjur/);
    expect(main).toContain("Qytetar/e (emri nuk publikohet)");
    for (const secret of ["Blerim Kastrati", "blerim.kastrati@shembull.al", "Zana Kastrati"]) expect(main).not.toContain(secret);
    await expectNoSeriousA11yViolations(desk, "/peticionet/:id");
  });

  it("a citizen submits a petition from a phone and sees the receipt", async () => {
    await phone.goto(`${t.url}/peticionet`);
    await phone.getByRole("link", { name: "Paraqit një peticion" }).click();
    await phone.getByRole("heading", { level: 1, name: "Paraqit një peticion" }).waitFor();
    await expectNoSeriousA11yViolations(phone, "/peticionet/e-re");
    await phone.getByLabel("Emri dhe mbiemri").fill("Mimoza Qytetarja");
    await phone.getByLabel("E-mail (nuk është i detyrueshëm)").fill("mimoza.peticion@shembull.al");
    await phone.getByLabel("Titulli i peticionit").fill("Trotuar në rrugën e spitalit");
    await phone.getByLabel("Çfarë kërkoni").fill("Rruga e spitalit nuk ka trotuar. Kërkojmë ndërtimin e tij.");
    await phone.getByLabel("Numri i nënshkrimeve").fill("2");
    await phone.getByLabel("Lista e nënshkrimeve (nuk është e detyrueshme)").fill("Mimoza Qytetarja\nArben Fqinji, Rr. e Spitalit");
    await phone.getByRole("button", { name: "Dërgo peticionin" }).click();
    await phone.getByRole("heading", { name: "Peticioni u mor" }).waitFor();
    const reference = await phone.getByTestId("receipt-reference").innerText();
    expect(reference).toMatch(/^PT-\d{4}-\d{5}$/);
    expect(await phone.getByTestId("receipt-code").innerText()).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoSeriousA11yViolations(phone, "/peticionet/e-re (the receipt)");
    await phone.getByRole("link", { name: "Shiko peticionin në regjistër" }).click();
    await phone.getByRole("heading", { level: 1, name: "Trotuar në rrugën e spitalit" }).waitFor();
    const page = await phone.getByRole("main").innerText();
    expect(page).toContain(reference);
    expect(page).not.toContain("Mimoza");
  });

  it("the secretariat registers a paper petition with its signatures and moves it through its lifecycle", async () => {
    await desk.goto(`${t.url}/hyr`);
    await desk.getByLabel("Përdoruesi").fill("sekretaria");
    await desk.getByLabel("Fjalëkalimi").fill("sekretaria");
    await desk.getByRole("button", { name: "Hyr" }).click();
    await desk.waitForURL((url) => url.pathname !== "/hyr");
    await desk.goto(`${t.url}/peticionet`);
    await desk.getByRole("link", { name: "Regjistro peticion të ardhur në letër" }).click();
    await desk.getByRole("heading", { level: 1, name: "Regjistro një peticion të ardhur në letër" }).waitFor();
    await expectNoSeriousA11yViolations(desk, "/peticionet/regjistro");
    await desk.getByLabel(/Si organizatë/).check();
    await desk.getByLabel("Emri i organizatës").fill("Shoqata e Pensionistëve të Elbasanit");
    await desk.getByLabel("Titulli i peticionit").fill("Stola dhe hije në parkun Rinia");
    await desk.getByLabel("Çfarë kërkoni").fill("Kërkojmë stola dhe pemë në parkun Rinia.");
    await desk.getByLabel("Numri i nënshkrimeve").fill("48");
    await desk.getByLabel("Lista e nënshkrimeve (nuk është e detyrueshme)").fill("Hysen Pensionisti, L. Partizani\nNazmie Pensionistja, L. Partizani");
    const received = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Tirane" }).format(new Date(Date.now() - 20 * 86_400_000));
    await desk.getByLabel("Data e marrjes (bosh: sot)").fill(received);
    await desk.getByRole("button", { name: "Regjistro peticionin" }).click();
    await desk.getByText("Peticioni u regjistrua. Printoni dëshminë").waitFor();
    expect(await desk.getByTestId("receipt-reference").innerText()).toMatch(/^PT-/);
    await desk.getByRole("link", { name: "Shiko peticionin në regjistër" }).click();
    await desk.getByRole("heading", { level: 1, name: "Stola dhe hije në parkun Rinia" }).waitFor();
    expect(await desk.getByTestId("signature-list").innerText()).toContain("Nazmie Pensionistja, L. Partizani");
    await expectNoSeriousA11yViolations(desk, "/peticionet/:id (the secretariat's panel)");

    await desk.getByRole("button", { name: "Fillo shqyrtimin" }).click();
    await desk.locator(".petition-status", { hasText: "Në shqyrtim" }).waitFor();
    const discussion = desk.getByRole("form", { name: "Regjistro diskutimin në këshill" });
    await discussion.getByLabel("Pika e rendit të ditës ku u diskutua").selectOption({ label: "4. Të ndryshme" });
    await discussion.getByRole("button", { name: "Regjistro diskutimin në këshill" }).click();
    await desk.locator(".petition-status", { hasText: "E diskutuar në këshill" }).waitFor();
    await desk.getByText("Afati i përgjigjes (15 ditë)").waitFor();
    const answer = desk.getByRole("form", { name: "Regjistro përgjigjen me shkrim" });
    await answer.getByLabel("Përmbledhja e përgjigjes (publikohet)").fill("Stolat vendosen në pranverë.");
    await answer.getByRole("button", { name: "Regjistro përgjigjen me shkrim" }).click();
    await desk.locator(".petition-status", { hasText: "E përgjigjur" }).waitFor();
    await desk.getByText("Peticioni është mbyllur.", { exact: true }).waitFor();
    const main = await desk.getByRole("main").innerText();
    expect(main).toMatch(/Përgjigjja me shkrim[\s\S]*Stolat vendosen në pranverë\./);
    expect(main).toContain("Shoqata e Pensionistëve të Elbasanit");
    await expectNoSeriousA11yViolations(desk, "/peticionet/:id (answered)");

    const [row] = await t.sql("SELECT status, signatures_count, review_started_at IS NOT NULL AS reviewed FROM petition WHERE title = 'Stola dhe hije në parkun Rinia'");
    expect(row).toEqual({ status: "ANSWERED", signatures_count: 48, reviewed: true });
  });
});
