import type { DataSource, EntityManager } from "typeorm";
import { attestUnrecordedRecords } from "../platform/audit/chain.js";
import { hashPassword } from "../auth/passwords.js";
import type { Config } from "../platform/config.js";
import { tiranaHourOn } from "../platform/tirana-time.js";
import { loadDecisionsDemo } from "./decisions.js";
import { loadCommitteesDemo } from "./committees.js";
import { loadConsultationsDemo } from "./consultations.js";
import { loadCouncillorsDemo } from "./councillors.js";
import { loadInitiativesDemo } from "./initiatives.js";
import { loadOssDemo } from "./oss.js";
import { loadPackagesDemo } from "./packages.js";
import { loadPetitionsDemo } from "./petitions.js";
import { loadCommentsDemo } from "./comments.js";
import { loadDocumentRequestsDemo } from "./document-requests.js";

/**
 * Demo data (API.md, "Demo data and accounts"): a council of 51 seats with
 * realistic Albanian names and a real gender mix, committees, two past sessions
 * with votes, named ballots, declarations and speeches, and one session scheduled for
 * today. Loaded once into an empty database, only in demo mode.
 */
export const DEMO_COUNCILLORS: readonly [string, "FEMALE" | "MALE", string][] = [
  ["Arben Hoxha", "MALE", "PS"], ["Mirela Shehu", "FEMALE", "PS"], ["Gentian Dervishi", "MALE", "PD"],
  ["Elona Kola", "FEMALE", "PS"], ["Ilir Basha", "MALE", "PS"], ["Anila Merkaj", "FEMALE", "PD"],
  ["Besnik Çela", "MALE", "PS"], ["Drita Leka", "FEMALE", "PS"], ["Fatmir Gjoni", "MALE", "PD"],
  ["Blerina Muça", "FEMALE", "PS"], ["Edmond Kurti", "MALE", "PL"], ["Rudina Hysa", "FEMALE", "PD"],
  ["Agron Toska", "MALE", "PS"], ["Valbona Zeqiri", "FEMALE", "PS"], ["Sokol Prifti", "MALE", "PD"],
  ["Marsela Bregu", "FEMALE", "PS"], ["Erion Shkurti", "MALE", "PS"], ["Lindita Gashi", "FEMALE", "PSD"],
  ["Kujtim Rama", "MALE", "PD"], ["Entela Daci", "FEMALE", "PS"], ["Altin Balla", "MALE", "PS"],
  ["Suela Mema", "FEMALE", "PD"], ["Dritan Xhafa", "MALE", "PS"], ["Klodiana Sula", "FEMALE", "PS"],
  ["Bledar Kasa", "MALE", "PL"], ["Orjeta Duka", "FEMALE", "PS"], ["Gazmend Lika", "MALE", "PD"],
  ["Aida Hasani", "FEMALE", "PS"], ["Petrit Kapllani", "MALE", "PS"], ["Eriselda Cani", "FEMALE", "PD"],
  ["Ardian Malaj", "MALE", "PS"], ["Jonida Tafaj", "FEMALE", "PS"], ["Nertil Alia", "MALE", "PD"],
  ["Ermira Gjika", "FEMALE", "PS"], ["Luan Bajrami", "MALE", "PSD"], ["Migena Spahiu", "FEMALE", "PS"],
  ["Artan Vata", "MALE", "PD"], ["Juliana Koçi", "FEMALE", "PS"], ["Skënder Myftari", "MALE", "PS"],
  ["Brunilda Gega", "FEMALE", "PD"], ["Florian Mustafa", "MALE", "PS"], ["Etleva Marku", "FEMALE", "PS"],
  ["Redon Sinani", "MALE", "PL"], ["Albana Xhemali", "FEMALE", "PS"], ["Olsi Berisha", "MALE", "PD"],
  ["Denada Rexha", "FEMALE", "PS"], ["Klajdi Gjergji", "MALE", "PS"], ["Teuta Dibra", "FEMALE", "PD"],
  ["Mentor Hajdari", "MALE", "PS"], ["Vjollca Qosja", "FEMALE", "PS"], ["Ndriçim Topi", "MALE", "PD"],
];

/** draftDays: the draft decision was published this many days before the session. */
type Item = { title: string; description?: string; draftDays?: number };

