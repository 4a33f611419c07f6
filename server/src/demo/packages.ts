import { createHash } from "node:crypto";
import PDFDocument from "pdfkit";
import type { EntityManager } from "typeorm";
import { pdfText } from "../packages/content.js";
import { indexDocumentText } from "../packages/search-text.js";

/**
 * Demo meeting packages [paketa e mbledhjes]: small real PDFs (pdfkit) for the past sessions' and
 * today's documents (the notice, the agenda, the draft acts on the budget, the kindergarten [çerdhe]
 * and waste collection [grumbullimi i mbetjeve], a committee's report), a CSV, one document replaced
 * (two versions) and one withdrawn, so that the package pages, the ZIPs and the search have content.
 */
type DemoDocument = {
  session: string;
  /** The agenda item's position, or null for the session's own documents. */
  item: number | null;
  kind: "NOTICE" | "AGENDA" | "DRAFT_ACT" | "REPORT" | "SUPPORTING";
  title: string;
  fileName: string;
  /** Paragraphs of each version's PDF (one entry per version), or a CSV's text. */
  versions: string[][];
  csv?: string;
  daysBefore: number;
  withdrawn?: string;
};

const NR9 = "Mbledhja e Këshillit Bashkiak nr. 9";
const NR10 = "Mbledhja e Këshillit Bashkiak nr. 10";
const NR11 = "Mbledhja e Këshillit Bashkiak nr. 11";
const EXTRA = "Mbledhja e jashtëzakonshme e Këshillit Bashkiak"; // demo/decisions.ts: waste collection and a kindergarten

