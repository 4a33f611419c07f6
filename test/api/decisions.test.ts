/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers, SQL rows and parsed open-data files are untyped JSON. */
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { code, M, newSession } from "./fixtures.js";

/**
 * Issue 15 point 3: the register of decisions [regjistri i vendimeve] and its search that forgives missing
 * diacritics, checked against SQL on the demo data (docs/decisions.md, "Register of decisions and search").
 */
const FIELDS = `id number year decidedAt decidedOn body { id name kind } sessionId sessionTitle position title description kind outcome voteId
  majority tally { for against abstain recused notVoted } review { status authority on note } match { source label text } version`;
const LIST = `query($f: DecisionFilter, $o: Int, $l: Int) { decisions(filter: $f, offset: $o, limit: $l) { total offset limit items { ${FIELDS} } } }`;
const ONE = `query($id: ID!) { decision(id: $id) { ${FIELDS} ballots { councillor { id fullName } choice } } }`;
const REGISTER = `mutation($i: RegisterDecisionInput!) { registerDecision(input: $i) { ${FIELDS} } }`;
const REVIEW = `mutation($i: DecisionReviewInput!) { setDecisionReview(input: $i) { ${FIELDS} } }`;
const ZONE = "Europe/Tirane";
const tiranaToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(new Date());

/** The register as SQL says it is: items whose vote closed, their last closed vote, newest first. */
const REGISTER_SQL = `
  SELECT DISTINCT ON (v.agenda_item_id) v.agenda_item_id AS id, v.outcome, v.closed_at, i.position, i.title, s.body_id,
         extract(year FROM v.closed_at AT TIME ZONE '${ZONE}')::int AS year, r.kind, r.number
  FROM vote v JOIN agenda_item i ON i.id = v.agenda_item_id JOIN council_session s ON s.id = v.session_id
  LEFT JOIN decision_record r ON r.agenda_item_id = v.agenda_item_id
  WHERE v.status = 'CLOSED' ORDER BY v.agenda_item_id, v.closed_at DESC, v.id DESC`;