const PAST_SESSIONS: { title: string; daysAgo: number; items: Item[] }[] = [
  {
    title: "Mbledhja e Këshillit Bashkiak nr. 9",
    daysAgo: 41,
    items: [
      { title: "Miratimi i procesverbalit të mbledhjes së mëparshme" },
      { title: "Projektvendim për miratimin e buxhetit afatmesëm 2027–2029", description: "Programi buxhetor afatmesëm i Bashkisë Elbasan.", draftDays: 6 },
      { title: "Projektvendim për dhënien në përdorim të pasurisë së paluajtshme publike" },
    ],
  },
  {
    title: "Mbledhja e Këshillit Bashkiak nr. 10",
    daysAgo: 13,
    items: [
      { title: "Projektvendim për paketën fiskale 2027", description: "Taksat dhe tarifat vendore për vitin 2027.", draftDays: 21 },
      { title: "Projektvendim për miratimin e planit të integritetit 2025–2028: raporti i monitorimit" },
      { title: "Projektvendim për emërtimin e rrugëve në njësinë administrative Shirgjan" },
      { title: "Të ndryshme" },
    ],
  },
];

const TODAY_ITEMS: Item[] = [
  { title: "Miratimi i rendit të ditës" },
  { title: "Projektvendim për miratimin e buxhetit të Bashkisë Elbasan për vitin 2027", description: "Buxheti vjetor, i publikuar për konsultim publik.", draftDays: 24 },
  { title: "Projektvendim për rishikimin e tarifave të shërbimit të pastrimit", draftDays: 5 },
  { title: "Projektvendim për ngritjen e sportelit unik në njësinë administrative Bradashesh" },
  { title: "Pyetje dhe interpelanca të këshilltarëve" },
];

/**
 * The speeches on each past session's items, by position (DOMAIN.md, "The floor"):
 * kind and seconds spoken, the council's default limits (contribution 5 min, reply
 * 2 min, point of order 1 min); "withdrawn" is a request withdrawn before its turn.
 * The approval of the minutes passes without debate; one contribution runs over its limit.
 */
type DemoSpeech = { kind: "CONTRIBUTION" | "REPLY" | "POINT_OF_ORDER"; seconds: number } | { kind: "CONTRIBUTION"; withdrawn: true };
const SPEECHES: DemoSpeech[][] = [
  [],
  [{ kind: "CONTRIBUTION", seconds: 312 }, { kind: "REPLY", seconds: 95 }, { kind: "POINT_OF_ORDER", seconds: 41 },
    { kind: "CONTRIBUTION", withdrawn: true }, { kind: "CONTRIBUTION", seconds: 268 }],
  [{ kind: "CONTRIBUTION", seconds: 185 }, { kind: "REPLY", seconds: 118 }],
  [{ kind: "CONTRIBUTION", seconds: 143 }],
];
const LIMIT = { CONTRIBUTION: 300, REPLY: 120, POINT_OF_ORDER: 60 } as const;

/** Writes an item's speeches one after another from two minutes into the item, before its vote (25 minutes in). */
async function insertDemoSpeeches(
  tx: EntityManager, at: { sessionId: string; itemId: string; itemStart: Date; requestedBy: string },
  speakers: string[], speeches: DemoSpeech[], first: number,
): Promise<void> {
  let clock = addSeconds(at.itemStart, 120);
  for (const [k, speech] of speeches.entries()) {
    const councillorId = speakers[(first + 3 * k) % speakers.length];
    const requestedAt = addSeconds(at.itemStart, 60 + 15 * k);
    const insert = "INSERT INTO speaker (session_id, agenda_item_id, councillor_id, kind, status, requested_at, requested_by, started_at, ended_at, allotted_seconds)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
    const common = [at.sessionId, at.itemId, councillorId, speech.kind];
    if ("withdrawn" in speech) {
      await tx.query(insert, [...common, "WITHDRAWN", requestedAt, at.requestedBy, null, addSeconds(clock, 10), LIMIT[speech.kind]]);
      continue;
    }
    const endedAt = addSeconds(clock, speech.seconds);
    await tx.query(insert, [...common, "DONE", requestedAt, at.requestedBy, clock, endedAt, LIMIT[speech.kind]]);
    clock = addSeconds(endedAt, 20);
  }
}

