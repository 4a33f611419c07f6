import type { EntityManager } from "typeorm";
import { tiranaDate, tiranaHourOn } from "../platform/tirana-time.js";
import { BallotChoice, MajorityRule } from "../sessions/model.js";
import { tallyOf, voteOutcome } from "../sessions/rules.js";

/**
 * The councillors' pages (issue 15 point 1): profiles (a short CV for everyone, contacts,
 * some published by choice and some kept unpublished), a councillor whose term ended in the
 * middle of the year (Liljana Pasha, 150 days before the demo's day) and the councillor who took
 * the seat the day after (Ndriçim Topi), and four earlier sessions of the year (nr. 5 to 8) with
 * a roll call history that has late arrivals and early departures, named votes on the budget,
 * a recusal and declarations, so a record over a half-year has something to show.
 * Dates are relative to the day the demo is loaded, like the rest of the demo.
 */
const PROFESSIONS: [male: string, female: string, field: string][] = [
  ["Ekonomist", "Ekonomiste", "ka punuar në sektorin bankar dhe në financat publike"],
  ["Jurist", "Juriste", "avokat/e në Elbasan, me përvojë në të drejtën administrative"],
  ["Mësues", "Mësuese", "jep mësim në një shkollë 9-vjeçare të qytetit"],
  ["Inxhinier ndërtimi", "Inxhiniere ndërtimi", "ka drejtuar projekte të infrastrukturës rrugore"],
  ["Mjek", "Mjeke", "punon në Spitalin Rajonal të Elbasanit"],
  ["Sipërmarrës", "Sipërmarrëse", "drejton një biznes familjar në bujqësi"],
  ["Agronom", "Agronome", "ka punuar me fermerët e njësive administrative rurale"],
  ["Punonjës social", "Punonjëse sociale", "ka punuar me familjet në nevojë dhe me të rinjtë"],
];

const FORMER = { name: "Liljana Pasha", gender: "FEMALE", party: "PS" } as const;
const LATE_JOINER = "Ndriçim Topi";
const TERM_CHANGE_DAYS_AGO = 150;

type Item = { title: string; majority?: MajorityRule; partyLine?: boolean };
const EARLIER_SESSIONS: { nr: number; daysAgo: number; items: Item[] }[] = [
  { nr: 5, daysAgo: 250, items: [
    { title: "Miratimi i procesverbalit të mbledhjes së mëparshme" },
    { title: "Projektvendim për miratimin e raportit të zbatimit të buxhetit 2025", partyLine: true },
  ] },
  { nr: 6, daysAgo: 190, items: [
    { title: "Projektvendim për rishikimin e parë të buxhetit të Bashkisë Elbasan për vitin 2026", majority: MajorityRule.ABSOLUTE, partyLine: true },
    { title: "Projektvendim për planin vendor të menaxhimit të mbetjeve" },
  ] },
  { nr: 7, daysAgo: 140, items: [
    { title: "Projektvendim për rishikimin e dytë të buxhetit të Bashkisë Elbasan për vitin 2026", majority: MajorityRule.ABSOLUTE, partyLine: true },
    { title: "Projektvendim për tarifat e furnizimit me ujë të pijshëm" },
  ] },
  { nr: 8, daysAgo: 75, items: [
    { title: "Projektvendim për dëgjesën publike të projektbuxhetit 2027", partyLine: true },
    { title: "Projektvendim për emërtimin e shkollës së re në lagjen Luigj Gurakuqi" },
  ] },
];

/** Declarations in the earlier sessions: [session nr, item position, councillor, type, description, recused]. */
const DECLARATIONS: [number, number, string, string, string, boolean][] = [
  [5, 2, FORMER.name, "PROFESSIONAL", "Kam qenë pjesë e grupit të punës që përgatiti raportin e zbatimit të buxhetit.", false],
  [6, 1, "Mirela Shehu", "FAMILY", "Bashkëshorti im punon në Drejtorinë e Financave të Bashkisë, që ka hartuar rishikimin e buxhetit.", false],
  [7, 2, "Mirela Shehu", "FINANCIAL", "Jam ortake në një shoqëri që furnizon me pajisje ndërmarrjen e ujësjellësit.", true],
  [8, 1, "Gentian Dervishi", "OTHER", "Jam anëtar i bordit të një shoqate që ka paraqitur kërkesa për fonde në projektbuxhet.", false],
];