describe("the register of decisions", () => {
  let t: TestServer;
  let sec: string;
  let all: any[];

  beforeAll(async () => {
    t = await startTestServer();
    sec = await t.login("sekretaria");
    all = (await t.sql(REGISTER_SQL)).sort((a, b) => b.closed_at - a.closed_at || a.position - b.position || (a.id < b.id ? -1 : 1));
  });
  afterAll(() => t?.stop());

  const list = async (f: Record<string, unknown> = {}, o = 0, l = 100) => {
    const r = await t.gql(LIST, { f, o, l });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.decisions as { total: number; items: any[] };
  };
  const titles = async (text: string) => (await list({ text })).items.map((d) => d.title as string);

  /** Decided items (newest first) whose searchable text has every prefix as the start of a word, folded (case, diacritics), read with SQL. */
  const fold = (text: string) => text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  const withWords = async (...prefixes: string[]) => {
    const texts = await t.sql("SELECT agenda_item_id AS id, body FROM search_text");
    const words = new Map<string, string[]>();
    for (const r of texts) words.set(r.id, [...(words.get(r.id) ?? []), ...fold(r.body).split(/[^\p{L}\p{N}]+/u)]);
    return all.filter((d) => prefixes.every((p) => (words.get(d.id) ?? []).some((w) => w.startsWith(p)))).map((d) => d.id);
  };

  describe("search that forgives missing diacritics", () => {
    it("finds çerdhe as cerdhe, çerdhe, CERDHE and cerdhja, and only the decisions that say it", async () => {
      const expected = await withWords("cerdh");
      expect(all.filter((d) => expected.includes(d.id)).some((d) => /çerdhe/.test(d.title))).toBe(true);
      for (const text of ["cerdhe", "çerdhe", "CERDHE", "Çerdhe", "cerdhja", "çerdhes"]) {
        const found = await list({ text });
        expect(found.items.map((d) => d.id), text).toEqual(expected);
        expect(found.total, text).toBe(expected.length);
      }
    });

    it("finds Këshilli as keshilli and KESHILLI, in descriptions too", async () => {
      const expected = await withWords("keshill");
      const inDescription = await t.sql("SELECT i.id FROM agenda_item i WHERE i.description ILIKE '%këshilli %' AND i.title NOT ILIKE '%këshill%'");
      expect(expected.some((id) => inDescription.some((r: any) => r.id === id))).toBe(true);
      for (const text of ["keshilli", "Këshilli", "KESHILLI", "këshillit"]) {
        const found = await list({ text });
        expect(found.items.map((d) => d.id), text).toEqual(expected);
        expect(found.total, text).toBe(expected.length);
      }
    });

    it("answers the journalist: decisions on waste collection this year, with the matched words marked", async () => {
      const year = Number(tiranaToday().slice(0, 4));
      const found = await list({ text: "grumbullimi i mbetjeve", year });
      const expected = (await withWords("grumbullim", "mbetj")).filter((id) => all.find((d) => d.id === id).year === year);
      expect(found.items.map((d) => d.id)).toEqual(expected);
      const titled = found.items.filter((d) => /grumbullim/.test(d.title) && /mbetje/.test(d.title));
      expect(titled.length).toBeGreaterThanOrEqual(2); // the regulation adopted, the concession rejected
      expect(new Set(titled.map((d) => d.outcome))).toEqual(new Set(["PASSED", "FAILED"]));
      for (const d of found.items) {
        expect(d.match.text).toMatch(/\uE000[^\uE001]*(mbetje|grumbullim)[^\uE001]*\uE001/i);
        expect(d.sessionId).toBeTruthy();
      }
      // Where is the draft that was voted: each decision has its item's documents, the draft act first.
      const drafts = await t.gql(`query($f: DecisionFilter) { decisions(filter: $f) { items { id title documents { kind title url } } } }`, { f: { text: "grumbullimi i mbetjeve", year } });
      const regulation = drafts.data.decisions.items.find((d: any) => /rregullores së grumbullimit/.test(d.title));
      expect(regulation.documents[0]).toMatchObject({ kind: "DRAFT_ACT" });
      const pdf = await fetch(`${t.url}${regulation.documents[0].url}`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get("content-type")).toMatch(/^application\/pdf/);
      // The budget too, this year.
      expect((await titles("buxheti")).some((title) => /buxhet/i.test(title))).toBe(true);
    });

    it("every word must match; punctuation alone is no filter; a long text is refused", async () => {
      expect((await list({ text: "cerdhe shirgjan" })).items.map((d) => d.id)).toEqual(await withWords("cerdh", "shirgjan"));
      expect((await list({ text: "cerdhe zzzqx" })).total).toBe(0);
      expect((await list({ text: "  ,;  " })).total).toBe(all.length);
      const long = await t.gql(LIST, { f: { text: "a".repeat(201) } });
      expect(code(long)).toBe("BAD_USER_INPUT");
      expect((await list({ text: "'); DROP TABLE vote; --" })).total).toBe(0);
    });
  });

  describe("filters, paging and totals", () => {
    it("lists every decided item, newest first, as SQL does", async () => {
      const page = await list();
      expect(page.total).toBe(all.length);
      expect(page.items.map((d) => d.id)).toEqual(all.map((d) => d.id));
      for (const d of page.items) expect(d.tally.for + d.tally.against + d.tally.abstain + d.tally.recused + d.tally.notVoted, d.title).toEqual(d.body.kind === "COUNCIL" ? 51 : expect.any(Number));
    });

    it("filters by year, body, outcome and kind, with totals", async () => {
      const year = all[0].year;
      const cases: [Record<string, unknown>, (d: any) => boolean][] = [
        [{ year }, (d) => d.year === year],
        [{ year: year - 5 }, (d) => d.year === year - 5],
        [{ bodyId: all[0].body_id }, (d) => d.body_id === all[0].body_id],
        [{ outcome: "FAILED" }, (d) => d.outcome === "FAILED"],
        [{ outcome: "PASSED", kind: "SERVICES" }, (d) => d.outcome === "PASSED" && d.kind === "SERVICES"],
        [{ kind: "BUDGET", year }, (d) => d.kind === "BUDGET" && d.year === year],
        [{ bodyId: "not-an-id" }, () => false],
      ];
      for (const [f, keep] of cases) {
        const page = await list(f);
        const expected = all.filter(keep).map((d) => d.id);
        expect(page.items.map((d) => d.id), JSON.stringify(f)).toEqual(expected);
        expect(page.total, JSON.stringify(f)).toBe(expected.length);
      }
      expect((await list({ kind: "SERVICES" })).total).toBeGreaterThanOrEqual(3);
    });

    it("pages with offset and limit, the total unchanged", async () => {
      const first = await list({}, 0, 4);
      const second = await list({}, 4, 4);
      expect(first.items.map((d) => d.id)).toEqual(all.slice(0, 4).map((d) => d.id));
      expect(second.items.map((d) => d.id)).toEqual(all.slice(4, 8).map((d) => d.id));
      expect(second.total).toBe(all.length);
      expect(code(await t.gql(LIST, { l: 101 }))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(LIST, { o: -1 }))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(LIST, { f: { year: 1500 } }))).toBe("BAD_USER_INPUT");
    });

    it("decision(id) has the vote's named ballots; an unknown or undecided item is null", async () => {
      const d = (await t.gql(ONE, { id: all[0].id })).data.decision;
      const ballots = await t.sql("SELECT choice FROM ballot b JOIN vote v ON v.id = b.vote_id WHERE v.id = $1", [d.voteId]);
      expect(d.ballots).toHaveLength(ballots.length);
      expect(d.ballots.filter((b: any) => b.choice === "FOR")).toHaveLength(d.tally.for);
      const [pending] = await t.sql("SELECT i.id FROM agenda_item i WHERE NOT EXISTS (SELECT 1 FROM vote v WHERE v.agenda_item_id = i.id) LIMIT 1");
      expect((await t.gql(ONE, { id: pending.id })).data.decision).toBeNull();
      expect((await t.gql(ONE, { id: "42" })).data.decision).toBeNull();
    });

    it("the demo numbers adopted acts per body and year, never twice", async () => {
      const dupes = await t.sql("SELECT body_id, year, number FROM decision_record WHERE number IS NOT NULL GROUP BY 1, 2, 3 HAVING count(*) > 1");
      expect(dupes).toEqual([]);
      const failedNumbered = await t.sql("SELECT 1 FROM decision_record r JOIN decided_item d USING (agenda_item_id) WHERE d.outcome = 'FAILED' AND r.number IS NOT NULL");
      expect(failedNumbered).toEqual([]);
      const council = "(SELECT id FROM body WHERE kind = 'COUNCIL')";
      await expect(t.sql(`UPDATE decision_record SET number = (SELECT max(number) FROM decision_record WHERE body_id = ${council})
                          WHERE number = (SELECT min(number) FROM decision_record WHERE body_id = ${council}) AND body_id = ${council}`))
        .rejects.toThrow(/decision_record_number/);
    });
  });

  describe("the secretariat records the number and the review", () => {
    let itemId: string;
    let rejectedId: string;

    beforeAll(async () => {
      // A session of today with two items voted now: one adopted, one rejected.
      const s = await newSession(t, sec, 3, "Mbledhje për regjistrin");
      await t.gql(M.start, { id: s.sessionId }, sec);
      const { data } = await t.gql("{ councillors { id } }");
      const ids: string[] = data.councillors.map((c: any) => c.id);
      await t.gql("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { id } }",
        { i: { sessionId: s.sessionId, councillorIds: ids.slice(0, 30), status: "PRESENT" } }, sec);
      for (const [k, choice] of [[0, "FOR"], [1, "AGAINST"]] as const) {
        await t.gql(M.startItem, { id: s.itemIds[k] }, sec);
        const vote = (await t.gql(M.openVote, { i: { agendaItemId: s.itemIds[k], majority: "SIMPLE" } }, sec)).data.openVote;
        for (const id of ids.slice(0, 20)) await t.gql(M.ballot, { i: { voteId: vote.id, councillorId: id, choice } }, sec);
        const closed = await t.gql(M.closeVote, { id: vote.id }, sec);
        expect(closed.errors).toBeUndefined();
      }
      [itemId, rejectedId] = s.itemIds;
    });

    it("a new decided item is in the register at once, without a number, NOT_SENT", async () => {
      const d = (await t.gql(ONE, { id: itemId })).data.decision;
      expect(d).toMatchObject({ number: null, kind: null, outcome: "PASSED", review: { status: "NOT_SENT", authority: null, on: null }, version: 0 });
      expect((await t.gql(ONE, { id: rejectedId })).data.decision.outcome).toBe("FAILED");
    });

    it("gives the next number of the body's year, refuses a taken one, none for a rejected draft", async () => {
      const d = (await t.gql(ONE, { id: itemId })).data.decision;
      const [{ max }] = await t.sql("SELECT max(number) AS max FROM decision_record WHERE body_id = $1 AND year = $2", [d.body.id, d.year]);
      const r = await t.gql(REGISTER, { i: { agendaItemId: itemId, kind: "REGULATION", expectedVersion: 0 } }, sec);
      expect(r.errors).toBeUndefined();
      expect(r.data.registerDecision).toMatchObject({ number: (max ?? 0) + 1, kind: "REGULATION", version: 1 });
      const taken = await t.gql(REGISTER, { i: { agendaItemId: itemId, number: max, kind: "REGULATION" } }, sec);
      expect(code(taken)).toBe("CONFLICT");
      expect(taken.errors![0].message).toMatch(/already/);
      expect(code(await t.gql(REGISTER, { i: { agendaItemId: itemId, kind: "BUDGET", expectedVersion: 0 } }, sec))).toBe("CONFLICT"); // stale
      const rejected = await t.gql(REGISTER, { i: { agendaItemId: rejectedId, number: 999, kind: "SERVICES" } }, sec);
      expect(code(rejected)).toBe("CONFLICT");
      const kindOnly = await t.gql(REGISTER, { i: { agendaItemId: rejectedId, kind: "SERVICES" } }, sec);
      expect(kindOnly.data.registerDecision).toMatchObject({ number: null, kind: "SERVICES" });
      const [{ id: pendingId }] = await t.sql("SELECT i.id FROM agenda_item i JOIN council_session s ON s.id = i.session_id WHERE s.title = 'Mbledhje për regjistrin' AND i.position = 3");
      expect(code(await t.gql(REGISTER, { i: { agendaItemId: pendingId, kind: "OTHER" } }, sec))).toBe("CONFLICT");
      expect(code(await t.gql(REGISTER, { i: { agendaItemId: "00000000-0000-4000-8000-000000000000", kind: "OTHER" } }, sec))).toBe("NOT_FOUND");
    });

    it("two registrations at the same moment get two consecutive numbers", async () => {
      const s = await newSession(t, sec, 2, "Mbledhje me dy vendime njëherësh");
      await t.gql(M.start, { id: s.sessionId }, sec);
      const { data } = await t.gql("{ councillors { id } }");
      const ids: string[] = data.councillors.map((c: any) => c.id);
      await t.gql("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { id } }",
        { i: { sessionId: s.sessionId, councillorIds: ids.slice(0, 30), status: "PRESENT" } }, sec);
      for (const itemId of s.itemIds) {
        await t.gql(M.startItem, { id: itemId }, sec);
        const vote = (await t.gql(M.openVote, { i: { agendaItemId: itemId, majority: "SIMPLE" } }, sec)).data.openVote;
        for (const id of ids.slice(0, 20)) await t.gql(M.ballot, { i: { voteId: vote.id, councillorId: id, choice: "FOR" } }, sec);
        await t.gql(M.closeVote, { id: vote.id }, sec);
      }
      const answers = await Promise.all(s.itemIds.map((agendaItemId) => t.gql(REGISTER, { i: { agendaItemId, kind: "OTHER" } }, sec)));
      for (const a of answers) expect(a.errors).toBeUndefined();
      const numbers = answers.map((a) => a.data.registerDecision.number).sort((a: number, b: number) => a - b);
      expect(numbers[1]).toBe(numbers[0] + 1);
    });

    it("records the prefect's review: policy, validation, the moves, the audit event", async () => {
      const today = tiranaToday();
      const sent = { agendaItemId: itemId, status: "SENT", authority: "PREFECT", on: today, note: "Dërguar me shkresën nr. 412" };
      // Policy: the public and a councillor may not; the secretariat may.
      expect(code(await t.gql(REVIEW, { i: sent }))).toBe("UNAUTHENTICATED");
      expect(code(await t.gql(REVIEW, { i: sent }, await t.login("kd01", "kuvend")))).toBe("FORBIDDEN");
      expect(code(await t.gql(REVIEW, { i: sent }, await t.login("admin")))).toBe("FORBIDDEN");
      // Validation.
      expect(code(await t.gql(REVIEW, { i: { ...sent, on: "2026-02-30" } }, sec))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(REVIEW, { i: { ...sent, on: "3000-01-01" } }, sec))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(REVIEW, { i: { ...sent, on: "2000-01-01" } }, sec))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(REVIEW, { i: { ...sent, authority: null } }, sec))).toBe("BAD_USER_INPUT");
      expect(code(await t.gql(REVIEW, { i: { ...sent, note: "x".repeat(2001) } }, sec))).toBe("BAD_USER_INPUT");
      // The moves: not straight to UPHELD; the rejected draft has no number to send.
      expect(code(await t.gql(REVIEW, { i: { ...sent, status: "UPHELD" } }, sec))).toBe("CONFLICT");
      expect(code(await t.gql(REVIEW, { i: { ...sent, agendaItemId: rejectedId } }, sec))).toBe("CONFLICT");
      const before = await t.sql("SELECT count(*)::int AS n FROM audit_event WHERE action = 'setDecisionReview'");
      const r = await t.gql(REVIEW, { i: sent }, sec);
      expect(r.errors).toBeUndefined();
      expect(r.data.setDecisionReview.review).toEqual({ status: "SENT", authority: "PREFECT", on: today, note: "Dërguar me shkresën nr. 412" });
      const upheld = await t.gql(REVIEW, { i: { agendaItemId: itemId, status: "UPHELD", authority: "PREFECT", on: today, expectedVersion: 2 } }, sec);
      expect(upheld.data.setDecisionReview).toMatchObject({ review: { status: "UPHELD", note: null }, version: 3 });
      expect(code(await t.gql(REVIEW, { i: { ...sent, status: "RETURNED" } }, sec))).toBe("CONFLICT"); // UPHELD is final
      // The number is fixed once sent.
      expect(code(await t.gql(REGISTER, { i: { agendaItemId: itemId, number: 5000, kind: "REGULATION" } }, sec))).toBe("CONFLICT");
      const events = await t.sql("SELECT actor_role, subject_type, subject_id::text, before, after FROM audit_event WHERE action = 'setDecisionReview' ORDER BY id");
      expect(events.length - before[0].n).toBe(2);
      expect(events.at(-2)).toMatchObject({ actor_role: "SECRETARIAT", subject_type: "decision", subject_id: itemId,
        before: { status: "NOT_SENT" }, after: { status: "SENT", authority: "PREFECT", on: today } });
      // The public sees it.
      expect((await t.gql(ONE, { id: itemId })).data.decision.review.status).toBe("UPHELD");
    });
  });

  describe("open data", () => {
    const COLUMNS = ["id", "number", "year", "date", "bodyId", "bodyName", "sessionId", "sessionTitle", "position", "title", "kind", "outcome",
      "majority", "for", "against", "abstain", "recused", "notVoted", "reviewStatus", "reviewAuthority", "reviewOn", "reviewNote", "voteId", "url"];

    it("decisions.csv and .json hold the register with the same filters", async () => {
      const year = all[0].year;
      const res = await fetch(`${t.url}/open-data/decisions.csv?viti=${year}&q=cerdhe`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="vendimet-${year}.csv"`);
      const text = await res.text();
      expect(text.split("\r\n")[0]).toBe(COLUMNS.join(","));
      const records = parse(text, { columns: true }) as any[];
      const page = await list({ year, text: "cerdhe" });
      expect(records.map((r) => r.id)).toEqual(page.items.map((d) => d.id));
      expect(records[0]).toMatchObject({ title: page.items[0].title, outcome: page.items[0].outcome, for: String(page.items[0].tally.for) });

      const json = await (await fetch(`${t.url}/open-data/decisions.json`)).json() as any[];
      const now = (await t.sql(REGISTER_SQL)).sort((a, b) => b.closed_at - a.closed_at || a.position - b.position || (a.id < b.id ? -1 : 1));
      expect(json.map((r) => r.id)).toEqual(now.map((d) => d.id));
      expect(Object.keys(json[0])).toEqual(COLUMNS);
      expect(typeof json[0].for).toBe("number");
      const failed = await (await fetch(`${t.url}/open-data/decisions.json?rezultati=FAILED&lloji=SERVICES`)).json() as any[];
      expect(failed.map((r) => r.id)).toEqual((await list({ outcome: "FAILED", kind: "SERVICES" })).items.map((d) => d.id));
      expect((await fetch(`${t.url}/open-data/decisions.json?viti=abc`)).status).toBe(400);
    });
  });
});
