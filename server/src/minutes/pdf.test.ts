import { describe, expect, it } from "vitest";
import type { MinutesDocument } from "./document.js";
import { renderMinutesPdf } from "./pdf.js";
import { pdfTextLines } from "./pdf-text.js";

const SHA = "a".repeat(64);

function doc(): MinutesDocument {
  const member = (id: string, name: string, party: string | null, status: "PRESENT" | "ABSENT" | "EXCUSED") =>
    ({ councillorId: id, name, party, gender: "FEMALE", status, changedAt: "2026-11-10T09:01:00.000Z" });
  return {
    format: "kuvend-minutes/2",
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
      speakers: [
        { id: "sp1", councillorId: "c2", councillorName: "Srđan Petrović", party: null, kind: "CONTRIBUTION",
          startedAt: "2026-11-10T09:10:00.000Z", endedAt: "2026-11-10T09:15:12.000Z", spokenSeconds: 312, allottedSeconds: 300 },
        { id: "sp2", councillorId: "c1", councillorName: "Besnik Çela", party: "PS", kind: "POINT_OF_ORDER",
          startedAt: "2026-11-10T09:16:00.000Z", endedAt: "2026-11-10T09:16:45.000Z", spokenSeconds: 45, allottedSeconds: 60 },
        { id: "sp3", councillorId: "c2", councillorName: "Srđan Petrović", party: null, kind: "REPLY",
          startedAt: "2026-11-10T09:18:00.000Z", endedAt: "2026-11-10T09:19:05.000Z", spokenSeconds: 65, allottedSeconds: 120 },
      ],
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

  it("prints who spoke on each item, in order, with the kind of speech, the time spoken and the limit", async () => {
    const lines = pdfTextLines(await renderMinutesPdf(doc(), SHA, { compress: false }));
    const text = lines.join("\n");
    expect(text).toContain("Fjala (sipas radhës)");
    const speeches = [
      "diskutim, ora 10:10, foli 5:12 nga 5:00 të lejuara.",
      "çështje procedurale, ora 10:16, foli 0:45 nga 1:00 të lejuara.",
      "replikë, ora 10:18, foli 1:05 nga 2:00 të lejuara.",
    ];
    const at = speeches.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain("1. Srdan Petrovic: ");
    expect(text).toContain("2. Besnik Çela (PS): ");
  });

  it("says when nobody spoke, and prints a format-1 document (published before the floor, no speakers) without a speakers list", async () => {
    const none = doc();
    none.agenda[0].speakers = [];
    expect(pdfTextLines(await renderMinutesPdf(none, SHA, { compress: false })).join("\n")).toContain("askush nuk mori fjalën.");
    const v1 = JSON.parse(JSON.stringify({ ...doc(), format: "kuvend-minutes/1" })) as MinutesDocument;
    delete (v1.agenda[0] as Partial<MinutesDocument["agenda"][number]>).speakers;
    const text = pdfTextLines(await renderMinutesPdf(v1, SHA, { compress: false })).join("\n");
    expect(text).toContain("Pika 1: Projektvendim për paketën fiskale 2027");
    expect(text).not.toContain("Fjala");
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

  it("prints the committees' opinions [relacion] under the item, and nothing for an item without one", async () => {
    const withOpinion = doc();
    withOpinion.agenda[0].committeeOpinions = [{
      id: "o1", committeeId: "k1", committeeName: "Komisioni i Ekonomisë", committeeSessionId: null, committeeItemId: null,
      opinion: "WITH_AMENDMENTS", text: "Tarifa e pastrimit të ulet për familjet me një prind.", recordedAt: "2026-11-01T08:00:00.000Z",
    }];
    const text = pdfTextLines(await renderMinutesPdf(withOpinion, SHA, { compress: false })).join("\n");
    expect(text).toContain("Mendimi i komisioneve (relacioni)");
    expect(text).toContain("Komisioni i Ekonomisë: pozitiv me ndryshime.");
    expect(text).toContain("Tarifa e pastrimit të ulet");
    expect(pdfTextLines(await renderMinutesPdf(doc(), SHA, { compress: false })).join("\n")).not.toContain("Mendimi i komisioneve");
  });
});
