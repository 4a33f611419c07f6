import PDFDocument from "pdfkit";
import type { MinutesBallot, MinutesDeclaration, MinutesDocument, MinutesItem, MinutesSpeech, MinutesVote } from "./document.js";
import { tiranaClock, tiranaDateText, tiranaDateTimeText } from "../platform/tirana-time.js";

/** The words of the printed minutes, in Albanian. */
const MAJORITY: Record<string, string> = { SIMPLE: "shumicë e thjeshtë", ABSOLUTE: "shumicë absolute", TWO_THIRDS: "dy të tretat" };
const OUTCOME: Record<string, string> = { PASSED: "MIRATUAR", FAILED: "RRËZUAR" };
const CHOICE: Record<string, string> = { FOR: "Për", AGAINST: "Kundër", ABSTAIN: "Abstenim" };
const INTEREST: Record<string, string> = {
  PERSONAL: "interes personal", FAMILY: "interes familjar", FINANCIAL: "interes financiar (ekonomik)",
  PROFESSIONAL: "interes profesional", OTHER: "interes tjetër",
};
const SPEECH_KIND: Record<string, string> = { CONTRIBUTION: "diskutim", REPLY: "replikë", POINT_OF_ORDER: "çështje procedurale" };
/** A committee's opinion in the minutes' words. */
const COMMITTEE_OPINION: Record<string, string> = { FAVOURABLE: "pozitiv", WITH_AMENDMENTS: "pozitiv me ndryshime", UNFAVOURABLE: "negativ" };
const ITEM_STATUS: Record<string, string> = {
  PENDING: "në pritje", UNDER_DISCUSSION: "në diskutim", VOTING: "në votim", DECIDED: "vendosur", DEFERRED: "shtyrë", WITHDRAWN: "tërhequr",
};

/**
 * The standard PDF fonts (Helvetica) cover the WinAnsi set: all of Albanian
 * (ë, ç, Ë, Ç) and š/ž, but not, say, č, ć or đ of Serbian names in Kosovo. Those are
 * printed without their marks (č → c, đ → d); the JSON document keeps every name exact.
 */
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
function printable(text: string): string {
  let out = "";
  for (const ch of text.replace(/[\u2000-\u200A\u202F\u205F]/g, " ")) {
    const code = ch.codePointAt(0) as number;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(ch)) { out += ch; continue; }
    if (ch === "\n") { out += ch; continue; }
    if (ch === "\t" || ch === "\r") { out += " "; continue; }
    const bare = ch.normalize("NFD").replace(/\p{M}/gu, "");
    if (bare !== ch && [...bare].every((c) => c.charCodeAt(0) < 0x100)) { out += bare; continue; }
    out += ({ "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ß": "ss" } as Record<string, string>)[ch] ?? "?";
  }
  return out;
}

/** 272 → "4:32": time spoken as the chamber's timer shows it. */
export function minutesAndSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

const names = (list: { councillorName: string; party: string | null }[]) =>
  list.map((b) => (b.party ? `${b.councillorName} (${b.party})` : b.councillorName)).join(", ");

/**
 * Renders published minutes as an A4 PDF [Procesverbal i mbledhjes]. Everything
 * printed comes from the stored document, so the PDF says what the JSON says; the
 * footer of every page carries the publication time and the document's SHA-256.
 * `compress: false` leaves the page text readable (for tests).
 */
