import type { EntityManager } from "typeorm";

const DAY = 86_400_000;

/**
 * Announced consultations and public meetings [dëgjesa publike] (issue 16 point 4), around today:
 * - a public hearing on the 2027 draft budget, announced yesterday for three weeks from now (on time);
 * - a consultation with residents announced two days ago for six days from now: fewer than 14 days, marked late;
 * - a hearing on today's budget draft, announced 16 days before it was held ten days ago, with its participants;
 * - a hearing on parking held two days ago whose participants the secretariat has not recorded yet.
 */
export async function loadConsultationsDemo(tx: EntityManager, now: Date, createdBy: string): Promise<void> {
  const at = (days: number, hour: number) => {
    const d = new Date(now.getTime() + days * DAY);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };
  const [budget]: { id: string }[] = await tx.query(
    "SELECT i.id FROM agenda_item i WHERE i.title ILIKE '%buxhetit%' AND i.draft_published_at IS NOT NULL ORDER BY i.draft_published_at DESC LIMIT 1");
  const rows: [title: string, kind: string, held: Date, announced: Date, place: string, item: string | null, counts: number[] | null][] = [
    ["Dëgjesë publike për projektbuxhetin 2027", "HEARING", at(21, 16), at(-1, 9), "Salla e Këshillit Bashkiak, Sheshi Aqif Pasha", null, null],
    ["Konsultim me banorët për parkun e lagjes 5 Maji", "CONSULTATION", at(6, 16), at(-2, 10), "Shkolla 9-vjeçare „Jani Kukuzeli”, lagjja 5 Maji", null, null],
    ["Dëgjesë publike për projektbuxhetin e vitit", "HEARING", at(-10, 15), at(-26, 9), "Salla e Këshillit Bashkiak, Sheshi Aqif Pasha", budget?.id ?? null, [31, 27, 2, 5]],
    ["Dëgjesë për rregulloren e parkimit në qendër", "HEARING", at(-2, 15), at(-20, 9), "Pallati i Kulturës „Skënder Kosturi”", null, null],
  ];
  for (const [title, kind, held, announced, place, item, counts] of rows) {
    const [women, men, other, vulnerable] = counts ?? [0, 0, 0, 0];
    await tx.query(
      `INSERT INTO consultation (title, kind, held_at, announced_at, place, agenda_item_id, status, women, men, other_or_undisclosed, vulnerable_groups, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [title, kind, held, announced, place, item, counts ? "HELD" : "ANNOUNCED", women, men, other, vulnerable, createdBy]);
  }
}
