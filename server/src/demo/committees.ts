import type { EntityManager } from "typeorm";
import { canonicalJson, minutesDocument, sha256Hex } from "../minutes/document.js";
import { tiranaDate, tiranaHourOn } from "../platform/tirana-time.js";
import { loadWith } from "../sessions/snapshot.js";

/**
 * The committees' demo [komisionet]: the council's four standing committees with their functions, a chair and
 * seven members each (since the committees were constituted, 15 September 2023); on the Economy committee one
 * member left in mid-2026 (150 days before today) and another councillor took the seat the next day. Past
 * committee meetings with attendance, a named vote, a declaration and published minutes; and the committees'
 * opinions [relacion] on council items (the budget, the fiscal package, public property).
 * Called by load-demo.ts inside its transaction, before the audit chain attests the plain-SQL records.
 */
export const DEMO_COMMITTEES: readonly { name: string; functions: string }[] = [
  {
    name: "Komisioni i Ekonomisë, Financave dhe Buxhetit",
    functions: "Shqyrton projektbuxhetin vjetor dhe programin buxhetor afatmesëm, paketën fiskale (taksat dhe tarifat vendore), huamarrjen, "
      + "raportet e zbatimit të buxhetit dhe çdo projektvendim me efekt financiar, dhe i paraqet Këshillit relacionin e tij.",
  },
  {
    name: "Komisioni i Territorit, Urbanistikës dhe Mjedisit",
    functions: "Shqyrton planet e përgjithshme dhe të detajuara vendore, lejet e zhvillimit me ndikim të gjerë, administrimin e pasurisë së paluajtshme, "
      + "mbetjet, ujësjellës-kanalizimet dhe mbrojtjen e mjedisit.",
  },
  {
    name: "Komisioni i Çështjeve Sociale, Arsimit dhe Shëndetësisë",
    functions: "Shqyrton shërbimet sociale, strehimin social, arsimin parashkollor dhe çerdhet, shëndetin publik, kulturën, rininë dhe sportin.",
  },
  {
    name: "Komisioni i Ligjshmërisë dhe Mandateve",
    functions: "Verifikon mandatet e këshilltarëve, shqyrton rregulloren e Këshillit, ligjshmërinë e projektvendimeve dhe çështjet e etikës dhe të konfliktit të interesit.",
  },
];

const SEATS = 7;
const CONSTITUTED = "2023-09-15";
const DAY = 86_400_000;

type Member = { councillorId: string; joinedOn: string; leftOn: string | null };
type DemoMeeting = { committee: number; daysAgo: number; noticeDays: number; title: string; items: string[]; opinions?: { councilItem: RegExp; opinion: string; text: string; item: number }[] };

const MEETINGS: DemoMeeting[] = [
  { committee: 0, daysAgo: 200, noticeDays: 5, title: "Mbledhja e Komisionit të Ekonomisë nr. 4", items: ["Raporti i zbatimit të buxhetit për tremujorin e parë 2026"] },
  {
    committee: 0, daysAgo: 44, noticeDays: 2, title: "Mbledhja e Komisionit të Ekonomisë nr. 7",
    items: ["Shqyrtimi i projektvendimit për buxhetin afatmesëm 2027–2029"],
    opinions: [{ councilItem: /buxhetit afatmesëm/, opinion: "FAVOURABLE", item: 0,
      text: "Komisioni e shqyrtoi programin buxhetor afatmesëm dhe i propozon Këshillit ta miratojë. Anëtarët kërkuan që raporti i zbatimit të publikohet çdo tremujor." }],
  },
  {
    committee: 0, daysAgo: 16, noticeDays: 4, title: "Mbledhja e Komisionit të Ekonomisë nr. 8",
    items: ["Shqyrtimi i projektvendimit për paketën fiskale 2027", "Shqyrtimi i projektbuxhetit të Bashkisë për vitin 2027"],
    opinions: [
      { councilItem: /paketën fiskale 2027/, opinion: "WITH_AMENDMENTS", item: 0,
        text: "Komisioni jep mendim pozitiv me ndryshime: tarifa e pastrimit për familjet me një prind të ulet me 50 %, dhe taksa e ndërtesës për bizneset e vogla të mbetet në nivelin e vitit 2026." },
      { councilItem: /buxhetit të Bashkisë Elbasan për vitin 2027/, opinion: "FAVOURABLE", item: 1,
        text: "Komisioni i propozon Këshillit miratimin e buxhetit 2027, me kërkesën që fondi për arsimin parashkollor të raportohet veçmas." },
    ],
  },
  {
    committee: 1, daysAgo: 45, noticeDays: 6, title: "Mbledhja e Komisionit të Territorit nr. 5",
    items: ["Shqyrtimi i projektvendimit për dhënien në përdorim të pasurisë së paluajtshme publike"],
    opinions: [{ councilItem: /pasurisë së paluajtshme/, opinion: "UNFAVOURABLE", item: 0,
      text: "Komisioni nuk e mbështet projektvendimin: mungon vlerësimi i tregut për qiranë dhe afati dhjetëvjeçar është i gjatë." }],
  },
];