/** `packageUrl`: the absolute address of the session's meeting package (ZIP), printed after the items when it has documents. */
export function renderMinutesPdf(doc: MinutesDocument, sha256: string, options: { compress?: boolean; packageUrl?: string | null } = {}): Promise<Buffer> {
  const publishedAt = new Date(doc.publishedAt);
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    compress: options.compress ?? true,
    info: {
      Title: printable(`Procesverbal: ${doc.session.title}`),
      Author: printable(doc.body.name),
      Subject: `kuvend-minutes SHA-256 ${sha256}`,
      Creator: "Kuvend",
      CreationDate: publishedAt, // the same document always gives the same file
    },
  });
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  const text = (s: string, opts?: PDFKit.Mixins.TextOptions) => pdf.text(printable(s), opts);
  const heading = (s: string, size: number) => { pdf.font("Helvetica-Bold").fontSize(size); text(s); pdf.font("Helvetica").fontSize(10); };
  const labelled = (label: string, value: string) => {
    pdf.font("Helvetica-Bold").fontSize(10);
    text(`${label} `, { continued: true });
    pdf.font("Helvetica");
    text(value);
  };
  const keepSpace = (points: number) => { if (pdf.y + points > pdf.page.height - pdf.page.margins.bottom) pdf.addPage(); };

  // Title block
  pdf.font("Helvetica").fontSize(10).fillColor("#333333");
  text(doc.body.name);
  pdf.fillColor("black").moveDown(0.5);
  heading("Procesverbal i mbledhjes", 18);
  pdf.moveDown(0.2);
  heading(doc.session.title, 13);
  pdf.moveDown(0.4);
  const s = doc.session;
  labelled("Data:", `${tiranaDateText(new Date(s.scheduledAt))}, ora ${tiranaClock(new Date(s.scheduledAt))} (ora e Tiranës)`);
  labelled("Filloi:", s.startedAt ? tiranaDateTimeText(new Date(s.startedAt)) : "-");
  labelled("Përfundoi:", tiranaDateTimeText(new Date(s.closedAt)));
  labelled("Numri i vendeve:", String(s.seats));

  // Attendance [Prania]
  pdf.moveDown(0.8);
  heading("Prania", 13);
  const a = doc.attendance;
  text(`Të pranishëm: ${a.present} · Mungojnë: ${a.absent} · Me arsye: ${a.excused}`);
  text(`Kuorumi: kërkohen të paktën ${a.quorum.required} të pranishëm nga ${a.quorum.seats} vende; ` +
    `në mbyllje të mbledhjes ${a.quorum.reached ? "kuorumi ishte i plotë" : "kuorumi nuk ishte i plotë"}.`);
  const group = (status: string, label: string) => {
    const list = a.members.filter((m) => m.status === status);
    if (list.length === 0) return;
    pdf.moveDown(0.3);
    labelled(`${label} (${list.length}):`, list.map((m) => (m.party ? `${m.name} (${m.party})` : m.name)).join(", "));
  };
  group("PRESENT", "Të pranishëm");
  group("ABSENT", "Mungojnë");
  group("EXCUSED", "Mungojnë me arsye");

  // Agenda items
  for (const item of doc.agenda) {
    pdf.moveDown(0.9);
    keepSpace(80);
    printItem(item);
  }

  function printItem(item: MinutesItem) {
    heading(`Pika ${item.position}: ${item.title}`, 12);
    if (item.description) { pdf.fillColor("#333333"); text(item.description); pdf.fillColor("black"); }
    labelled("Statusi:", ITEM_STATUS[item.status] ?? item.status);
    // The committees' opinions [relacion] on the item, when there are any (documents before committees have none).
    if (item.committeeOpinions && item.committeeOpinions.length > 0) {
      pdf.moveDown(0.4);
      heading("Mendimi i komisioneve (relacioni)", 10.5);
      for (const o of item.committeeOpinions) labelled(`${o.committeeName}: ${COMMITTEE_OPINION[o.opinion] ?? o.opinion}.`, o.text);
    }
    // The draft's consultation report [raporti i konsultimit], counts only, when the draft drew comments.
    const c = item.consultationReport;
    if (c) {
      pdf.moveDown(0.4);
      heading("Konsultimi publik i projektvendimit", 10.5);
      labelled("Komente:", `${c.received} të marra (${c.online} në internet, ${c.paper} me shkresë); ${c.published} të publikuara, ${c.rejected} të refuzuara, ${c.pending} në pritje.`);
      labelled("Përgjigje:", `${c.answered}: ${c.byOutcome.ACCEPTED ?? 0} pranuar, ${c.byOutcome.PARTLY_ACCEPTED ?? 0} pranuar pjesërisht, ${c.byOutcome.NOT_ACCEPTED ?? 0} nuk u pranuan.`);
      labelled("Sipas gjinisë:", `${c.byGender.women} gra, ${c.byGender.men} burra, ${c.byGender.other} tjetër, ${c.byGender.undisclosed} pa gjini të treguar.`);
      labelled("Raporti:", c.reportPublished ? "i publikuar" : "i papublikuar");
    }
    if (item.declarations.length > 0) {
      pdf.moveDown(0.4);
      heading("Deklarata ad hoc të interesit", 10.5);
      for (const d of item.declarations) printDeclaration(d);
    }
    // Format 1 documents (published before the floor) have no speakers list: print nothing rather than "nobody spoke".
    if (item.speakers) {
      pdf.moveDown(0.4);
      if (item.speakers.length === 0) labelled("Fjala:", "askush nuk mori fjalën.");
      else {
        heading("Fjala (sipas radhës)", 10.5);
        item.speakers.forEach((sp, i) => printSpeech(sp, i + 1));
      }
    }
    item.votes.forEach((v, i) => { pdf.moveDown(0.4); keepSpace(60); printVote(v, item.votes.length > 1 ? i + 1 : null); });
    if (item.votes.length === 0) labelled("Votimi:", "nuk u votua.");
  }

  function printDeclaration(d: MinutesDeclaration) {
    const facts = [
      INTEREST[d.interestType] ?? d.interestType,
      d.recused ? "përjashtohet nga vendimmarrja" : "nuk përjashtohet nga vendimmarrja",
      `paraqitur më ${tiranaDateTimeText(new Date(d.filedAt))}`,
      ...(d.filedOnBehalf ? ["nga sekretaria në emër të këshilltarit"] : []),
      ...(d.inForce ? [] : ["zëvendësuar nga një deklaratë e mëvonshme"]),
    ];
    pdf.font("Helvetica-Bold");
    text(`${d.party ? `${d.councillorName} (${d.party})` : d.councillorName}: `, { continued: true, indent: 12 });
    pdf.font("Helvetica");
    text(facts.join("; ") + ".");
    pdf.font("Helvetica-Oblique");
    text(`“${d.description}”`, { indent: 12 });
    pdf.font("Helvetica");
  }

  function printSpeech(sp: MinutesSpeech, n: number) {
    pdf.font("Helvetica-Bold");
    text(`${n}. ${sp.party ? `${sp.councillorName} (${sp.party})` : sp.councillorName}: `, { continued: true, indent: 12 });
    pdf.font("Helvetica");
    text(`${SPEECH_KIND[sp.kind] ?? sp.kind}, ora ${tiranaClock(new Date(sp.startedAt))}, foli ${minutesAndSeconds(sp.spokenSeconds)} nga ${minutesAndSeconds(sp.allottedSeconds)} të lejuara.`);
  }

  function printVote(v: MinutesVote, n: number | null) {
    heading(n === null ? "Votimi" : `Votimi ${n}`, 10.5);
    labelled("Shumica e kërkuar:", MAJORITY[v.majority] ?? v.majority);
    labelled("Hapur:", `${tiranaClock(new Date(v.openedAt))}${v.closedAt ? ` · Mbyllur: ${tiranaClock(new Date(v.closedAt))}` : ""}`);
    labelled("Rezultati:", v.outcome ? OUTCOME[v.outcome] ?? v.outcome : "pa rezultat (votimi nuk u mbyll)");
    const t = v.tally;
    labelled("Për / Kundër / Abstenim / Të përjashtuar / Pa votuar:", `${t.for} / ${t.against} / ${t.abstain} / ${t.recused} / ${t.notVoted}`);
    for (const choice of ["FOR", "AGAINST", "ABSTAIN"]) {
      const list: MinutesBallot[] = v.ballots.filter((b) => b.choice === choice);
      if (list.length > 0) labelled(`${CHOICE[choice]} (${list.length}):`, names(list));
    }
    if (v.removedBallots.length > 0) {
      labelled("Vota të hequra nga një deklaratë interesi gjatë votimit:",
        v.removedBallots.map((r) => `${r.councillorName} (${CHOICE[r.choice] ?? r.choice})`).join(", "));
    }
  }

  if (options.packageUrl) {
    pdf.moveDown();
    labelled("Paketa e mbledhjes (dokumentet e mbledhjes, ZIP):", options.packageUrl);
  }

  // Footer on every page: publication time and the SHA-256 of the JSON document.
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing inside the bottom margin must not open a new page
    const y = pdf.page.height - 44;
    const late = doc.late ? ` (me vonesë; afati ishte ${tiranaDateTimeText(new Date(doc.deadline))})` : "";
    pdf.font("Helvetica").fontSize(7.5).fillColor("#444444");
    pdf.text(printable(`Publikuar më ${tiranaDateTimeText(publishedAt)}${late} · faqe ${i - range.start + 1} nga ${range.count}`),
      pdf.page.margins.left, y, { width: pdf.page.width - pdf.page.margins.left - pdf.page.margins.right, lineBreak: false });
    pdf.text(`SHA-256 e dokumentit JSON: ${sha256}`, pdf.page.margins.left, y + 10,
      { width: pdf.page.width - pdf.page.margins.left - pdf.page.margins.right, lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return finished;
}
