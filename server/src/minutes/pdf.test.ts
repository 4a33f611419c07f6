import { describe, expect, it } from "vitest";
import type { MinutesDocument } from "./document.js";
import { renderMinutesPdf } from "./pdf.js";
import { pdfTextLines } from "./pdf-text.js";

const SHA = "a".repeat(64);

function doc(): MinutesDocument {
  const member = (id: string, name: string, party: string | null, status: "PRESENT" | "ABSENT" | "EXCUSED") =>
    ({ councillorId: id, name, party, gender: "FEMALE", status, changedAt: "2026-11-10T09:01:00.000Z" });
  return {
    format: "kuvend-minutes/1",
    body: { id: "b1", name: "Këshilli Bashkiak Elbasan", kind: "COUNCIL" },
    session: {
      id: "s1", title: "Mbledhja e Këshillit Bashkiak nr. 10", scheduledAt: "2026-11-10T09:00:00.000Z",
      startedAt: "2026-11-10T09:02:00.000Z", closedAt: "2026-11-10T12:10:00.000Z", seats: 4,
    },
    attendance: {
      present: 2, absent: 1, excused: 1, quorum: { seats: 4, present: 2, required: 3, reached: false },
      members: [member("c1", "Besnik Çela", "PS", "PRESENT"), member("c2", "Srđan Petrović", null, "PRESENT"),
        member("c3", "Skënder Myftari", "PD", "ABSENT"), member("c4", "Drita Leka", "PS", "EXCUSED")],
    },
    agenda: [{
      id: "i1", position: 1, title: "Projektvendim për paketën fiskale 2027", description: "Taksat dhe tarifat vendore.", status: "DECIDED",
      declarations: [{
        id: "d1", councillorId: "c1", councillorName: "Besnik Çela", party: "PS", interestType: "FINANCIAL", description: "Kam aksione.",
        recused: true, filedAt: "2026-11-10T09:20:00.000Z", filedOnBehalf: true, inForce: true, supersedesId: null,
      }],
      votes: [{
        id: "v1", majority: "TWO_THIRDS", status: "CLOSED", seats: 4, openedAt: "2026-11-10T09:30:00.000Z", closedAt: "2026-11-10T09:35:00.000Z",
        outcome: "FAILED", tally: { for: 1, against: 0, abstain: 0, recused: 1, notVoted: 2 },
        ballots: [{ councillorId: "c2", councillorName: "Srđan Petrović", party: null, choice: "FOR" }], removedBallots: [],
      }],
    }],
    publishedAt: "2026-11-11T08:00:00.000Z",
    deadline: "2026-11-12T12:10:00.000Z",
    late: false,
  };
}

describe("renderMinutesPdf", () => {
  it("prints the minutes in Albanian with the letters ë and ç intact", async () => {
    const pdf = await renderMinutesPdf(doc(), SHA, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfTextLines(pdf).join("\n");
    for (const expected of [
      "Procesverbal i mbledhjes", "Mbledhja e Këshillit Bashkiak nr. 10", "10.11.2026, ora 10:00", "Prania",
      "Të pranishëm: 2 · Mungojnë: 1 · Me arsye: 1", "Besnik Çela (PS)", "Skënder Myftari (PD)",
      "Pika 1: Projektvendim për paketën fiskale 2027", "Deklarata ad hoc të interesit", "interes financiar (ekonomik)",
      "përjashtohet nga vendimmarrja", "Votimi", "dy të tretat", "RRËZUAR", "Për / Kundër / Abstenim / Të përjashtuar / Pa votuar:",
      "1 / 0 / 0 / 1 / 2", "Publikuar më 11.11.2026, ora 09:00", `SHA-256 e dokumentit JSON: ${SHA}`,
    ]) expect(text).toContain(expected);
  });

  it("prints letters outside the standard fonts without their marks (the JSON keeps them)", async () => {
    const text = pdfTextLines(await renderMinutesPdf(doc(), SHA, { compress: false })).join("\n");
    expect(text).toContain("Srdan Petrovic");
  });

  it("reads the same compressed, and the same document always gives the same file", async () => {
    const a = await renderMinutesPdf(doc(), SHA);
    const b = await renderMinutesPdf(doc(), SHA);
    expect(pdfTextLines(a).join("\n")).toContain("Procesverbal i mbledhjes");
    expect(a.equals(b)).toBe(true);
  });

  it("marks late minutes in the footer", async () => {
    const late = { ...doc(), late: true, publishedAt: "2026-11-20T08:00:00.000Z" };
    expect(pdfTextLines(await renderMinutesPdf(late, SHA, { compress: false })).join("\n")).toContain("me vonesë; afati ishte 12.11.2026, ora 13:10");
  });
});