export async function loadCommitteesDemo(tx: EntityManager, now: Date, secretariatId: string): Promise<void> {
  const councillors: { id: string }[] = await tx.query("SELECT id FROM councillor WHERE active ORDER BY full_name, id");
  const n = councillors.length;
  const leftOn = tiranaDate(new Date(now.getTime() - 150 * DAY));
  const rejoined = tiranaDate(new Date(now.getTime() - 149 * DAY));
  const committees: { id: string; members: Member[] }[] = [];
  for (const [c, committee] of DEMO_COMMITTEES.entries()) {
    const [{ id }]: { id: string }[] = await tx.query(
      "INSERT INTO body (name, kind, seats, functions) VALUES ($1, 'COMMITTEE', $2, $3) RETURNING id", [committee.name, SEATS, committee.functions]);
    const members: Member[] = [];
    for (let k = 0; k < SEATS; k++) {
      const councillorId = councillors[(c + 4 * k) % n].id;
      const left = c === 0 && k === 1 ? leftOn : null;
      members.push({ councillorId, joinedOn: CONSTITUTED, leftOn: left });
      await tx.query("INSERT INTO committee_membership (body_id, councillor_id, role, joined_on, left_on) VALUES ($1, $2, $3, $4, $5)",
        [id, councillorId, k === 0 ? "CHAIR" : "MEMBER", CONSTITUTED, left]);
    }
    if (c === 0) {
      // The seat of the member who left goes to another councillor the next day.
      const councillorId = councillors[(c + 4 * SEATS) % n].id;
      members.push({ councillorId, joinedOn: rejoined, leftOn: null });
      await tx.query("INSERT INTO committee_membership (body_id, councillor_id, role, joined_on) VALUES ($1, $2, 'MEMBER', $3)", [id, councillorId, rejoined]);
    }
    committees.push({ id, members });
  }

  const meetingIds: string[] = [];
  const opinionsToWrite: { committeeId: string; sessionId: string; itemId: string; councilItem: RegExp; opinion: string; text: string }[] = [];
  for (const [m, meeting] of MEETINGS.entries()) {
    const committee = committees[meeting.committee];
    const day = tiranaHourOn(new Date(now.getTime() - meeting.daysAgo * DAY), 12);
    const date = tiranaDate(day);
    const seated = committee.members.filter((x) => x.joinedOn <= date && (x.leftOn === null || x.leftOn >= date)).map((x) => x.councillorId);
    const closedAt = minutes(day, 75);
    const [{ id: sessionId }]: { id: string }[] = await tx.query(
      `INSERT INTO council_session (body_id, title, scheduled_at, announced_at, status, seats, started_at, closed_at)
       VALUES ($1, $2, $3, $4, 'CLOSED', $5, $3, $6) RETURNING id`,
      [committee.id, meeting.title, day, new Date(day.getTime() - meeting.noticeDays * DAY), SEATS, closedAt]);
    meetingIds.push(sessionId);
    const absent = seated[(m + 2) % seated.length];
    for (const councillorId of seated) {
      const status = councillorId === absent ? "EXCUSED" : "PRESENT";
      await tx.query("INSERT INTO attendance (session_id, councillor_id, status, changed_at) VALUES ($1, $2, $3, $4)", [sessionId, councillorId, status, minutes(day, 1)]);
      await tx.query("INSERT INTO attendance_change (session_id, councillor_id, status, changed_at, recorded_by) VALUES ($1, $2, $3, $4, $5)",
        [sessionId, councillorId, status, minutes(day, 1), secretariatId]);
    }
    const present = seated.filter((id) => id !== absent);
    for (const [p, title] of meeting.items.entries()) {
      const start = minutes(day, 5 + 30 * p);
      const [{ id: itemId }]: { id: string }[] = await tx.query(
        "INSERT INTO agenda_item (session_id, position, title, status) VALUES ($1, $2, $3, 'DECIDED') RETURNING id", [sessionId, p + 1, title]);
      // A committee member declares an interest on the fiscal package and stays out of its vote.
      const recused = m === 2 && p === 0 ? present[2] : null;
      if (recused) {
        await tx.query(
          `INSERT INTO declaration (agenda_item_id, councillor_id, interest_type, description, recused, filed_at, filed_by, filed_on_behalf)
           VALUES ($1, $2, 'FAMILY', $3, true, $4, $5, true)`,
          [itemId, recused, "Bashkëshortja ime ka një biznes të vogël që paguan taksën e ndërtesës dhe tarifën e pastrimit.", minutes(start, -2), secretariatId]);
      }
      const [{ id: voteId }]: { id: string }[] = await tx.query(
        "INSERT INTO vote (session_id, agenda_item_id, majority, seats, opened_at) VALUES ($1, $2, 'SIMPLE', $3, $4) RETURNING id",
        [sessionId, itemId, SEATS, minutes(start, 20)]);
      const counts = { FOR: 0, AGAINST: 0, ABSTAIN: 0 };
      for (const [k, councillorId] of present.entries()) {
        if (councillorId === recused) continue;
        const choice = meeting.committee === 1 ? (k < 4 ? "AGAINST" : "FOR") : k === 3 ? "AGAINST" : k === 4 && p === 1 ? "ABSTAIN" : "FOR";
        counts[choice]++;
        await tx.query("INSERT INTO ballot (vote_id, councillor_id, choice, cast_at, cast_by) VALUES ($1, $2, $3, $4, $5)", [voteId, councillorId, choice, minutes(start, 21), secretariatId]);
      }
      const cast = counts.FOR + counts.AGAINST + counts.ABSTAIN;
      const recusedCount = recused ? 1 : 0;
      await tx.query(
        `UPDATE vote SET status = 'CLOSED', closed_at = $2, outcome = $3, for_count = $4, against_count = $5,
           abstain_count = $6, recused_count = $7, not_voted_count = $8 WHERE id = $1`,
        [voteId, minutes(start, 24), 2 * counts.FOR > cast ? "PASSED" : "FAILED", counts.FOR, counts.AGAINST, counts.ABSTAIN, recusedCount, SEATS - cast - recusedCount]);
      for (const o of meeting.opinions?.filter((x) => x.item === p) ?? []) opinionsToWrite.push({ committeeId: committee.id, sessionId, itemId, ...o });
    }
  }

  // The committees' opinions on the council's items they were sent.
  const councilItems: { id: string; title: string }[] = await tx.query(
    "SELECT i.id, i.title FROM agenda_item i JOIN council_session s ON s.id = i.session_id JOIN body b ON b.id = s.body_id WHERE b.kind = 'COUNCIL'");
  for (const o of opinionsToWrite) {
    const item = councilItems.find((i) => o.councilItem.test(i.title));
    if (!item) continue;
    await tx.query(
      `INSERT INTO committee_opinion (agenda_item_id, committee_id, committee_session_id, committee_item_id, opinion, opinion_text, recorded_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [item.id, o.committeeId, o.sessionId, o.itemId, o.opinion, o.text, now, secretariatId]);
  }

  // Each meeting's minutes, published the morning after, built from its snapshot as publishMinutes builds them.
  const snapshots = await loadWith(tx, meetingIds);
  for (const id of meetingIds) {
    const snapshot = snapshots.get(id);
    if (!snapshot?.closedAt) continue;
    const publishedAt = new Date(snapshot.closedAt.getTime() + 20 * 3600_000);
    const text = canonicalJson(minutesDocument(snapshot, publishedAt));
    await tx.query("INSERT INTO minutes (session_id, published_at, published_by, document, sha256) VALUES ($1, $2, $3, $4::jsonb, $5)",
      [id, publishedAt, secretariatId, text, sha256Hex(text)]);
  }
}

function minutes(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 60_000);
}