const DOCUMENTS: DemoDocument[] = [
  {
    session: NR9, item: null, kind: "NOTICE", title: "Njoftim për mbledhjen nr. 9", fileName: "Njoftim mbledhja nr. 9.pdf", daysBefore: 9,
    versions: [["Këshilli Bashkiak Elbasan njofton se mbledhja e radhës nr. 9 do të zhvillohet në sallën e Këshillit.",
      "Mbledhja është e hapur për publikun. Materialet janë në paketën e mbledhjes."]],
  },
  {
    session: NR9, item: 2, kind: "DRAFT_ACT", title: "Projektvendim për miratimin e buxhetit afatmesëm 2027–2029", fileName: "Projektvendim buxheti afatmesëm 2027–2029.pdf", daysBefore: 8,
    versions: [["Projektvendim për miratimin e programit buxhetor afatmesëm 2027–2029 të Bashkisë Elbasan.",
      "Neni 1. Miratohet programi buxhetor afatmesëm për vitet 2027–2029, sipas tabelave bashkëlidhur.",
      "Neni 2. Investimet kapitale përfshijnë ndërtimin e çerdhes së re në lagjen Kastriot, rikonstruksionin e shkollës 'Ali Agjahu' dhe blerjen e dy automjeteve për grumbullimin e mbetjeve.",
      "Neni 3. Ngarkohet Drejtoria e Financave për zbatimin e këtij vendimi."]],
  },
  {
    session: NR9, item: 2, kind: "REPORT", title: "Relacion i Komisionit të Ekonomisë, Financave dhe Buxhetit", fileName: "Relacion komisioni buxheti.pdf", daysBefore: 3,
    versions: [["Komisioni i Ekonomisë, Financave dhe Buxhetit shqyrtoi projektvendimin për buxhetin afatmesëm 2027–2029.",
      "Komisioni jep mendim pozitiv dhe rekomandon që fondi për çerdhen e lagjes Kastriot të mbrohet nga shkurtimet."]],
  },
  {
    session: NR9, item: 2, kind: "SUPPORTING", title: "Tabela e investimeve kapitale 2027–2029", fileName: "Investimet kapitale 2027–2029.csv", daysBefore: 8,
    versions: [[]],
    csv: "Projekti;2027;2028;2029\nÇerdhja e re, lagjja Kastriot;42000000;18000000;0\nShkolla 'Ali Agjahu';25000000;25000000;0\nAutomjete për grumbullimin e mbetjeve;30000000;0;0\n",
  },
  {
    session: NR10, item: null, kind: "AGENDA", title: "Rendi i ditës, mbledhja nr. 10", fileName: "Rendi i ditës nr. 10.pdf", daysBefore: 9,
    versions: [["Rendi i ditës i mbledhjes nr. 10:", "1. Projektvendim për paketën fiskale 2027.",
      "2. Projektvendim për miratimin e planit të integritetit 2025–2028: raporti i monitorimit.",
      "3. Projektvendim për emërtimin e rrugëve në njësinë administrative Shirgjan.", "4. Të ndryshme."]],
  },
  {
    session: NR10, item: 1, kind: "DRAFT_ACT", title: "Projektvendim për paketën fiskale 2027", fileName: "Projektvendim paketa fiskale 2027.pdf", daysBefore: 21,
    versions: [
      ["Projektvendim për paketën fiskale 2027 të Bashkisë Elbasan.",
        "Neni 1. Taksat dhe tarifat vendore për vitin 2027 janë sipas aneksit.",
        "Neni 2. Tarifa e pastrimit dhe e grumbullimit të mbetjeve për familjet mbetet 3 000 lekë në vit."],
      ["Projektvendim për paketën fiskale 2027 të Bashkisë Elbasan (version i rishikuar pas konsultimit publik).",
        "Neni 1. Taksat dhe tarifat vendore për vitin 2027 janë sipas aneksit.",
        "Neni 2. Tarifa e pastrimit dhe e grumbullimit të mbetjeve për familjet mbetet 3 000 lekë në vit; familjet me ndihmë ekonomike përjashtohen.",
        "Neni 3. Grumbullimi i diferencuar i mbetjeve fillon në njësitë Bradashesh dhe Shirgjan."],
    ],
  },
  {
    session: NR10, item: 1, kind: "SUPPORTING", title: "Aneksi i tarifave (draft i gabuar)", fileName: "Aneksi i tarifave.pdf", daysBefore: 20,
    versions: [["Aneksi i tarifave vendore 2027 (draft pune)."]],
    withdrawn: "U ngarkua një draft pune në vend të aneksit përfundimtar.",
  },
  {
    session: EXTRA, item: 1, kind: "DRAFT_ACT", title: "Projektvendim për rregulloren e grumbullimit të diferencuar të mbetjeve urbane", fileName: "Projektvendim rregullorja e mbetjeve.pdf", daysBefore: 19,
    versions: [["Projektvendim për miratimin e rregullores së grumbullimit të diferencuar të mbetjeve urbane në Bashkinë Elbasan.",
      "Neni 1. Grumbullimi i mbetjeve bëhet çdo ditë në qendër të qytetit dhe tri herë në javë në njësitë administrative.",
      "Neni 2. Në çdo lagje vendosen kontejnerë të veçantë për letrën, plastikën dhe qelqin.",
      "Neni 3. Familjet dhe bizneset i ndajnë mbetjet sipas llojit; shkelësit gjobiten sipas rregullores."]],
  },
  {
    session: EXTRA, item: 1, kind: "REPORT", title: "Relacion i Komisionit të Territorit, Urbanistikës dhe Mjedisit", fileName: "Relacion komisioni mbetjet.pdf", daysBefore: 5,
    versions: [["Komisioni i Territorit, Urbanistikës dhe Mjedisit jep mendim pozitiv për rregulloren e grumbullimit të mbetjeve,",
      "me kërkesën që oraret e grumbullimit të publikohen në çdo lagje."]],
  },
  {
    session: EXTRA, item: 2, kind: "DRAFT_ACT", title: "Projektvendim për ngritjen e çerdhes publike në lagjen Aqif Pasha", fileName: "Projektvendim çerdhja Aqif Pasha.pdf", daysBefore: 14,
    versions: [["Projektvendim për ngritjen e çerdhes publike në lagjen Aqif Pasha.",
      "Neni 1. Ngrihet çerdhja publike me 60 vende për fëmijët nga 9 muaj deri 3 vjeç.",
      "Neni 2. Çerdhja financohet nga fondi i zhvillimit i buxhetit të Bashkisë Elbasan."]],
  },
  {
    session: EXTRA, item: 3, kind: "DRAFT_ACT", title: "Projektvendim për koncesionin e grumbullimit dhe transportit të mbetjeve në Shirgjan", fileName: "Projektvendim koncesioni i mbetjeve Shirgjan.pdf", daysBefore: 12,
    versions: [["Projektvendim për dhënien me koncesion të shërbimit të grumbullimit dhe transportit të mbetjeve në njësinë administrative Shirgjan,",
      "për një periudhë dhjetëvjeçare, sipas propozimit të administratës."]],
  },
  {
    session: NR11, item: null, kind: "NOTICE", title: "Njoftim për mbledhjen nr. 11", fileName: "Njoftim mbledhja nr. 11.pdf", daysBefore: 10,
    versions: [["Këshilli Bashkiak Elbasan njofton se mbledhja nr. 11 do të zhvillohet sot në orën 10:00 në sallën e Këshillit.",
      "Qytetarët mund të ndjekin mbledhjen në sallë ose drejtpërdrejt në internet."]],
  },
  {
    session: NR11, item: 2, kind: "DRAFT_ACT", title: "Projektvendim për buxhetin e Bashkisë Elbasan për vitin 2027", fileName: "Projektvendim buxheti 2027.pdf", daysBefore: 24,
    versions: [["Projektvendim për miratimin e buxhetit të Bashkisë Elbasan për vitin 2027.",
      "Neni 1. Miratohet buxheti i vitit 2027 me të ardhura dhe shpenzime sipas tabelave bashkëlidhur.",
      "Neni 2. Për arsimin parashkollor parashikohet hapja e çerdhes së re në lagjen Kastriot me 60 vende."]],
  },
  {
    session: NR11, item: 3, kind: "DRAFT_ACT", title: "Projektvendim për rishikimin e tarifave të shërbimit të pastrimit", fileName: "Projektvendim tarifat e pastrimit.pdf", daysBefore: 5,
    versions: [["Projektvendim për rishikimin e tarifave të shërbimit të pastrimit dhe të grumbullimit të mbetjeve.",
      "Neni 1. Tarifa e grumbullimit të mbetjeve për bizneset e vogla bëhet 12 000 lekë në vit.",
      "Neni 2. Kontejnerët për grumbullimin e diferencuar vendosen në çdo lagje deri në qershor 2027."]],
  },
];

