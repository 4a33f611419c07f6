/* eslint-disable @typescript-eslint/no-explicit-any -- reads untyped JSON (parsed Popolo and open-data documents). */
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { Validator } from "jsonschema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partyId } from "../../server/src/publishing/opendata/popolo.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { M, newSession } from "./fixtures.js";

/**
 * Issue 3, point 6: open data (Elbasan plan OS-2: council decisions in CSV and JSON,
 * and the Popolo standard), public and without login, compared with the database.
 */
const collator = new Intl.Collator("sq");
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const tiranaDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Tirane" }).format(d);
/** How a typed value is written in the CSV files: text a spreadsheet would take for a formula gets a leading single quote. */
const cell = (v: unknown) =>
  v === null || v === undefined ? "" : typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
const csvRow = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)]));
const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const TRICKY = 'Aksione në "Alfa, sh.p.k.",\nrreshti i dytë; përqindja 5%';
/** Text a spreadsheet would run as a formula (OWASP "CSV injection"), as a councillor or the secretariat might type it. */
const FORMULA_TITLE = '=HYPERLINK("http://x","Kliko këtu")';
const FORMULAS = ["=1+1", "+355 69 123 4567", "-2+3 këshilltarë", "@SUM(A1:A9)"];

describe("open data", () => {
  let t: TestServer;
  let sec: string;
  let spoke: string, waiting: string;

  beforeAll(async () => {
    t = await startTestServer();
    sec = await t.login("sekretaria");
    const { data } = await t.gql("{ councillors { id } }");
    const ids: string[] = data.councillors.map((c: { id: string }) => c.id);

    // A declaration before the session (today's scheduled one), with a comma, quotes and a line break, then corrected.
    const [item] = await t.sql(
      "SELECT i.id FROM agenda_item i JOIN council_session s ON s.id = i.session_id WHERE s.title = 'Mbledhja e Këshillit Bashkiak nr. 11' AND i.position = 2");
    const first = await t.gql(M.declare, { i: { agendaItemId: item.id, councillorId: ids[7], interestType: "FINANCIAL", description: TRICKY, recused: false } }, sec);
    expect(first.errors).toBeUndefined();
    const fix = await t.gql(M.declare, { i: { agendaItemId: item.id, councillorId: ids[7], interestType: "FINANCIAL", description: "Korrigjim: përjashtohem.", recused: true } }, sec);
    expect(fix.errors).toBeUndefined();

    // An agenda item whose title, and declarations whose descriptions, begin with a formula character.
    const [session] = await t.sql("SELECT id FROM council_session WHERE title = 'Mbledhja e Këshillit Bashkiak nr. 11'");
    const hostileItem = await t.gql(M.addItem, { i: { sessionId: session.id, title: FORMULA_TITLE } }, sec);
    expect(hostileItem.errors).toBeUndefined();
    for (const [n, description] of FORMULAS.entries()) {
      const filed = await t.gql(M.declare, { i: { agendaItemId: hostileItem.data.addAgendaItem.id, councillorId: ids[10 + n], interestType: "FINANCIAL", description, recused: false } }, sec);
      expect(filed.errors).toBeUndefined();
    }

    // A session in progress with an open vote: its ballots are not final yet, so not exported.
    const s = await newSession(t, sec, 1, "Mbledhje në vazhdim");
    await t.gql(M.start, { id: s.sessionId }, sec);
    await t.gql("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { id } }",
      { i: { sessionId: s.sessionId, councillorIds: ids.slice(0, 30), status: "PRESENT" } }, sec);
    await t.gql(M.startItem, { id: s.itemIds[0] }, sec);
    // A speech the vote's opening ends (so it is finished, and exported), and a request still waiting (no speech yet).
    const floor = "mutation($i: FloorRequestInput!) { requestFloor(input: $i) { id } }";
    spoke = (await t.gql(floor, { i: { agendaItemId: s.itemIds[0], kind: "REPLY", councillorId: ids[0] } }, sec)).data.requestFloor.id;
    expect((await t.gql("mutation($id: ID!) { startSpeech(speakerId: $id) { id } }", { id: spoke }, sec)).errors).toBeUndefined();
    waiting = (await t.gql(floor, { i: { agendaItemId: s.itemIds[0], kind: "CONTRIBUTION", councillorId: ids[1] } }, sec)).data.requestFloor.id;
    const vote = (await t.gql(M.openVote, { i: { agendaItemId: s.itemIds[0], majority: "SIMPLE" } }, sec)).data.openVote;
    for (const id of ids.slice(0, 5)) await t.gql(M.ballot, { i: { voteId: vote.id, councillorId: id, choice: "FOR" } }, sec);
  });
  afterAll(() => t?.stop());

  async function get(file: string) {
    const res = await fetch(`${t.url}/open-data/${file}`);
    expect(res.status, file).toBe(200);
    expect(res.headers.get("cache-control"), file).toBe("public, max-age=60");
    const text = await res.text();
    return { res, text };
  }
  async function csv(file: string, columns: string[]) {
    const { res, text } = await get(file);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(text.split("\r\n")[0]).toBe(columns.join(","));
    expect(text.endsWith("\r\n")).toBe(true);
    return { text, records: parse(text, { columns: true, skip_empty_lines: false }) as Record<string, string>[] };
  }
  async function json(file: string) {
    const { res, text } = await get(file);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    return JSON.parse(text);
  }

  describe("declarations", () => {
    const COLUMNS = ["id", "sessionId", "sessionTitle", "sessionDate", "agendaItemPosition", "agendaItemTitle", "councillorId", "councillorName",
      "party", "interestType", "description", "recused", "filedAt", "filedOnBehalf", "supersedesId", "inForce"];
    let expected: Record<string, unknown>[];

    beforeAll(async () => {
      const rows = await t.sql(`
        SELECT d.*, s.id AS session_id, s.title AS session_title, s.scheduled_at, i.position, i.title AS item_title, c.full_name, c.party,
               NOT EXISTS (SELECT 1 FROM declaration l WHERE l.agenda_item_id = d.agenda_item_id AND l.councillor_id = d.councillor_id
                             AND (l.filed_at, l.id) > (d.filed_at, d.id)) AS in_force
        FROM declaration d JOIN agenda_item i ON i.id = d.agenda_item_id JOIN council_session s ON s.id = i.session_id
        JOIN councillor c ON c.id = d.councillor_id`);
      rows.sort((a, b) => a.scheduled_at - b.scheduled_at || plain(a.session_id, b.session_id) || a.position - b.position
        || collator.compare(a.full_name, b.full_name) || a.filed_at - b.filed_at || plain(a.id, b.id));
      expected = rows.map((r) => ({
        id: r.id, sessionId: r.session_id, sessionTitle: r.session_title, sessionDate: tiranaDay(r.scheduled_at), agendaItemPosition: r.position,
        agendaItemTitle: r.item_title, councillorId: r.councillor_id, councillorName: r.full_name, party: r.party, interestType: r.interest_type,
        description: r.description, recused: r.recused, filedAt: iso(r.filed_at), filedOnBehalf: r.filed_on_behalf, supersedesId: r.supersedes_id,
        inForce: r.in_force,
      }));
      // the demo's (council and committees), the one with awkward text and its correction, four beginning with a formula character
      expect(expected.length).toBeGreaterThanOrEqual(8);
    });

    it("declarations.csv holds every declaration, row for row what the database holds, in council order", async () => {
      const { text, records } = await csv("declarations.csv", COLUMNS);
      expect(records).toEqual(expected.map(csvRow));
      // RFC 4180: the awkward description is quoted, its quotes doubled, and it reads back intact.
      expect(text).toContain('"Aksione në ""Alfa, sh.p.k."",\nrreshti i dytë; përqindja 5%"');
      const tricky = records.find((r) => r.description === TRICKY)!;
      expect(tricky).toMatchObject({ inForce: "false", recused: "false", filedOnBehalf: "true", supersedesId: "" });
      expect(records.find((r) => r.supersedesId === tricky.id)).toMatchObject({ inForce: "true", recused: "true" });
    });

    it("declarations.json holds the same records, typed", async () => {
      expect(await json("declarations.json")).toEqual(expected);
    });

    it("declarations.csv is safe in a spreadsheet: a cell beginning with = + - or @ gets a leading single quote; the JSON keeps the exact text", async () => {
      const { text, records } = await csv("declarations.csv", COLUMNS);
      const hostile = records.filter((r) => r.agendaItemTitle === `'${FORMULA_TITLE}`);
      expect(hostile.map((r) => r.description).sort()).toEqual(FORMULAS.map((f) => `'${f}`).sort());
      expect(text).toContain(`"'=HYPERLINK(""http://x"",""Kliko këtu"")"`);
      // Nothing else is touched: ids, dates, numbers and ordinary text read back as filed.
      expect(records.find((r) => r.description === TRICKY)).toBeDefined();
      for (const r of records) expect(r.agendaItemPosition).toMatch(/^[0-9]+$/);

      const exact = (await json("declarations.json")) as Record<string, unknown>[];
      const inJson = exact.filter((r) => r.agendaItemTitle === FORMULA_TITLE);
      expect(inJson.map((r) => r.description).sort()).toEqual([...FORMULAS].sort());
    });
  });

  describe("votes", () => {
    const COLUMNS = ["id", "sessionId", "sessionTitle", "sessionDate", "agendaItemPosition", "agendaItemTitle", "majority", "status", "openedAt",
      "closedAt", "outcome", "for", "against", "abstain", "recused", "notVoted"];
    let expected: Record<string, unknown>[];

    beforeAll(async () => {
      const rows = await t.sql(`
        SELECT v.*, s.title AS session_title, s.scheduled_at, i.position, i.title AS item_title
        FROM vote v JOIN council_session s ON s.id = v.session_id JOIN agenda_item i ON i.id = v.agenda_item_id WHERE v.status = 'CLOSED'`);
      rows.sort((a, b) => a.scheduled_at - b.scheduled_at || plain(a.session_id, b.session_id) || a.position - b.position || a.opened_at - b.opened_at || plain(a.id, b.id));
      expected = rows.map((r) => ({
        id: r.id, sessionId: r.session_id, sessionTitle: r.session_title, sessionDate: tiranaDay(r.scheduled_at), agendaItemPosition: r.position,
        agendaItemTitle: r.item_title, majority: r.majority, status: r.status, openedAt: iso(r.opened_at), closedAt: iso(r.closed_at), outcome: r.outcome,
        for: r.for_count, against: r.against_count, abstain: r.abstain_count, recused: r.recused_count, notVoted: r.not_voted_count,
      }));
      expect(expected.length).toBeGreaterThanOrEqual(7); // the demo's closed votes (the council's and the committees'); the open one is left out
      expect(expected.every((v) => v.status === "CLOSED")).toBe(true);
    });

    it("votes.csv holds every closed vote with its fixed tally and outcome", async () => {
      const { records } = await csv("votes.csv", COLUMNS);
      expect(records).toEqual(expected.map(csvRow));
      const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM vote WHERE status = 'OPEN'");
      expect(n).toBe(1);
      // Each tally adds up to its vote's seats: 51 for the council, 7 for a demo committee.
      const seats = new Map((await t.sql("SELECT id, seats FROM vote")).map((v) => [v.id, v.seats]));
      for (const r of records) expect(Number(r.for) + Number(r.against) + Number(r.abstain) + Number(r.recused) + Number(r.notVoted)).toBe(seats.get(r.id));
    });

    it("votes.json holds the same records, typed", async () => {
      expect(await json("votes.json")).toEqual(expected);
    });
  });

  describe("ballots", () => {
    const COLUMNS = ["voteId", "sessionId", "agendaItemPosition", "agendaItemTitle", "councillorId", "councillorName", "party", "choice", "castAt"];
    let expected: Record<string, unknown>[];

    beforeAll(async () => {
      const rows = await t.sql(`
        SELECT b.*, v.session_id, v.opened_at, s.scheduled_at, i.position, i.title AS item_title, c.full_name, c.party
        FROM ballot b JOIN vote v ON v.id = b.vote_id JOIN council_session s ON s.id = v.session_id
        JOIN agenda_item i ON i.id = v.agenda_item_id JOIN councillor c ON c.id = b.councillor_id WHERE v.status = 'CLOSED'`);
      rows.sort((a, b) => a.scheduled_at - b.scheduled_at || plain(a.session_id, b.session_id) || a.position - b.position
        || a.opened_at - b.opened_at || plain(a.vote_id, b.vote_id) || collator.compare(a.full_name, b.full_name) || plain(a.councillor_id, b.councillor_id));
      expected = rows.map((r) => ({
        voteId: r.vote_id, sessionId: r.session_id, agendaItemPosition: r.position, agendaItemTitle: r.item_title, councillorId: r.councillor_id,
        councillorName: r.full_name, party: r.party, choice: r.choice, castAt: iso(r.cast_at),
      }));
    });

    it("ballots.csv holds every named ballot of every closed vote", async () => {
      const { records } = await csv("ballots.csv", COLUMNS);
      expect(records).toEqual(expected.map(csvRow));
      const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM ballot b JOIN vote v ON v.id = b.vote_id WHERE v.status = 'CLOSED'");
      expect(records).toHaveLength(n);
      // Per vote, the ballots add up to the vote's FOR / AGAINST / ABSTAIN counts.
      const votes = parse((await get("votes.csv")).text, { columns: true }) as Record<string, string>[];
      for (const v of votes) {
        const mine = records.filter((b) => b.voteId === v.id);
        expect([mine.filter((b) => b.choice === "FOR").length, mine.filter((b) => b.choice === "AGAINST").length, mine.filter((b) => b.choice === "ABSTAIN").length])
          .toEqual([Number(v.for), Number(v.against), Number(v.abstain)]);
      }
    });

    it("ballots.json holds the same records, typed", async () => {
      expect(await json("ballots.json")).toEqual(expected);
    });
  });

  describe("speeches", () => {
    const COLUMNS = ["id", "sessionId", "sessionTitle", "sessionDate", "agendaItemPosition", "agendaItemTitle", "councillorId", "councillorName", "party",
      "kind", "startedAt", "endedAt", "spokenSeconds", "allottedSeconds"];
    let expected: Record<string, unknown>[];

    beforeAll(async () => {
      const rows = await t.sql(`
        SELECT sp.*, s.title AS session_title, s.scheduled_at, i.position, i.title AS item_title, c.full_name, c.party
        FROM speaker sp JOIN council_session s ON s.id = sp.session_id JOIN agenda_item i ON i.id = sp.agenda_item_id
        JOIN councillor c ON c.id = sp.councillor_id WHERE sp.status = 'DONE'`);
      rows.sort((a, b) => a.scheduled_at - b.scheduled_at || plain(a.session_id, b.session_id) || a.position - b.position
        || a.started_at - b.started_at || plain(a.id, b.id));
      expected = rows.map((r) => ({
        id: r.id, sessionId: r.session_id, sessionTitle: r.session_title, sessionDate: tiranaDay(r.scheduled_at), agendaItemPosition: r.position,
        agendaItemTitle: r.item_title, councillorId: r.councillor_id, councillorName: r.full_name, party: r.party, kind: r.kind,
        startedAt: iso(r.started_at), endedAt: iso(r.ended_at), spokenSeconds: Math.floor((r.ended_at - r.started_at) / 1000), allottedSeconds: r.allotted_seconds,
      }));
    });

    it("speeches.csv holds every finished speech, in council order and the order spoken; a waiting request is not a speech", async () => {
      const { records } = await csv("speeches.csv", COLUMNS);
      expect(records).toEqual(expected.map(csvRow));
      const ids = records.map((r) => r.id);
      expect(ids).toContain(spoke);
      expect(ids).not.toContain(waiting);
      expect(records.find((r) => r.id === spoke)).toMatchObject({ kind: "REPLY", allottedSeconds: "120", sessionTitle: "Mbledhje në vazhdim" });
    });

    it("speeches.json holds the same records, typed", async () => {
      expect(await json("speeches.json")).toEqual(expected);
    });
  });

  describe("popolo.json", () => {
    let p: any;
    beforeAll(async () => { p = await json("popolo.json"); });

    it("has Popolo's collections", () => {
      expect(Object.keys(p).sort()).toEqual(["events", "memberships", "meta", "motions", "organizations", "persons", "vote_events", "votes"]);
      expect(p.meta.options.recused).toMatch(/extension/);
      expect(p.meta.source).toBe(`${t.url}/open-data/popolo.json`);
    });

    it("validates against the Popolo JSON Schemas (draft-03, vendored in test/fixtures/popolo), every object of every collection", () => {
      const dir = new URL("../fixtures/popolo/", import.meta.url);
      const validator = new Validator();
      const schemas = new Map<string, any>();
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
        const schema = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
        expect(schema.$schema).toBe("http://json-schema.org/draft-03/schema#");
        validator.addSchema(schema, schema.id);
        schemas.set(file.replace(/\.json$/, ""), schema);
      }
      const check = (kind: string, objects: any[]) => {
        expect(objects.length, kind).toBeGreaterThan(0);
        for (const o of objects) {
          const result = validator.validate(o, schemas.get(kind), { throwError: false, nestedErrors: true });
          expect(result.errors.map((e) => `${kind} ${o.id ?? ""}: ${e.stack}`)).toEqual([]);
        }
      };
      check("person", p.persons);
      check("organization", p.organizations);
      check("membership", p.memberships);
      check("event", p.events);
      check("motion", p.motions);
      check("vote_event", p.vote_events);
      check("count", p.vote_events.flatMap((v: any) => v.counts));
      check("vote", p.votes);
      // The $refs resolve between the vendored files: a vote event embedding its votes and counts validates too.
      check("vote_event", [{ ...p.vote_events[0], votes: p.votes.filter((v: any) => v.vote_event_id === p.vote_events[0].id) }]);
      // And the check bites: a count without its value, or a date outside Popolo's pattern, is refused.
      expect(validator.validate({ option: "yes" }, schemas.get("count")).valid).toBe(false);
      expect(validator.validate({ ...p.events[0], start_date: "10 Nëntor 2026" }, schemas.get("event")).valid).toBe(false);
      expect(validator.validate({ ...p.persons[0], sources: [{ note: "no url" }] }, schemas.get("person")).valid).toBe(false);
    });

    it("has every URL absolute", () => {
      const urls = JSON.stringify(p).match(/"url":"[^"]*"/g) ?? [];
      expect(urls.length).toBeGreaterThan(p.persons.length);
      for (const u of urls) expect(u).toMatch(new RegExp(`^"url":"${t.url.replace(/[.]/g, "\\.")}/`));
    });

    it("has every councillor as a person, with gender", async () => {
      const rows = await t.sql("SELECT id, full_name, gender FROM councillor");
      expect(p.persons).toHaveLength(rows.length);
      for (const r of rows) {
        expect(p.persons).toContainEqual({
          id: r.id, name: r.full_name, gender: ({ FEMALE: "female", MALE: "male", OTHER: "other" } as Record<string, string>)[r.gender],
          sources: [{ url: `${t.url}/keshilltaret/${r.id}` }],
        });
      }
    });

    it("has the council, its committees and the parties, and memberships that point at them", async () => {
      const bodies = await t.sql("SELECT id, name, kind FROM body");
      for (const b of bodies) {
        expect(p.organizations).toContainEqual(b.kind === "COUNCIL"
          ? { id: b.id, name: b.name, classification: "council", sources: [{ url: `${t.url}/` }] }
          : { id: b.id, name: b.name, classification: "committee", sources: [{ url: `${t.url}/komisionet/${b.id}` }] });
      }
      const parties = await t.sql("SELECT DISTINCT party FROM councillor WHERE party IS NOT NULL");
      expect(p.organizations.filter((o: any) => o.classification === "party").map((o: any) => o.name).sort()).toEqual(parties.map((r) => r.party).sort());
      const persons = new Set(p.persons.map((x: any) => x.id));
      const orgs = new Set(p.organizations.map((x: any) => x.id));
      const [{ members }] = await t.sql("SELECT count(*)::int AS members FROM body_member");
      const [{ withParty }] = await t.sql(`SELECT count(*)::int AS "withParty" FROM councillor WHERE party IS NOT NULL`);
      expect(p.memberships).toHaveLength(p.persons.length + withParty + members);
      for (const m of p.memberships) {
        expect(persons.has(m.person_id)).toBe(true);
        expect(orgs.has(m.organization_id)).toBe(true);
        if (m.on_behalf_of_id) expect(orgs.has(m.on_behalf_of_id)).toBe(true);
      }
    });

    it("has sessions that started as events, closed votes as vote events with their counts, and one vote per ballot", async () => {
      const sessions = await t.sql("SELECT id, title, started_at, closed_at FROM council_session WHERE status <> 'SCHEDULED'");
      expect(p.events.map((e: any) => e.id).sort()).toEqual(sessions.map((s) => s.id).sort());
      const popoloTime = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$/;
      for (const e of p.events) {
        expect(e.classification).toBe("session");
        expect(e.start_date).toMatch(popoloTime);
      }

      const votes = await t.sql("SELECT * FROM vote WHERE status = 'CLOSED'");
      expect(p.vote_events).toHaveLength(votes.length);
      const motions = new Set(p.motions.map((m: any) => m.id));
      const events = new Set(p.events.map((e: any) => e.id));
      for (const v of votes) {
        const ve = p.vote_events.find((x: any) => x.id === v.id);
        expect(ve).toMatchObject({ motion_id: v.agenda_item_id, legislative_session_id: v.session_id, result: v.outcome === "PASSED" ? "pass" : "fail" });
        expect(ve.counts).toEqual([
          { option: "yes", value: v.for_count }, { option: "no", value: v.against_count }, { option: "abstain", value: v.abstain_count },
          { option: "recused", value: v.recused_count }, { option: "not voting", value: v.not_voted_count },
        ]);
        expect(ve.start_date).toMatch(popoloTime);
      }
      for (const ve of p.vote_events) expect(motions.has(ve.motion_id)).toBe(true);
      for (const m of p.motions) {
        expect(events.has(m.legislative_session_id)).toBe(true);
        expect(["pass", "fail"]).toContain(m.result);
      }
      const [{ n }] = await t.sql("SELECT count(DISTINCT agenda_item_id)::int AS n FROM vote WHERE status = 'CLOSED'");
      expect(p.motions).toHaveLength(n);

      const ballots = await t.sql("SELECT b.*, c.party FROM ballot b JOIN vote v ON v.id = b.vote_id JOIN councillor c ON c.id = b.councillor_id WHERE v.status = 'CLOSED'");
      const persons = new Set(p.persons.map((x: any) => x.id));
      const voteEvents = new Set(p.vote_events.map((x: any) => x.id));
      for (const v of p.votes) {
        expect(persons.has(v.voter_id)).toBe(true);
        expect(voteEvents.has(v.vote_event_id)).toBe(true);
        expect(["yes", "no", "abstain", "recused", "not voting"]).toContain(v.option);
        expect(v).not.toHaveProperty("party_id");
      }
      // Every ballot is a vote, with the voter's party as group_id.
      for (const b of ballots) {
        expect(p.votes).toContainEqual({
          vote_event_id: b.vote_id, voter_id: b.councillor_id, option: ({ FOR: "yes", AGAINST: "no", ABSTAIN: "abstain" } as Record<string, string>)[b.choice],
          ...(b.party ? { group_id: partyId(b.party) } : {}),
        });
      }
      // One vote per seat held: each count has as many votes, but for a vacant seat (counted as not voting, with no one to name).
      let notVoting = 0;
      for (const v of votes) {
        // Seated on the day: a committee's members then; for the council, the councillors whose term covered the day.
        const [{ seated }] = await t.sql(`
          SELECT CASE WHEN b.kind = 'COMMITTEE' THEN (SELECT count(*) FROM session_seat WHERE session_id = s.id)
                 ELSE (SELECT count(*) FROM councillor c WHERE (c.active OR c.term_end IS NOT NULL)
                         AND coalesce(c.term_start <= (s.scheduled_at AT TIME ZONE 'Europe/Tirane')::date, true)
                         AND coalesce(c.term_end >= (s.scheduled_at AT TIME ZONE 'Europe/Tirane')::date, true)) END::int AS seated
          FROM council_session s JOIN body b ON b.id = s.body_id WHERE s.id = $1`, [v.session_id]);
        const mine = p.votes.filter((x: any) => x.vote_event_id === v.id);
        const count = (option: string) => mine.filter((x: any) => x.option === option).length;
        expect([count("yes"), count("no"), count("abstain"), count("recused")]).toEqual([v.for_count, v.against_count, v.abstain_count, v.recused_count]);
        expect(count("not voting")).toBe(v.not_voted_count - Math.max(0, v.seats - seated));
        expect(new Set(mine.map((x: any) => x.voter_id)).size).toBe(mine.length);
        notVoting += count("not voting");
      }
      expect(notVoting).toBeGreaterThan(0);
    });
  });

  it("answers an unknown file with 404", async () => {
    const res = await fetch(`${t.url}/open-data/secrets.csv`);
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/No such open-data file/);
  });
});
