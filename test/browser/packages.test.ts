import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import yauzl from "yauzl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPdf } from "../../server/src/demo/packages.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { expectNoSeriousA11yViolations } from "./axe.js";
import { buildWebClient, launchChromium } from "./browser.js";

/** The names inside a ZIP, read back with yauzl. */
function zipNames(buffer: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const names: string[] = [];
      zip.on("entry", (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on("end", () => resolve(names));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

/**
 * Issue 15 point 4 in the browser: a citizen downloads a past session's meeting package from its
 * page (a real download, read back as a ZIP), and the secretariat uploads a draft act from the
 * console's "Paketa" tab and sees a disguised file refused; axe on both.
 */
describe("meeting packages [paketa e mbledhjes] in the browser", () => {
  let t: TestServer;
  let browser: Browser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();
    for (const n of ["9", "10", "11"]) {
      ids[n] = (await t.sql("SELECT id FROM council_session WHERE title = $1", [`Mbledhja e Këshillit Bashkiak nr. ${n}`]))[0].id;
    }
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("downloads a past session's whole package as a ZIP from its page, a folder per item", async () => {
    const page = await (await browser.newContext({ locale: "sq-AL", acceptDownloads: true })).newPage();
    await page.goto(`${t.url}/seanca/${ids["9"]}`);
    const panel = page.getByRole("region", { name: "Paketa e mbledhjes" });
    await panel.getByText("Relacion i Komisionit të Ekonomisë, Financave dhe Buxhetit").waitFor();
    await panel.getByRole("heading", { name: /^Pika 2\. Projektvendim për miratimin e buxhetit afatmesëm/ }).waitFor();
    const names = await panel.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("aria-label") ?? a.textContent));
    expect(await panel.getByRole("link", { name: "Shkarko paketën (ZIP)", exact: true }).count()).toBe(1);
    expect(names.filter((n) => /^Shkarko «Projektvendim për miratimin e buxhetit afatmesëm 2027–2029» \(PDF, [\d.,]+ kB\)$/.test(n ?? "")), names.join(" | ")).toHaveLength(1);
    await expectNoSeriousA11yViolations(page, "session page: meeting package");

    const [download] = await Promise.all([page.waitForEvent("download"), panel.getByRole("link", { name: "Shkarko paketën (ZIP)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^paketa-\d{4}-\d{2}-\d{2}-mbledhja-e-keshillit-bashkiak-nr-9\.zip$/);
    const entries = await zipNames(await readFile((await download.path())!));
    expect(entries.sort()).toEqual([
      "00 Seanca/Njoftim mbledhja nr. 9.pdf",
      "02 Projektvendim për miratimin e buxhetit afatmesëm 2027 2029/Investimet kapitale 2027 2029.csv",
      "02 Projektvendim për miratimin e buxhetit afatmesëm 2027 2029/Projektvendim buxheti afatmesëm 2027 2029.pdf",
      "02 Projektvendim për miratimin e buxhetit afatmesëm 2027 2029/Relacion komisioni buxheti.pdf",
    ]);
  }, 60_000);

  it("shows a replaced document's earlier version and a withdrawn document with its reason", async () => {
    const page = await (await browser.newContext({ locale: "sq-AL" })).newPage();
    await page.goto(`${t.url}/seanca/${ids["10"]}`);
    const panel = page.getByRole("region", { name: "Paketa e mbledhjes" });
    await panel.getByText("Versionet e mëparshme (1)").click();
    await panel.getByRole("link", { name: /^Versioni 1, ngarkuar më/ }).waitFor();
    await panel.getByText("Dokumente të tërhequra (1)").click();
    await panel.getByText(/U ngarkua një draft pune në vend të aneksit përfundimtar\./).waitFor();
    await expectNoSeriousA11yViolations(page, "session page: versions and withdrawn documents");
  }, 60_000);

  it("uploads a draft act to an item from the console, refuses a text file named .pdf, and the public page shows the new document", async () => {
    const page = await (await browser.newContext({ locale: "sq-AL", viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(`${t.url}/hyr`);
    await page.getByLabel("Përdoruesi").fill("sekretaria");
    await page.getByLabel("Fjalëkalimi").fill("sekretaria");
    await page.getByRole("button", { name: "Hyr" }).click();
    await page.waitForURL(/\/konsola/);
    await page.goto(`${t.url}/konsola/${ids["11"]}`);
    await page.getByRole("tab", { name: "Paketa" }).click();
    const form = page.getByRole("form", { name: "Ngarko një dokument" });
    await form.getByLabel("Ku bën pjesë").selectOption({ label: "Pika 4. Projektvendim për ngritjen e sportelit unik në njësinë administrative Bradashesh" });
    expect(await form.getByLabel("Lloji i dokumentit").inputValue()).toBe("DRAFT_ACT");
    await form.getByLabel("Titulli").fill("Projektvendim për sportelin unik në Bradashesh");

    // A text file named .pdf: the server looks at the content and says so.
    await form.getByLabel("Skedari").setInputFiles({ name: "sporteli.pdf", mimeType: "application/pdf", buffer: Buffer.from("Ky nuk është PDF.\n") });
    await form.getByRole("button", { name: "Ngarko" }).click();
    await form.getByRole("alert").getByText(/Serveri nuk e pranoi skedarin: .*not one of the accepted types/).waitFor();
    // An empty file is refused before it leaves the browser.
    await form.getByLabel("Skedari").setInputFiles({ name: "bosh.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
    await form.getByRole("alert").getByText("Skedari është bosh (0 bajt): zgjidhni vetë dokumentin.").waitFor();

    const pdf = await demoPdf("Projektvendim për sportelin unik", ["Neni 1. Ngrihet sporteli unik në njësinë administrative Bradashesh."]);
    await form.getByLabel("Skedari").setInputFiles({ name: "Projektvendim sporteli.pdf", mimeType: "application/pdf", buffer: pdf });
    await form.getByRole("button", { name: "Ngarko" }).click();
    await form.getByText("U ngarkua: Projektvendim për sportelin unik në Bradashesh (versioni 1).").waitFor();
    await page.getByRole("heading", { name: "Pika 4. Projektvendim për ngritjen e sportelit unik në njësinë administrative Bradashesh" }).waitFor();
    await expectNoSeriousA11yViolations(page, "console: meeting package tab");

    const [row] = await t.sql("SELECT d.title, v.file_name, v.size_bytes FROM meeting_document d JOIN meeting_document_version v ON v.document_id = d.id WHERE d.title = $1", ["Projektvendim për sportelin unik në Bradashesh"]);
    expect(row).toEqual({ title: "Projektvendim për sportelin unik në Bradashesh", file_name: "Projektvendim sporteli.pdf", size_bytes: pdf.length });

    const pub = await (await browser.newContext({ locale: "sq-AL" })).newPage();
    await pub.goto(`${t.url}/seanca/${ids["11"]}`);
    await pub.getByRole("region", { name: "Paketa e mbledhjes" }).getByText("Projektvendim për sportelin unik në Bradashesh").waitFor();
  }, 120_000);
});