/** A small real PDF: a title and paragraphs in Helvetica (WinAnsi covers ë and ç). */
export function demoPdf(title: string, paragraphs: readonly string[]): Promise<Buffer> {
  const pdf = new PDFDocument({ size: "A4", margin: 56, info: { Title: title, Author: "Këshilli Bashkiak Elbasan", CreationDate: new Date(Date.UTC(2026, 0, 1)) } });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (c: Buffer) => chunks.push(c));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  pdf.font("Helvetica-Bold").fontSize(11).text("REPUBLIKA E SHQIPËRISË · KËSHILLI BASHKIAK ELBASAN", { align: "center" });
  pdf.moveDown(1.5).fontSize(15).text(title);
  pdf.moveDown().font("Helvetica").fontSize(11);
  for (const p of paragraphs) pdf.text(p).moveDown(0.6);
  pdf.end();
  return finished;
}

export async function loadPackagesDemo(tx: EntityManager, secretariatId: string): Promise<void> {
  for (const doc of DOCUMENTS) {
    const [session]: { id: string; scheduled_at: Date }[] = await tx.query("SELECT id, scheduled_at FROM council_session WHERE title = $1", [doc.session]);
    if (!session) continue;
    const [item]: { id: string }[] = doc.item === null ? [] : await tx.query("SELECT id FROM agenda_item WHERE session_id = $1 AND position = $2", [session.id, doc.item]);
    if (doc.item !== null && !item) continue;
    const createdAt = new Date(session.scheduled_at.getTime() - doc.daysBefore * 86_400_000);
    const [{ id }]: { id: string }[] = await tx.query(
      "INSERT INTO meeting_document (session_id, agenda_item_id, kind, title, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
      [session.id, item?.id ?? null, doc.kind, doc.title, createdAt, secretariatId],
    );
    for (const [k, paragraphs] of doc.versions.entries()) {
      const bytes = doc.csv ? Buffer.from(doc.csv, "utf8") : await demoPdf(doc.title, paragraphs);
      const text = doc.csv ? null : await pdfText(bytes);
      await tx.query(
        `INSERT INTO meeting_document_version (document_id, version, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by, text)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [id, k + 1, doc.fileName, doc.csv ? "text/csv" : "application/pdf", bytes.length, createHash("sha256").update(bytes).digest("hex"),
          new Date(createdAt.getTime() + k * 2 * 86_400_000), secretariatId, text],
      );
      await tx.query("INSERT INTO meeting_document_file (document_id, version, bytes) VALUES ($1, $2, $3)", [id, k + 1, bytes]);
      if (!doc.withdrawn) await indexDocumentText(tx, { documentId: id, agendaItemId: item?.id ?? null, title: doc.title, text });
    }
    if (doc.withdrawn) {
      await tx.query("UPDATE meeting_document SET withdrawn_at = $2, withdrawn_by = $3, withdrawal_reason = $4 WHERE id = $1",
        [id, new Date(createdAt.getTime() + 86_400_000), secretariatId, doc.withdrawn]);
    }
  }
}