export async function loadCouncillorsDemo(tx: EntityManager, now: Date, secretariatId: string): Promise<void> {
  const at = (daysAgo: number, hour: number) => tiranaHourOn(new Date(now.getTime() - daysAgo * 86_400_000), hour);
  const changeDay = at(TERM_CHANGE_DAYS_AGO, 12);
  const dayAfter = at(TERM_CHANGE_DAYS_AGO - 1, 12);

  // Profiles: a CV for everyone, an address and a phone for everyone, published by some.
  const all: { id: string; full_name: string; gender: string }[] = await tx.query("SELECT id, full_name, gender FROM councillor ORDER BY full_name");
  for (const [k, c] of all.entries()) {
    const [male, female, field] = PROFESSIONS[k % PROFESSIONS.length];
    const she = c.gender === "FEMALE";
    const cv = `${she ? female : male}, ${field}. Këshilltar${she ? "e" : ""} në Këshillin Bashkiak që nga mandati 2023–2027.`
      + (k % 3 === 0 ? " Ka qenë aktiv" + (she ? "e" : "") + " në organizatat e shoqërisë civile të qytetit." : "");
    const email = `${ascii(c.full_name)}@keshilltar.elbasan.example`;
    const phone = `+355 69 ${String(2000000 + k * 7919).slice(0, 3)} ${String(1000 + k * 37).slice(0, 4)}`;
    await tx.query(
      "UPDATE councillor SET cv = $2, email = $3, email_published = $4, phone = $5, phone_published = $6 WHERE id = $1",
      [c.id, cv, email, k % 3 === 0, phone, k % 5 === 0],
    );
  }
  // Mirela Shehu publishes both, for the journalist's question.
  await tx.query("UPDATE councillor SET email_published = true, phone_published = true WHERE full_name = 'Mirela Shehu'");

  // A term that ended mid-year and the councillor who took the seat the day after.
  await tx.query(
    `INSERT INTO councillor (full_name, gender, party, active, term_start, term_end, cv, email, email_published)
     VALUES ($1, $2, $3, false, '2023-07-01', $4, $5, $6, true) RETURNING id`,
    [FORMER.name, FORMER.gender, FORMER.party, tiranaDate(changeDay),
      "Juriste, ish-kryetare e Komisionit të Ligjshmërisë dhe Mandateve. Dha dorëheqjen nga mandati pasi u emërua në administratën qendrore.",
      "liljana.pasha@keshilltar.elbasan.example"]);
  await tx.query("UPDATE councillor SET term_start = $2 WHERE full_name = $1", [LATE_JOINER, tiranaDate(dayAfter)]);
  // The earlier sessions of the year, each with its seated members on that day.
  const [council] = await tx.query("SELECT id, seats FROM body WHERE kind = 'COUNCIL'");
  const people: { id: string; full_name: string; party: string | null; term_start: string | null; term_end: string | null; active: boolean }[] =
    await tx.query("SELECT id, full_name, party, term_start::text, term_end::text, active FROM councillor ORDER BY full_name");
  for (const [s, past] of EARLIER_SESSIONS.entries()) {
    const day = at(past.daysAgo, 10);
    const today = tiranaDate(day);
    const seated = people.filter((p) => (!p.term_start || p.term_start <= today) && (p.term_end ? p.term_end >= today : p.active));
    const closedAt = addMinutes(day, 190);
    const [{ id: sessionId }] = await tx.query(
      `INSERT INTO council_session (body_id, title, scheduled_at, announced_at, status, seats, started_at, closed_at)
       VALUES ($1, $2, $3, $4, 'CLOSED', $5, $3, $6) RETURNING id`,
      [council.id, `Mbledhja e Këshillit Bashkiak nr. ${past.nr}`, day, at(past.daysAgo + 8, 9), council.seats, closedAt]);
    // The roll call at 10:02, then who came late and who left early; Mirela Shehu comes late to nr. 7 and misses nr. 8.
    const presence = new Map<string, { from: Date; until: Date } | null>();
    for (const [k, p] of seated.entries()) {
      const moves: [string, Date][] = [];
      const pattern = (k * 7 + s * 3) % 17;
      const mirela = p.full_name === "Mirela Shehu";
      if ((mirela && past.nr === 8) || pattern === 0) moves.push(["ABSENT", addMinutes(day, 2)]);
      else if (pattern === 1) moves.push(["EXCUSED", addMinutes(day, 2)]);
      else if ((mirela && past.nr === 7) || pattern === 2 || pattern === 3) moves.push(["ABSENT", addMinutes(day, 2)], ["PRESENT", addMinutes(day, 38)]);
      else if (pattern === 4) moves.push(["PRESENT", addMinutes(day, 2)], ["ABSENT", addMinutes(day, 95)]);
      else moves.push(["PRESENT", addMinutes(day, 2)]);
      for (const [status, when] of moves) {
        await tx.query("INSERT INTO attendance_change (session_id, councillor_id, status, changed_at, recorded_by) VALUES ($1, $2, $3, $4, $5)",
          [sessionId, p.id, status, when, secretariatId]);
      }
      const [lastStatus, lastAt] = moves[moves.length - 1];
      await tx.query("INSERT INTO attendance (session_id, councillor_id, status, changed_at) VALUES ($1, $2, $3, $4)", [sessionId, p.id, lastStatus, lastAt]);
      const arrived = moves.find(([st]) => st === "PRESENT")?.[1];
      presence.set(p.id, arrived ? { from: arrived, until: lastStatus === "PRESENT" ? closedAt : lastAt } : null);
    }
    for (const [p, item] of past.items.entries()) {
      const itemStart = addMinutes(day, 10 + p * 60);
      const voteAt = addMinutes(itemStart, 40);
      const [{ id: itemId }] = await tx.query(
        "INSERT INTO agenda_item (session_id, position, title, status) VALUES ($1, $2, $3, 'DECIDED') RETURNING id", [sessionId, p + 1, item.title]);
      const recused = new Set<string>();
      for (const [nr, position, name, type, description, recusal] of DECLARATIONS) {
        const who = seated.find((x) => x.full_name === name);
        if (nr !== past.nr || position !== p + 1 || !who) continue;
        await tx.query(
          `INSERT INTO declaration (agenda_item_id, councillor_id, interest_type, description, recused, filed_at, filed_by, filed_on_behalf)
           VALUES ($1, $2, $3, $4, $5, $6, $7, true)`, [itemId, who.id, type, description, recusal, addMinutes(itemStart, -3), secretariatId]);
        if (recusal) recused.add(who.id);
      }
      const majority = item.majority ?? MajorityRule.SIMPLE;
      const [{ id: voteId }] = await tx.query(
        "INSERT INTO vote (session_id, agenda_item_id, majority, seats, opened_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        [sessionId, itemId, majority, council.seats, voteAt]);
      const choices: BallotChoice[] = [];
      for (const [k, person] of seated.entries()) {
        const here = presence.get(person.id);
        if (!here || here.from > voteAt || here.until <= voteAt || recused.has(person.id)) continue;
        if ((k + p + s) % 19 === 5) continue; // present, and did not vote
        const choice = item.partyLine
          ? (person.party === "PS" ? BallotChoice.FOR : person.party === "PD" ? BallotChoice.AGAINST : BallotChoice.ABSTAIN)
          : (k + p) % 6 === 0 ? BallotChoice.AGAINST : (k + p) % 10 === 0 ? BallotChoice.ABSTAIN : BallotChoice.FOR;
        choices.push(choice);
        await tx.query("INSERT INTO ballot (vote_id, councillor_id, choice, cast_at, cast_by) VALUES ($1, $2, $3, $4, $5)",
          [voteId, person.id, choice, addMinutes(voteAt, 1), secretariatId]);
      }
      // The tally and the outcome by the council's own rules (sessions/rules.ts), as closeVote fixes them.
      const tally = tallyOf(council.seats, choices, recused.size);
      await tx.query(
        `UPDATE vote SET status = 'CLOSED', closed_at = $2, outcome = $3, for_count = $4, against_count = $5,
           abstain_count = $6, recused_count = $7, not_voted_count = $8 WHERE id = $1`,
        [voteId, addMinutes(voteAt, 5), voteOutcome(majority, tally, council.seats), tally.for, tally.against, tally.abstain, tally.recused, tally.notVoted]);
    }
  }
}

function ascii(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]+/g, ".");
}

function addMinutes(d: Date, minutes: number): Date {
  return new Date(d.getTime() + minutes * 60_000);
}
