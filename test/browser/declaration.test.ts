/* eslint-disable @typescript-eslint/no-explicit-any -- reads an untyped GraphQL answer. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { buildWebClient, launchChromium } from "./browser.js";

const TITLE = "Mbledhja e Këshillit Bashkiak nr. 11"; // the demo session scheduled for today
const DESCRIPTION = "Bashkëshortja ime zotëron aksione në shoqërinë që fitoi tenderin e pastrimit të financuar nga ky buxhet.";

const OTHER_DESCRIPTION = "Jam anëtar i bordit të shoqatës që ka aplikuar për shërbimin e pastrimit.";

type Item = { id: string; position: number; title: string };

/**
 * Issue 3's browser journey: a councillor declares a financial interest with
 * recusal from the portal; the public dashboard shows it next to the item
 * without a reload, and the public register lists it and filters it.
 * The secretariat's part goes through the API, to keep the journey short.
 */
describe("a declaration of interest from the councillor's portal, seen by the public", () => {
  let t: TestServer;
  let browser: Browser;
  let councillorPage: Page;
  let publicPage: Page;
  let secretariat: string;
  let sessionId: string;
  let item2: Item;

  /** A GraphQL call that must succeed. */
  async function ok<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const result = await t.gql<T>(query, variables, token);
    if (!result.data || result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  beforeAll(async () => {
    const webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    browser = await launchChromium();
    councillorPage = await (await browser.newContext({ locale: "sq-AL" })).newPage();
    publicPage = await (await browser.newContext({ locale: "sq-AL" })).newPage();

    // The secretariat opens today's sitting, marks everyone present and makes item 2 current.
    secretariat = await t.login("sekretaria");
    const { sessions } = await ok<{ sessions: { id: string; title: string; status: string; agenda: Item[] }[] }>(
      "{ sessions { id title status agenda { id position title } } }", {});
    const today = sessions.find((s) => s.title === TITLE && s.status === "SCHEDULED");
    if (!today) throw new Error(`demo session "${TITLE}" not found`);
    sessionId = today.id;
    item2 = today.agenda.find((i) => i.position === 2)!;
    const { councillors } = await ok<{ councillors: { id: string; active: boolean }[] }>("{ councillors { id active } }", {});
    await ok("mutation($id: ID!) { startSession(sessionId: $id) { id } }", { id: sessionId }, secretariat);
    await ok("mutation($input: AttendanceBatchInput!) { recordAttendanceBatch(input: $input) { id } }", {
      input: { sessionId, councillorIds: councillors.filter((c) => c.active).map((c) => c.id), status: "PRESENT" },
    }, secretariat);
    await ok("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: item2.id }, secretariat);
    // Someone else's declaration, so that filtering by councillor has something to leave out.
    const { councillors: named } = await ok<{ councillors: { id: string; fullName: string }[] }>("{ councillors { id fullName } }", {});
    await ok("mutation($input: DeclarationInput!) { fileDeclaration(input: $input) { id } }", {
      input: {
        agendaItemId: today.agenda.find((i) => i.position === 3)!.id,
        councillorId: named.find((c) => c.fullName === "Arben Hoxha")!.id,
        interestType: "PROFESSIONAL",
        description: OTHER_DESCRIPTION,
        recused: false,
      },
    }, secretariat);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it("files a FINANCIAL declaration with recusal on item 2; the dashboard and the register show it", async () => {
    // The public dashboard is already open on the projector.
    await publicPage.goto(`${t.url}/`);
    await publicPage.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    const itemOnDashboard = publicPage.getByRole("listitem", { name: `Pika 2: ${item2.title}` });
    await itemOnDashboard.waitFor();
    let navigations = 0;
    publicPage.on("framenavigated", (f) => { if (f === publicPage.mainFrame()) navigations++; });

    // The councillor (kd05, Ilir Basha) signs in and lands on the portal.
    await councillorPage.goto(`${t.url}/hyr`);
    await councillorPage.getByLabel("Përdoruesi").fill("kd05");
    await councillorPage.getByLabel("Fjalëkalimi").fill("kuvend");
    await councillorPage.getByRole("button", { name: "Hyr" }).click();
    await councillorPage.waitForURL(/\/keshilltari/);
    await councillorPage.getByRole("heading", { level: 2, name: "Kur deklarohet një interes" }).waitFor();

    // Today's session among the upcoming ones; "Deklaro një interes" on item 2 opens the form, focus inside it.
    const session = councillorPage.getByRole("region", { name: TITLE, exact: true });
    const declare = session.getByRole("button", { name: "Deklaro një interes për pikën 2", exact: true });
    await declare.click();
    expect(await declare.getAttribute("aria-expanded")).toBe("true");
    const form = councillorPage.getByRole("region", { name: "Deklaratë interesi për pikën 2" });
    const interestType = form.getByLabel("Lloji i interesit");
    await expect.poll(() => interestType.evaluate((el) => el === document.activeElement)).toBe(true);
    await interestType.selectOption({ label: "Ekonomik/Financiar" });
    await form.getByLabel("Përshkrimi i interesit").fill(DESCRIPTION);
    await form.getByLabel("Përjashtohem nga vendimmarrja").check();
    await form.getByRole("button", { name: "Paraqit deklaratën" }).click();

    // Filed: said in the live region, the form closes, focus back on the button, the history has it.
    await councillorPage.getByRole("status").filter({ hasText: `Deklarata për pikën „${item2.title}” u regjistrua.` }).waitFor();
    await form.waitFor({ state: "detached" });
    await expect.poll(() => session.getByRole("button", { name: /për pikën 2$/ }).evaluate((el) => el === document.activeElement)).toBe(true);
    const item2InPortal = session.getByRole("listitem", { name: `Pika 2: ${item2.title}` });
    await item2InPortal.getByText("Deklarata juaj në fuqi: Ekonomik/Financiar").waitFor();
    const history = councillorPage.getByRole("region", { name: "Deklaratat e mia" });
    const mine = history.getByRole("listitem").filter({ hasText: DESCRIPTION });
    await mine.waitFor();
    expect(await mine.innerText()).toContain(`Pika 2: ${item2.title}`);

    // The dashboard shows it next to item 2 within seconds, without a reload.
    await itemOnDashboard.getByText(DESCRIPTION).waitFor({ timeout: 5000 });
    const shown = await itemOnDashboard.innerText();
    expect(shown).toContain("Ilir Basha");
    expect(shown).toContain("Ekonomik/Financiar");
    expect(shown).toContain("u përjashtua");
    expect(navigations).toBe(0);

    // The public register lists it...
    await publicPage.getByRole("link", { name: "Deklaratat", exact: true }).click();
    await publicPage.waitForURL(/\/deklaratat$/);
    const table = publicPage.getByRole("table", { name: "Deklaratat e interesit, më të rejat së pari" });
    const row = table.getByRole("row").filter({ hasText: DESCRIPTION });
    await row.waitFor();
    const cells = await row.innerText();
    for (const text of ["Ilir Basha", "(PS)", `Pika 2: ${item2.title}`, TITLE, "Ekonomik/Financiar", "Po, u përjashtua", "Vetë këshilltari/ja", "Në fuqi"]) {
      expect(cells).toContain(text);
    }
    const otherRow = table.getByRole("row").filter({ hasText: OTHER_DESCRIPTION });
    await otherRow.waitFor();
    expect(await otherRow.innerText()).toContain("Sekretaria, në emër të këshilltarit");
    await publicPage.getByRole("link", { name: /Deklaratat e interesit, të dhëna të hapura \(CSV\)/ }).waitFor();

    // ...filtering by that councillor keeps it (and only their declarations), in a shareable address...
    await publicPage.getByLabel("Këshilltari/ja").selectOption({ label: "Ilir Basha (PS)" });
    await publicPage.getByRole("button", { name: "Filtro" }).click();
    await publicPage.waitForURL(/\/deklaratat\?keshilltari=/);
    await publicPage.getByRole("status").filter({ hasText: /U gjet/ }).waitFor();
    await row.waitFor();
    await otherRow.waitFor({ state: "detached" });
    await expect.poll(() => table.locator("tbody tr").filter({ hasNotText: "Ilir Basha" }).count()).toBe(0);
    await publicPage.reload();
    await row.waitFor();
    expect(await publicPage.getByLabel("Këshilltari/ja").evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe("Ilir Basha (PS)");

    // ...and filtering by another type of interest hides it.
    await publicPage.getByLabel("Lloji i interesit").selectOption({ label: "Familjar" });
    await publicPage.getByRole("button", { name: "Filtro" }).click();
    await publicPage.waitForURL(/lloji=FAMILY/);
    await expect.poll(() => publicPage.getByText(DESCRIPTION).count(), { timeout: 5000 }).toBe(0);
    expect(await publicPage.getByLabel("Këshilltari/ja").evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe("Ilir Basha (PS)");
  });

  it("tells the public, politely, when a recusal takes a ballot out of an open vote", async () => {
    const { councillors } = await ok<{ councillors: { id: string; fullName: string }[] }>("{ councillors { id fullName } }", {});
    const mirela = councillors.find((c) => c.fullName === "Mirela Shehu")!;
    const { openVote } = await ok<{ openVote: { id: string } }>(
      "mutation($input: OpenVoteInput!) { openVote(input: $input) { id } }", { input: { agendaItemId: item2.id, majority: "SIMPLE" } }, secretariat);
    await ok("mutation($input: BallotInput!) { castBallot(input: $input) { id } }", {
      input: { voteId: openVote.id, choice: "FOR", councillorId: mirela.id },
    }, secretariat);
    await publicPage.goto(`${t.url}/`);
    const votePanel = publicPage.getByRole("region", { name: "Votimi" });
    await votePanel.getByText("Votimi është i hapur").waitFor();

    await ok("mutation($input: DeclarationInput!) { fileDeclaration(input: $input) { id } }", {
      input: { agendaItemId: item2.id, councillorId: mirela.id, interestType: "FAMILY", description: "Vëllai im punon në shoqërinë që përfiton.", recused: true },
    }, secretariat);
    const notice = votePanel.getByRole("status").filter({ hasText: "Vota e Mirela Shehu (Për) u hoq: u përjashtua nga vendimmarrja me deklaratë interesi" });
    await notice.waitFor({ timeout: 5000 });
    expect(await notice.getAttribute("aria-live")).toBe("polite");
  });
});