export async function loadDemoData(ds: DataSource, config: Config): Promise<void> {
  // One hash per distinct demo password: the demo accounts share published passwords anyway.
  const [secretariatHash, ossHash, adminHash, councillorHash] = await Promise.all(
    ["sekretaria", "oss", "admin", "kuvend"].map((p) => hashPassword(p)),
  );
  await ds.transaction(async (tx) => {
    const seats = Math.min(config.councilSeats, DEMO_COUNCILLORS.length);
    const councillors: { id: string; gender: string }[] = [];
    for (const [i, [name, gender, party]] of DEMO_COUNCILLORS.slice(0, seats).entries()) {
      const [{ id }] = await tx.query(
        "INSERT INTO councillor (full_name, gender, party, term_start) VALUES ($1, $2, $3, '2023-07-01') RETURNING id",
        [name, gender, party],
      );
      councillors.push({ id, gender });
      await tx.query("INSERT INTO app_user (username, password_hash, role, councillor_id) VALUES ($1, $2, 'COUNCILLOR', $3)", [
        `kd${String(i + 1).padStart(2, "0")}`, councillorHash, id,
      ]);
    }
    const [secretariat] = await tx.query(
      `INSERT INTO app_user (username, password_hash, role) VALUES
         ('sekretaria', $1, 'SECRETARIAT'), ('oss', $2, 'OSS_OPERATOR'), ('admin', $3, 'ADMIN') RETURNING id`,
      [secretariatHash, ossHash, adminHash],
    );
    const [{ id: councilId }] = await tx.query("INSERT INTO body (name, kind, seats) VALUES ($1, 'COUNCIL', $2) RETURNING id", [config.councilName, seats]);

    // Past sessions, written directly with their historical times.
    const decidedItems: string[] = [];
    for (const [s, past] of PAST_SESSIONS.entries()) {
      const day = at(past.daysAgo, 10);
      const [{ id: sessionId }] = await tx.query(
        `INSERT INTO council_session (body_id, title, scheduled_at, announced_at, status, seats, started_at, closed_at)
         VALUES ($1, $2, $3, $4, 'CLOSED', $5, $3, $6) RETURNING id`,
        [councilId, past.title, day, at(past.daysAgo + 9, 9), seats, addMinutes(day, 190)],
      );
      const presentIds = councillors.filter((_, i) => (i + s) % 7 !== 0).map((c) => c.id); // ~44 of 51 present
      for (const c of councillors) {
        const present = presentIds.includes(c.id);
        const status = present ? "PRESENT" : (c.id.charCodeAt(0) % 2 ? "EXCUSED" : "ABSENT");
        await tx.query("INSERT INTO attendance (session_id, councillor_id, status, changed_at) VALUES ($1, $2, $3, $4)", [sessionId, c.id, status, addMinutes(day, 2)]);
        await tx.query("INSERT INTO attendance_change (session_id, councillor_id, status, changed_at, recorded_by) VALUES ($1, $2, $3, $4, $5)", [sessionId, c.id, status, addMinutes(day, 2), secretariat.id]);
      }
      for (const [p, item] of past.items.entries()) {
        const itemStart = addMinutes(day, 10 + p * 40);
        const [{ id: itemId }] = await tx.query(
          "INSERT INTO agenda_item (session_id, position, title, description, status, draft_published_at) VALUES ($1, $2, $3, $4, 'DECIDED', $5) RETURNING id",
          [sessionId, p + 1, item.title, item.description ?? null, item.draftDays ? at(past.daysAgo + item.draftDays, 12) : null],
        );
        decidedItems.push(itemId);
        // A declaration with recusal on the second item of each past session.
        const recusedId = p === 1 ? presentIds[3 + s] : null;
        if (recusedId) {
          await tx.query(
            `INSERT INTO declaration (agenda_item_id, councillor_id, interest_type, description, recused, filed_at, filed_by, filed_on_behalf)
             VALUES ($1, $2, $3, $4, true, $5, $6, false)`,
            [itemId, recusedId, s === 0 ? "FINANCIAL" : "FAMILY",
              s === 0 ? "Kam aksione në një shoqëri që ofron shërbime për bashkinë." : "Një familjar i afërt punon në njësinë që harton raportin e monitorimit të planit të integritetit.",
              addMinutes(itemStart, -5), secretariat.id],
          );
        }
        await insertDemoSpeeches(tx, { sessionId, itemId, itemStart, requestedBy: secretariat.id },
          presentIds.filter((id) => id !== recusedId), SPEECHES[p] ?? [], 7 + 5 * p + s);
        const [{ id: voteId }] = await tx.query(
          "INSERT INTO vote (session_id, agenda_item_id, majority, seats, opened_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
          [sessionId, itemId, p === 1 && s === 0 ? "ABSOLUTE" : "SIMPLE", seats, addMinutes(itemStart, 25)],
        );
        const counts = { FOR: 0, AGAINST: 0, ABSTAIN: 0 };
        for (const [k, cid] of presentIds.entries()) {
          if (cid === recusedId) continue;
          const choice = (k + p) % 5 === 0 ? "AGAINST" : (k + p) % 11 === 0 ? "ABSTAIN" : "FOR";
          if (p === 3 && k > 5) break; // "Të ndryshme": only a few voted
          counts[choice]++;
          await tx.query("INSERT INTO ballot (vote_id, councillor_id, choice, cast_at, cast_by) VALUES ($1, $2, $3, $4, $5)", [voteId, cid, choice, addMinutes(itemStart, 26), secretariat.id]);
        }
        const recused = recusedId ? 1 : 0;
        const notVoted = seats - counts.FOR - counts.AGAINST - counts.ABSTAIN - recused;
        const cast = counts.FOR + counts.AGAINST + counts.ABSTAIN;
        const passed = p === 1 && s === 0 ? 2 * counts.FOR > seats : 2 * counts.FOR > cast;
        await tx.query(
          `UPDATE vote SET status = 'CLOSED', closed_at = $2, outcome = $3, for_count = $4, against_count = $5,
             abstain_count = $6, recused_count = $7, not_voted_count = $8 WHERE id = $1`,
          [voteId, addMinutes(itemStart, 30), passed ? "PASSED" : "FAILED", counts.FOR, counts.AGAINST, counts.ABSTAIN, recused, notVoted],
        );
      }
    }

    // Today's session, announced ten days ago, waiting for the secretariat to open it.
    const [{ id: todayId }] = await tx.query(
      `INSERT INTO council_session (body_id, title, scheduled_at, announced_at, seats) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [councilId, "Mbledhja e Këshillit Bashkiak nr. 11", at(0, 10), at(10, 9), seats],
    );
    for (const [p, item] of TODAY_ITEMS.entries()) {
      await tx.query("INSERT INTO agenda_item (session_id, position, title, description, draft_published_at) VALUES ($1, $2, $3, $4, $5)",
        [todayId, p + 1, item.title, item.description ?? null, item.draftDays ? at(item.draftDays, 12) : null]);
    }
    const [ossOperator] = await tx.query("SELECT id FROM app_user WHERE username = 'oss'");
    await loadOssDemo(tx, new Date(), ossOperator.id);
    await loadInitiativesDemo(tx, new Date(), secretariat.id, decidedItems);
    await loadConsultationsDemo(tx, new Date(), secretariat.id);
    await loadCommitteesDemo(tx, new Date(), secretariat.id);
    await loadCouncillorsDemo(tx, new Date(), secretariat.id);
    await loadDecisionsDemo(tx, new Date(), secretariat.id);
    await loadPackagesDemo(tx, secretariat.id);
    await loadPetitionsDemo(tx, new Date(), secretariat.id);
    await loadCommentsDemo(tx, secretariat.id);
    await loadDocumentRequestsDemo(tx, new Date(), secretariat.id);
    await tx.query(
      "INSERT INTO audit_event (actor_role, action, subject_type, subject_id, after) VALUES (NULL, 'loadDemoData', 'database', NULL, $1)",
      [JSON.stringify({ councillors: seats, sessions: PAST_SESSIONS.length + 1 })],
    );
    // The past sessions' ballots, declarations and votes were written with plain SQL: attest them into the audit chain.
    await attestUnrecordedRecords(tx);
  });
}

/** `daysAgo` days before today at `hour`:00 Tirana time (Europe/Tirane, summer time included). */
function at(daysAgo: number, hour: number): Date {
  return tiranaHourOn(new Date(Date.now() - daysAgo * 86_400_000), hour);
}

function addMinutes(d: Date, minutes: number): Date {
  return new Date(d.getTime() + minutes * 60_000);
}

function addSeconds(d: Date, seconds: number): Date {
  return new Date(d.getTime() + seconds * 1000);
}
