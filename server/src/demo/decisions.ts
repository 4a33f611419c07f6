import type { EntityManager } from "typeorm";
import { TIRANA_ZONE, tiranaDate, tiranaHourOn } from "../platform/tirana-time.js";
import { BallotChoice, MajorityRule } from "../sessions/model.js";
import { tallyOf, voteOutcome } from "../sessions/rules.js";
import { nextDecisionNumber } from "../decisions/rules.js";

/**
 * The register of decisions' demo: an extraordinary council session this year on waste collection
 * [grumbullimi i mbetjeve] and a kindergarten [çerdhe] (one draft rejected), and the secretariat's record of every
 * decided item: its kind, its decision number (adopted acts only, in the order they were voted, per body and year,
 * continuing the year's earlier paper register) and the prefect's review [Prefekti] of its legality.
 * Called by load-demo.ts inside its transaction, before the audit chain attests the plain-SQL records.
 */
const EXTRAORDINARY = {
  title: "Mbledhja e jashtëzakonshme e Këshillit Bashkiak",
  daysAgo: 27,
  items: [
    {
      title: "Projektvendim për miratimin e rregullores së grumbullimit të diferencuar të mbetjeve urbane",
      description: "Këshilli Bashkiak miraton rregullat e grumbullimit të mbetjeve në lagje dhe në njësitë administrative: oraret, kontejnerët e riciklimit dhe detyrimet e familjeve dhe bizneseve.",
      draftDays: 19, against: 9,
    },
    {
      title: "Projektvendim për ngritjen e çerdhes publike në lagjen Aqif Pasha",
      description: "Një çerdhe me 60 vende për fëmijët nga 9 muaj deri 3 vjeç, e financuar nga fondi i zhvillimit i buxhetit të Bashkisë.",
      draftDays: 14, against: 4,
    },
    {
      title: "Projektvendim për dhënien me koncesion të shërbimit të grumbullimit dhe transportit të mbetjeve në Shirgjan",
      description: "Propozim i administratës për një kontratë koncesioni dhjetëvjeçare; Këshilli e rrëzoi.",
      draftDays: 12, against: 30,
    },
  ],
} as const;

/** The kind of each demo item, by words of its title. */
function kindOf(title: string): string {
  if (/procesverbal|rendit të ditës|Të ndryshme/i.test(title)) return "PROCEDURAL";
  if (/buxhet/i.test(title)) return "BUDGET";
  if (/fiskal|tarif|taks/i.test(title)) return "FEES";
  if (/rregullore/i.test(title)) return "REGULATION";
  if (/pasuri/i.test(title)) return "PROPERTY";
  if (/emërtim/i.test(title)) return "NAMING";
  if (/çerdhe|mbetje|sportel/i.test(title)) return "SERVICES";
  return "OTHER";
}

/** The first number of the demo's year: the council numbered its earlier acts of the year on paper. */
const FIRST_NUMBER = 87;

