import type { EntityManager } from "typeorm";
import { issueReceipt, ReceiptKind } from "../platform/receipts.js";
import { reportCounts } from "../comments/rules.js";

/**
 * Comments on draft decisions [komente për projektvendimin] (issue 16 point 1): the 2027 budget draft of today's
 * session is open for comment (published 24 days before it), with comments in every state — published and
 * answered, published and waiting for an answer, rejected as off topic, two waiting for moderation (one from
 * paper) — so a citizen comments on it from a phone and the secretariat clears the queue. The fiscal package of
 * the last closed session had its consultation: every comment answered and the report published.
 * The authors are invented; their e-mails use the reserved example.org domain.
 */
type DemoComment = {
  name: string; email?: string; gender?: "FEMALE" | "MALE" | "OTHER" | "UNDISCLOSED"; vulnerable?: boolean; text: string; paper?: boolean; hoursAfter: number;
  moderation?: { status: "PUBLISHED" } | { status: "REJECTED"; reason: "OFFENSIVE" | "PERSONAL_DATA" | "OFF_TOPIC" | "DUPLICATE" };
  answer?: { outcome: "ACCEPTED" | "PARTLY_ACCEPTED" | "NOT_ACCEPTED"; reason: string };
};

const BUDGET: DemoComment[] = [
  {
    name: "Mimoza Kaja", email: "mimoza.kaja@example.org", gender: "FEMALE", hoursAfter: 50,
    text: "Propozoj që fondi për ndriçimin e rrugëve në lagjen Shkozë të rritet: rruga kryesore është në errësirë pas orës 18.",
    moderation: { status: "PUBLISHED" },
    answer: { outcome: "ACCEPTED", reason: "Fondi për ndriçimin publik u rrit me 4 milionë lekë; lagjja Shkozë është në listën e punimeve të 2027." },
  },
  {
    name: "Gëzim Lala", gender: "MALE", hoursAfter: 98,
    text: "Buxheti për transportin e nxënësve nga fshatrat e Shirgjanit nuk mjafton për dy autobusë. Kërkoj të shihet sërish.",
    moderation: { status: "PUBLISHED" },
  },
  {
    name: "Arta Berisha", email: "arta.berisha@example.org", gender: "FEMALE", vulnerable: true, hoursAfter: 140,
    text: "Qendra ditore për personat me aftësi të kufizuara ka nevojë për një mjet transporti. A parashikohet në buxhet?",
    moderation: { status: "PUBLISHED" },
  },
  { name: "Klevis Hoxha", hoursAfter: 150, text: "Kur do të hapet pishina e qytetit?", moderation: { status: "REJECTED", reason: "OFF_TOPIC" } },
  { name: "Liljana Duka", gender: "FEMALE", paper: true, hoursAfter: 190, text: "Kërkoj që tarifa e ujit të mos rritet për pensionistët. (Letër e dorëzuar në protokoll.)" },
  { name: "Besart Meta", email: "besart.meta@example.org", hoursAfter: 230, text: "Sa fonde janë parashikuar për mirëmbajtjen e shkollës «Qamil Guranjaku»?" },
];

const FISCAL: DemoComment[] = [
  {
    name: "Ornela Gjini", gender: "FEMALE", hoursAfter: 30, text: "Taksa e tabelës për bizneset e vogla është shumë e lartë.",
    moderation: { status: "PUBLISHED" }, answer: { outcome: "PARTLY_ACCEPTED", reason: "Taksa u ul me 20 % për bizneset me xhiro deri në 5 milionë lekë; për të tjerat mbetet." },
  },
  {
    name: "Ilirjan Sota", gender: "MALE", hoursAfter: 70, text: "Propozoj përjashtim nga tarifa e pastrimit për familjet në ndihmë ekonomike.",
    moderation: { status: "PUBLISHED" }, answer: { outcome: "ACCEPTED", reason: "Përjashtimi u shtua në nenin 7 të paketës fiskale." },
  },
  {
    name: "Dorina Prendi", gender: "FEMALE", hoursAfter: 90, text: "Tarifa e parkimit në qendër duhet dyfishuar.",
    moderation: { status: "PUBLISHED" }, answer: { outcome: "NOT_ACCEPTED", reason: "Tarifa e parkimit rishikohet me planin e lëvizshmërisë, jo me paketën fiskale." },
  },
];

