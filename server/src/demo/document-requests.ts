import type { EntityManager } from "typeorm";
import { DEFAULT_CALENDAR, WorkingCalendar } from "../calendar/working-calendar.js";
import { closedClock, documentRequestDeadlines, openClock } from "../document-requests/rules.js";
import { issueReceipt, ReceiptKind } from "../platform/receipts.js";

/**
 * Requests for public documents [kërkesa për qasje në dokumente publike] (issue 16 point 3): two open (one
 * just received, one in progress whose text is withheld as personal data), one extended to 15 days because many
 * documents are asked for, and four answered: granted, refused (legal reason and appeal notice), transferred to
 * the cadastre, and exactly one answered late (MISSED), so the register shows a late mark.
 * The requesters are invented; their e-mails use the reserved example.org domain.
 */
const DAY = 86_400_000;
export const DEMO_APPEAL_NOTICE =
  "Kundër këtij vendimi keni të drejtë të filloni procedurën para Avokatit të Popullit, apo institucioneve tjera publike, ose gjykatës kompetente, në përputhje me ligjin në fuqi.";

type DemoRequest = {
  name: string; email?: string; phone?: string; address?: string; documents: string; channel: "ONLINE" | "COUNTER";
  daysAgo: number; startedAfter?: number; withheld?: boolean;
  extended?: { after: number; reason: "HELD_ELSEWHERE" | "MANY_DOCUMENTS"; note: string };
  closed?: { after: number; outcome: "GRANTED" | "PARTLY_GRANTED" | "REFUSED" | "TRANSFERRED"; note?: string; refusalReason?: string; transferredTo?: string };
};

const REQUESTS: DemoRequest[] = [
  {
    name: "Erjon Kalaja", email: "erjon.kalaja@example.org", channel: "ONLINE", daysAgo: 1,
    documents: "Kontrata dhe preventivi i punimeve për rikonstruksionin e rrugës «Aqif Pasha», viti 2025.",
  },
  {
    name: "Shpresa Bimbli", phone: "+355 69 123 4567", address: "Lagjja Kongresi, Elbasan", channel: "COUNTER", daysAgo: 5, startedAfter: 1, withheld: true,
    documents: "Kopje e vendimit për pensionin e invaliditetit të vëllait tim Gjergj Bimbli, dosja nr. 118.",
  },
  {
    name: "Albert Hysenaj", email: "albert.hysenaj@example.org", channel: "ONLINE", daysAgo: 9, startedAfter: 1,
    extended: { after: 4, reason: "MANY_DOCUMENTS", note: "Kërkohen procesverbalet e 24 mbledhjeve." },
    documents: "Procesverbalet e mbledhjeve të Komisionit të Financave për vitet 2023 dhe 2024.",
  },
  {
    name: "Merita Zeka", email: "merita.zeka@example.org", channel: "ONLINE", daysAgo: 30, startedAfter: 1,
    closed: { after: 4, outcome: "GRANTED", note: "Dokumentet u dërguan me e-mail në format PDF." },
    documents: "Raporti i auditimit të brendshëm për ndërmarrjen e ujësjellës-kanalizimeve, 2025.",
  },
  {
    name: "Dorian Lleshi", address: "Rruga «Rinia», Elbasan", channel: "COUNTER", daysAgo: 25, startedAfter: 2,
    closed: {
      after: 6, outcome: "REFUSED",
      refusalReason: "Dokumenti përmban të dhëna personale të palëve të treta dhe sekrete tregtare të ofertuesve (ligji për qasje në dokumente publike, kufizimet e qasjes).",
    },
    documents: "Ofertat e plota të operatorëve ekonomikë në tenderin për pastrimin e qytetit, 2026.",
  },
  {
    name: "Violeta Marku", email: "violeta.marku@example.org", channel: "ONLINE", daysAgo: 20, startedAfter: 1,
    closed: { after: 2, outcome: "TRANSFERRED", transferredTo: "Agjencia Shtetërore e Kadastrës, Drejtoria Vendore Elbasan" },
    documents: "Harta kadastrale e zonës kadastrale 8521 me kufijtë e pronave publike.",
  },
  {
    name: "Kastriot Dema", email: "kastriot.dema@example.org", channel: "ONLINE", daysAgo: 40, startedAfter: 3,
    closed: { after: 14, outcome: "PARTLY_GRANTED", note: "U dhanë listat e pagesave; kontratat individuale nuk u dhanë.", refusalReason: "Kontratat individuale përmbajnë të dhëna personale." },
    documents: "Lista e pagesave për subvencionet bujqësore të vitit 2025 dhe kontratat me përfituesit.",
  },
];

export async function loadDocumentRequestsDemo(tx: EntityManager, now: Date, secretariatId: string): Promise<void> {
  const calendar = new WorkingCalendar(DEFAULT_CALENDAR);
  for (const r of REQUESTS) {
    const receivedAt = new Date(now.getTime() - r.daysAgo * DAY);
    const at = (days: number) => new Date(receivedAt.getTime() + days * DAY);
    const d = documentRequestDeadlines(receivedAt, r.extended !== undefined, calendar);
    const clock = r.closed ? closedClock(at(r.closed.after), d.dueAt) : openClock(now, d);
    const status = r.closed ? "CLOSED" : r.startedAfter !== undefined ? "IN_PROGRESS" : "RECEIVED";
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO document_request (requester_name, requester_email, requester_phone, requester_address, documents, documents_withheld, channel, status,
         received_at, started_at, extended_at, extension_reason, extension_note, closed_at, outcome, answer_note, refusal_reason, appeal_notice, transferred_to,
         due_at, at_risk_at, sla_state, next_check_at, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24) RETURNING id`,
      [r.name, r.email ?? null, r.phone ?? null, r.address ?? null, r.documents, r.withheld ?? false, r.channel, status,
        receivedAt, r.startedAfter !== undefined ? at(r.startedAfter) : null,
        r.extended ? at(r.extended.after) : null, r.extended?.reason ?? null, r.extended?.note ?? null,
        r.closed ? at(r.closed.after) : null, r.closed?.outcome ?? null, r.closed?.note ?? null, r.closed?.refusalReason ?? null,
        r.closed?.outcome === "REFUSED" ? DEMO_APPEAL_NOTICE : null, r.closed?.transferredTo ?? null,
        d.dueAt, d.atRiskAt, clock.slaState, clock.nextCheckAt, r.channel === "COUNTER" ? secretariatId : null]);
    await issueReceipt(tx, ReceiptKind.DOCUMENT_REQUEST, id, receivedAt);
  }
}