export async function loadDecisionsDemo(tx: EntityManager, now: Date, secretariatId: string): Promise<void> {
  const [{ id: councilId, seats }]: { id: string; seats: number }[] = await tx.query("SELECT id, seats FROM body WHERE kind = 'COUNCIL'");
  const councillors: { id: string }[] = await tx.query("SELECT id FROM councillor WHERE active ORDER BY full_name");
  const day = tiranaHourOn(new Date(now.getTime() - EXTRAORDINARY.daysAgo * 86_400_000), 10);
  const [{ id: sessionId }] = await tx.query(
    `INSERT INTO council_session (body_id, title, scheduled_at, announced_at, status, seats, started_at, closed_at)
     VALUES ($1, $2, $3, $4, 'CLOSED', $5, $3, $6) RETURNING id`,
    [councilId, EXTRAORDINARY.title, day, minutes(day, -8 * 24 * 60), seats, minutes(day, 150)],
  );
  const present = councillors.filter((_, i) => i % 9 !== 4).map((c) => c.id);
  for (const [i, c] of councillors.entries()) {
    const status = present.includes(c.id) ? "PRESENT" : i % 2 ? "EXCUSED" : "ABSENT";
    await tx.query("INSERT INTO attendance (session_id, councillor_id, status, changed_at) VALUES ($1, $2, $3, $4)", [sessionId, c.id, status, minutes(day, 3)]);
    await tx.query("INSERT INTO attendance_change (session_id, councillor_id, status, changed_at, recorded_by) VALUES ($1, $2, $3, $4, $5)", [sessionId, c.id, status, minutes(day, 3), secretariatId]);
  }
  for (const [p, item] of EXTRAORDINARY.items.entries()) {
    const start = minutes(day, 10 + 45 * p);
    const [{ id: itemId }] = await tx.query(
      "INSERT INTO agenda_item (session_id, position, title, description, status, draft_published_at) VALUES ($1, $2, $3, $4, 'DECIDED', $5) RETURNING id",
      [sessionId, p + 1, item.title, item.description, minutes(day, -item.draftDays * 24 * 60 + 120)],
    );
    const [{ id: voteId }] = await tx.query(
      "INSERT INTO vote (session_id, agenda_item_id, majority, seats, opened_at) VALUES ($1, $2, 'SIMPLE', $3, $4) RETURNING id",
      [sessionId, itemId, seats, minutes(start, 30)],
    );
    const choices: BallotChoice[] = [];
    for (const [k, cid] of present.entries()) {
      const choice = k < item.against ? BallotChoice.AGAINST : k % 13 === 12 ? BallotChoice.ABSTAIN : BallotChoice.FOR;
      choices.push(choice);
      await tx.query("INSERT INTO ballot (vote_id, councillor_id, choice, cast_at, cast_by) VALUES ($1, $2, $3, $4, $5)", [voteId, cid, choice, minutes(start, 31), secretariatId]);
    }
    // The tally and the outcome as closeVote fixes them (sessions/rules.ts).
    const tally = tallyOf(seats, choices, 0);
    await tx.query(
      `UPDATE vote SET status = 'CLOSED', closed_at = $2, outcome = $3, for_count = $4, against_count = $5,
         abstain_count = $6, recused_count = $7, not_voted_count = $8 WHERE id = $1`,
      [voteId, minutes(start, 34), voteOutcome(MajorityRule.SIMPLE, tally, seats), tally.for, tally.against, tally.abstain, tally.recused, tally.notVoted],
    );
  }

  // The secretariat's record of every decided item of the demo, in the order they were voted.
  const decided: { agenda_item_id: string; body_id: string; title: string; outcome: string; year: number; decided_on: string }[] = await tx.query(
    `SELECT d.agenda_item_id, s.body_id, i.title, d.outcome, extract(year FROM d.closed_at AT TIME ZONE $1)::int AS year,
            to_char(d.closed_at AT TIME ZONE $1, 'YYYY-MM-DD') AS decided_on
     FROM decided_item d JOIN agenda_item i ON i.id = d.agenda_item_id JOIN council_session s ON s.id = d.session_id
     ORDER BY d.closed_at, i.position`, [TIRANA_ZONE]);
  const highest = new Map<string, number>();
  const today = tiranaDate(now);
  for (const [k, d] of decided.entries()) {
    const kind = kindOf(d.title);
    const numbered = d.outcome === "PASSED" && kind !== "PROCEDURAL";
    const key = `${d.body_id}/${d.year}`;
    const number = numbered ? nextDecisionNumber(highest.get(key) ?? (d.body_id === councilId ? FIRST_NUMBER - 1 : null)) : null;
    if (number !== null) highest.set(key, number);
    // The prefect's review: acts older than a month upheld, one returned for a second look, the newest sent or not yet.
    const age = daysBetween(d.decided_on, today);
    // Only the council's acts go to the prefect; a committee's opinion is not an act of the municipality.
    const review = !numbered || d.body_id !== councilId ? null
      : age > 30 ? { status: "UPHELD", on: addDays(d.decided_on, 12), note: "Prefekti i Qarkut Elbasan konfirmoi ligjshmërinë e aktit." }
      : k % 3 === 0 && age > 8 ? { status: "RETURNED", on: addDays(d.decided_on, 8), note: "Prefekti e ktheu për rishqyrtim: mungon relacioni i komisionit përgjegjës." }
      : age > 5 ? { status: "SENT", on: addDays(d.decided_on, 3), note: null }
      : null;
    await tx.query(
      `INSERT INTO decision_record (agenda_item_id, body_id, year, number, kind, review_status, review_authority, review_on, review_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, $9)`,
      [d.agenda_item_id, d.body_id, number === null ? null : d.year, number, kind, review?.status ?? "NOT_SENT",
        review ? "PREFECT" : null, review?.on ?? null, review?.note ?? null],
    );
  }
}

function minutes(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 60_000);
}
function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}
