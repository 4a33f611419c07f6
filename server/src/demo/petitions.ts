import type { EntityManager } from "typeorm";
import { DEFAULT_CALENDAR, WorkingCalendar } from "../calendar/working-calendar.js";
import { answerDueAt, reviewDueAt } from "../petitions/rules.js";
import { issueReceipt, ReceiptKind } from "../platform/receipts.js";

type DemoPetition = {
  kind: "PERSON" | "ORGANISATION"; name: string; email?: string; phone?: string; title: string; text: string;
  signatures: string[]; extraSignatures?: number; channel: "ONLINE" | "PAPER"; receivedDaysAgo: number;
  reviewDaysAgo?: number; discussedAt?: { session: string; position: number }; answeredDaysAgo?: number; answer?: string;
  rejectedDaysAgo?: number; reason?: string;
};

const PETITIONS: DemoPetition[] = [
  {
    kind: "ORGANISATION", name: "Shoqata e Prindërve të shkollës \"Naim Frashëri\"", email: "prinderit.nf@shembull.al",
    title: "Ndriçim publik në rrugën e shkollës \"Naim Frashëri\"",
    text: "Rruga që të çon te shkolla është pa ndriçim që në tetor. Fëmijët kthehen në errësirë pas orës 16:30. Kërkojmë vendosjen e ndriçuesve brenda këtij viti shkollor.",
    signatures: ["Lindita Hoxha, Rr. Kozma Naska", "Gëzim Çupi, Rr. Kozma Naska", "Merita Lala, L. Kala"], extraSignatures: 214,
    channel: "PAPER", receivedDaysAgo: 95, reviewDaysAgo: 90, discussedAt: { session: "Mbledhja e Këshillit Bashkiak nr. 9", position: 3 },
    answeredDaysAgo: 33, answer: "Këshilli miratoi përfshirjen e ndriçimit të rrugës në planin e investimeve; punimet fillojnë në pranverë.",
  },
  {
    // The late one: discussed 67 days after it was received (the review is due within 60).
    kind: "PERSON", name: "Blerim Kastrati", email: "blerim.kastrati@shembull.al", phone: "+355 69 400 1122",
    title: "Riparimi i urës së këmbësorëve në Shirgjan",
    text: "Ura e këmbësorëve mbi lumin Shkumbin në Shirgjan ka dërrasa të thyera dhe parmakë të lëkundur. Banorët e kalojnë çdo ditë për në treg dhe në shkollë.",
    signatures: ["Blerim Kastrati, Shirgjan", "Zana Kastrati, Shirgjan", "Ilir Muça, Shirgjan", "Flora Dema, Shirgjan"], extraSignatures: 86,
    channel: "ONLINE", receivedDaysAgo: 80, reviewDaysAgo: 70, discussedAt: { session: "Mbledhja e Këshillit Bashkiak nr. 10", position: 4 },
    answeredDaysAgo: 5, answer: "Riparimi i urës u përfshi në fondin e emergjencave; drejtoria e infrastrukturës e kryen brenda dy muajve.",
  },
  {
    kind: "PERSON", name: "Ermira Dautaj", email: "ermira.dautaj@shembull.al",
    title: "Kthimi i linjës së autobusit Elbasan–Bradashesh",
    text: "Që nga shtatori linja e autobusit për Bradasheshin qarkullon vetëm dy herë në ditë. Kërkojmë kthimin e orarit të mëparshëm, me një autobus çdo orë.",
    signatures: ["Ermira Dautaj, Bradashesh", "Agim Rrapi, Bradashesh"], extraSignatures: 410,
    channel: "PAPER", receivedDaysAgo: 30, reviewDaysAgo: 26, discussedAt: { session: "Mbledhja e Këshillit Bashkiak nr. 10", position: 4 },
  },
  {
    kind: "ORGANISATION", name: "Këshilli i lagjes \"Aqif Pasha\"",
    title: "Hapja e një këndi lojërash në lagjen \"Aqif Pasha\"",
    text: "Në lagje nuk ka asnjë kënd lojërash. Propozojmë truallin bosh pranë qendrës shëndetësore, që është pronë e bashkisë.",
    signatures: ["Arta Leka, L. Aqif Pasha", "Sokol Beqiri, L. Aqif Pasha"], extraSignatures: 57,
    channel: "ONLINE", receivedDaysAgo: 20, reviewDaysAgo: 15,
  },
  {
    kind: "ORGANISATION", name: "Shoqata e Tregtarëve të Tregut të Ri",
    title: "Heqja e tarifës së zënies së hapësirës publike për tregtarët e vegjël",
    text: "Tarifa e re e zënies së hapësirës publike i dëmton tregtarët e vegjël të tregut. Kërkojmë heqjen e saj për tezgat nën 4 metra katrorë.",
    signatures: ["Petrit Gjoka, Tregu i Ri"], extraSignatures: 38,
    channel: "ONLINE", receivedDaysAgo: 40, rejectedDaysAgo: 30,
    reason: "Tarifat vendore vendosen me paketën fiskale: kërkesa u përcoll si koment për projektvendimin e paketës fiskale 2027.",
  },
  {
    kind: "PERSON", name: "Dorina Shehaj", email: "dorina.shehaj@shembull.al",
    title: "Zgjatja e orarit të bibliotekës publike deri në orën 20:00",
    text: "Studentët dhe të rinjtë që punojnë nuk mund ta përdorin bibliotekën, që mbyllet në orën 16:00. Kërkojmë orar deri në 20:00 nga e hëna në të premte.",
    signatures: ["Dorina Shehaj, Rr. Ismail Qemali"], extraSignatures: 0,
    channel: "ONLINE", receivedDaysAgo: 3,
  },
];