async function insertComments(tx: EntityManager, itemId: string, draftAt: Date, secretariatId: string, comments: DemoComment[]): Promise<void> {
  for (const c of comments) {
    const receivedAt = new Date(draftAt.getTime() + c.hoursAfter * 3600_000);
    const moderatedAt = c.moderation ? new Date(receivedAt.getTime() + 20 * 3600_000) : null;
    const answeredAt = c.answer ? new Date(receivedAt.getTime() + 60 * 3600_000) : null;
    const [{ id }] = await tx.query(
      `INSERT INTO draft_comment (agenda_item_id, author_name, email, gender, vulnerable_group, body, channel, received_at, recorded_by,
         status, reject_reason, moderated_at, moderated_by, outcome, answer, answered_at, answered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
      [itemId, c.name, c.email ?? null, c.gender ?? null, c.vulnerable ?? null, c.text, c.paper ? "PAPER" : "ONLINE", receivedAt,
        c.paper ? secretariatId : null, c.moderation?.status ?? "PENDING", c.moderation?.status === "REJECTED" ? c.moderation.reason : null,
        moderatedAt, moderatedAt ? secretariatId : null, c.answer?.outcome ?? null, c.answer?.reason ?? null, answeredAt, answeredAt ? secretariatId : null],
    );
    await issueReceipt(tx, ReceiptKind.DRAFT_COMMENT, id, receivedAt);
  }
}

/** Called by load-demo.ts inside its transaction, after the sessions. */
export async function loadCommentsDemo(tx: EntityManager, secretariatId: string): Promise<void> {
  const [budget]: { id: string; draft_published_at: Date }[] = await tx.query(
    `SELECT i.id, i.draft_published_at FROM agenda_item i JOIN council_session s ON s.id = i.session_id
      WHERE s.status = 'SCHEDULED' AND i.draft_published_at IS NOT NULL AND i.title LIKE '%buxhetit%2027%' ORDER BY s.scheduled_at LIMIT 1`);
  if (budget) await insertComments(tx, budget.id, budget.draft_published_at, secretariatId, BUDGET);
  const [fiscal]: { id: string; draft_published_at: Date; scheduled_at: Date }[] = await tx.query(
    `SELECT i.id, i.draft_published_at, s.scheduled_at FROM agenda_item i JOIN council_session s ON s.id = i.session_id
      WHERE s.status = 'CLOSED' AND i.draft_published_at IS NOT NULL AND i.title LIKE '%paketën fiskale 2027%' ORDER BY s.scheduled_at DESC LIMIT 1`);
  if (fiscal) {
    await insertComments(tx, fiscal.id, fiscal.draft_published_at, secretariatId, FISCAL);
    const counts = reportCounts(FISCAL.map((c) => ({
      status: c.moderation?.status ?? "PENDING", channel: c.paper ? "PAPER" : "ONLINE", rejectReason: c.moderation?.status === "REJECTED" ? c.moderation.reason : null,
      outcome: c.answer?.outcome ?? null, gender: c.gender ?? null, vulnerableGroup: c.vulnerable ?? null,
    }) as Parameters<typeof reportCounts>[0][number]));
    await tx.query("INSERT INTO consultation_report (agenda_item_id, published_at, published_by, figures) VALUES ($1, $2, $3, $4::jsonb)",
      [fiscal.id, new Date(fiscal.scheduled_at.getTime() - 24 * 3600_000), secretariatId, JSON.stringify(counts)]);
  }
}
