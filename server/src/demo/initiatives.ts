import type { EntityManager } from "typeorm";
import { random } from "./random.js";

const TITLES: [kind: string, title: string][] = [
  ["DRAFT_DECISION", "Projektvendim për uljen e taksës së ndërtesës për familjet me një prind"],
  ["MOTION", "Mocion për publikimin e regjistrit të kontratave publike të bashkisë"],
  ["QUESTION", "Pyetje për afatet e rikonstruksionit të rrugës së Kalasë"],
  ["AMENDMENT", "Amendament për rritjen e fondit për arsimin parashkollor"],
  ["DRAFT_DECISION", "Projektvendim për transport falas të nxënësve në zonat rurale"],
  ["MOTION", "Mocion për ngritjen e qendrave rinore në njësitë administrative"],
  ["QUESTION", "Interpelancë për mbledhjen e mbetjeve në Shirgjan"],
  ["DRAFT_DECISION", "Projektvendim për ndriçimin publik me energji diellore"],
  ["AMENDMENT", "Amendament për fondin e emergjencave civile"],
  ["MOTION", "Mocion për transmetimin e drejtpërdrejtë të mbledhjeve të komisioneve"],
  ["QUESTION", "Pyetje për listat e pritjes në çerdhet publike"],
  ["DRAFT_DECISION", "Projektvendim për mbështetjen e grave sipërmarrëse në bujqësi"],
];

/**
 * Initiatives over the last four half-years, with women leading fewer of them
 * than their share of seats (the gap the Elbasan plan's indicator is there to
 * show), public consultations with participants by gender, all seeded.
 */
export async function loadInitiativesDemo(tx: EntityManager, now: Date, createdBy: string, decidedItemIds: string[]): Promise<void> {
  const rnd = random(8);
  const councillors: { id: string; gender: string }[] = await tx.query("SELECT id, gender FROM councillor WHERE active ORDER BY full_name");
  const women = councillors.filter((c) => c.gender === "FEMALE");
  const men = councillors.filter((c) => c.gender !== "FEMALE");
  const pick = <T,>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const statuses = ["SUBMITTED", "IN_COMMITTEE", "ON_AGENDA", "ADOPTED", "ADOPTED", "REJECTED", "WITHDRAWN"];
  for (let k = 0; k < 64; k++) {
    const daysAgo = Math.floor(rnd() * 700);
    const submittedAt = new Date(now.getTime() - daysAgo * 86_400_000 - Math.floor(rnd() * 8) * 3600_000);
    const lead = rnd() < 0.31 ? pick(women) : pick(men);
    const [kind, title] = TITLES[k % TITLES.length];
    const status = daysAgo < 30 ? "SUBMITTED" : pick(statuses);
    const linked = (status === "ADOPTED" || status === "REJECTED") && decidedItemIds.length > 0 && k % 5 === 0 ? decidedItemIds[k % decidedItemIds.length] : null;
    const [{ id }] = await tx.query(
      "INSERT INTO initiative (title, kind, submitted_at, lead_sponsor_id, status, agenda_item_id, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
      [title, kind, submittedAt, lead.id, status, linked, createdBy]);
    const coCount = Math.floor(rnd() * 4);
    const co = new Set<string>();
    while (co.size < coCount) {
      const c = pick(councillors);
      if (c.id !== lead.id) co.add(c.id);
    }
    for (const c of co) await tx.query("INSERT INTO initiative_cosponsor (initiative_id, councillor_id) VALUES ($1, $2)", [id, c]);
  }
  const consultations: [string, string, number][] = [
    ["Dëgjesë publike për buxhetin 2026", "HEARING", 520], ["Konsultim për planin e transportit urban", "CONSULTATION", 400],
    ["Dëgjesë për paketën fiskale", "HEARING", 330], ["Konsultim me të rinjtë për qendrat rinore", "CONSULTATION", 250],
    ["Dëgjesë publike për buxhetin 2027", "HEARING", 150], ["Konsultim për shërbimet sociale", "CONSULTATION", 90],
    ["Konsultim për sportelin unik në Bradashesh", "CONSULTATION", 40], ["Dëgjesë për rregulloren e tregjeve", "HEARING", 12],
  ];
  for (const [title, kind, daysAgo] of consultations) {
    const total = 30 + Math.floor(rnd() * 60);
    const women = Math.round(total * (0.28 + rnd() * 0.2));
    const other = Math.floor(rnd() * 2);
    await tx.query(
      `INSERT INTO consultation (title, kind, held_at, announced_at, women, men, other_or_undisclosed, vulnerable_groups, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [title, kind, new Date(now.getTime() - daysAgo * 86_400_000), new Date(now.getTime() - (daysAgo + 15) * 86_400_000),
        women, total - women - other, other, Math.floor(total * 0.1), createdBy]);
  }
}