/**
 * Petitions [peticione] in every state, from organisations and from persons, online and from paper, with their
 * receipts. Exactly one carries a late mark: the footbridge in Shirgjan, discussed 67 days after it was received.
 */
export async function loadPetitionsDemo(tx: EntityManager, now: Date, createdBy: string): Promise<void> {
  const calendar = new WorkingCalendar(DEFAULT_CALENDAR);
  const ago = (days: number, hour = 11) => new Date(now.getTime() - days * 86_400_000 + (hour - 11) * 3600_000);
  for (const p of PETITIONS) {
    const receivedAt = ago(p.receivedDaysAgo, 9);
    let item: { id: string; held_at: Date } | null = null;
    if (p.discussedAt) {
      [item] = await tx.query(
        `SELECT a.id, coalesce(s.started_at, s.scheduled_at) AS held_at FROM agenda_item a JOIN council_session s ON s.id = a.session_id
         WHERE s.title = $1 AND a.position = $2`, [p.discussedAt.session, p.discussedAt.position]);
    }
    const status = p.rejectedDaysAgo !== undefined ? "REJECTED" : p.answeredDaysAgo !== undefined ? "ANSWERED" : item ? "DISCUSSED" : p.reviewDaysAgo !== undefined ? "UNDER_REVIEW" : "RECEIVED";
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO petition (petitioner_kind, petitioner_name, contact_email, contact_phone, title, body, signatures_count, signature_list,
         channel, status, received_at, review_due_at, review_started_at, agenda_item_id, discussed_at, answer_due_at, answered_at, answer_summary,
         rejected_at, reject_reason, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) RETURNING id`,
      [p.kind, p.name, p.email ?? null, p.phone ?? null, p.title, p.text, p.signatures.length + (p.extraSignatures ?? 0), p.signatures.join("\n"),
        p.channel, status, receivedAt, reviewDueAt(receivedAt, calendar), p.reviewDaysAgo !== undefined ? ago(p.reviewDaysAgo) : null,
        item?.id ?? null, item?.held_at ?? null, item ? answerDueAt(item.held_at, calendar) : null,
        p.answeredDaysAgo !== undefined ? ago(p.answeredDaysAgo) : null, p.answer ?? null,
        p.rejectedDaysAgo !== undefined ? ago(p.rejectedDaysAgo) : null, p.reason ?? null, p.channel === "PAPER" ? createdBy : null],
    );
    await issueReceipt(tx, ReceiptKind.PETITION, id, receivedAt);
  }
}
