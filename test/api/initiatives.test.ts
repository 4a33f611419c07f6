import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { code, newSession } from "./fixtures.js";

const SUBMIT = "mutation($i: InitiativeInput!) { submitInitiative(input: $i) { id title kind submittedAt period status leadSponsor { id } coSponsors { id } } }";
const STATS = "query($p: String!) { initiativeGenderStats(period: $p) { period total byWomen womenSharePct womenSeatSharePct allSponsorsWomenSharePct sponsorships ratioToSeatShare byKind { kind total byWomen womenSharePct } byParty { party total byWomen } } }";

describe("initiatives by gender", () => {
  let t: TestServer;
  let sec: string;
  let women: { id: string; party: string }[];
  let men: { id: string; party: string }[];
  let seatShare: number;

  beforeAll(async () => {
    t = await startTestServer();
    sec = await t.login("sekretaria");
    const all = (await t.gql("{ councillors { id gender party active } }")).data.councillors as { id: string; gender: string; party: string; active: boolean }[];
    women = all.filter((c) => c.gender === "FEMALE");
    men = all.filter((c) => c.gender === "MALE");
    // The seat share of 2024-H1: the councillors whose term covered it (the demo's successor of a term that ended in 2026 did not sit then).
    const seated: { gender: string }[] = await t.sql("SELECT gender FROM councillor WHERE term_start <= '2024-01-01' AND (term_end IS NULL OR term_end >= '2024-06-30')");
    seatShare = Math.round((10000 * seated.filter((c) => c.gender === "FEMALE").length) / seated.length) / 100;
  });
  afterAll(() => t?.stop());

  it("a councillor registers their own initiative; the secretariat registers anyone's", async () => {
    const me = await t.gql("{ me { councillor { id } } }", {}, await t.login("kd02"));
    const kd02 = await t.login("kd02");
    const own = await t.gql(SUBMIT, { i: { title: "Mocion për parkun e qytetit", kind: "MOTION", leadSponsorId: me.data.me.councillor.id, coSponsorIds: [men[0].id] } }, kd02);
    expect(own.errors).toBeUndefined();
    expect(own.data.submitInitiative).toMatchObject({ kind: "MOTION", status: "SUBMITTED", leadSponsor: { id: me.data.me.councillor.id }, coSponsors: [{ id: men[0].id }] });
    expect(code(await t.gql(SUBMIT, { i: { title: "X", kind: "MOTION", leadSponsorId: men[3].id } }, kd02))).toBe("FORBIDDEN");
    expect((await t.gql(SUBMIT, { i: { title: "Pyetje", kind: "QUESTION", leadSponsorId: men[3].id } }, sec)).errors).toBeUndefined();
    expect(code(await t.gql(SUBMIT, { i: { title: "X", kind: "MOTION", leadSponsorId: men[3].id } }))).toBe("UNAUTHENTICATED");
    expect(code(await t.gql(SUBMIT, { i: { title: "X", kind: "MOTION", leadSponsorId: men[3].id } }, await t.login("oss")))).toBe("FORBIDDEN");
  });

  it("refuses bad initiatives", async () => {
    const base = { title: "Projektvendim", kind: "DRAFT_DECISION", leadSponsorId: women[0].id };
    expect(code(await t.gql(SUBMIT, { i: { ...base, leadSponsorId: "00000000-0000-4000-8000-000000000000" } }, sec))).toBe("NOT_FOUND");
    expect(code(await t.gql(SUBMIT, { i: { ...base, coSponsorIds: ["00000000-0000-4000-8000-000000000000"] } }, sec))).toBe("NOT_FOUND");
    const same = await t.gql(SUBMIT, { i: { ...base, coSponsorIds: [women[0].id] } }, sec);
    expect(code(same)).toBe("BAD_USER_INPUT");
    expect(same.errors![0].message).toContain("lead sponsor cannot also be a co-sponsor");
    expect(code(await t.gql(SUBMIT, { i: { ...base, coSponsorIds: [men[0].id, men[0].id] } }, sec))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(SUBMIT, { i: { ...base, title: " " } }, sec))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(SUBMIT, { i: { ...base, kind: "PETITION" } }, sec))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(SUBMIT, { i: { ...base, submittedAt: "2099-01-01T00:00:00Z" } }, sec))).toBe("BAD_USER_INPUT");
    for (const p of ["2026-H3", "2026-h1", "H1-2026", ""]) expect(code(await t.gql(STATS, { p }))).toBe("BAD_USER_INPUT");
  });

  it("computes the indicator by hand for a period: 3 of 5 led by women", async () => {
    const at = (d: string) => `${d}T10:00:00+01:00`;
    const fixture = [
      { lead: women[0].id, kind: "MOTION", co: [men[0].id], at: at("2024-01-15") },
      { lead: women[1].id, kind: "QUESTION", co: [], at: at("2024-02-20") },
      { lead: women[2].id, kind: "MOTION", co: [women[3].id, men[1].id], at: at("2024-03-05") },
      { lead: men[2].id, kind: "DRAFT_DECISION", co: [women[4].id], at: at("2024-04-01") },
      { lead: men[3].id, kind: "MOTION", co: [], at: "2024-06-30T21:59:00Z" }, // 23:59 in Tirana on 30 June: still H1
      { lead: men[4].id, kind: "MOTION", co: [], at: "2024-06-30T22:00:00Z" }, // 1 July 00:00 in Tirana: H2
    ];
    for (const f of fixture) {
      const r = await t.gql(SUBMIT, { i: { title: "Nismë", kind: f.kind, leadSponsorId: f.lead, coSponsorIds: f.co, submittedAt: f.at } }, sec);
      expect(r.errors).toBeUndefined();
    }
    const s = (await t.gql(STATS, { p: "2024-H1" })).data.initiativeGenderStats;
    expect(s).toMatchObject({
      period: "2024-H1", total: 5, byWomen: 3, womenSharePct: 60, womenSeatSharePct: seatShare,
      sponsorships: 9, allSponsorsWomenSharePct: 55.56, // women in 5 of 9 sponsorships (3 leads + 2 co-sponsors)
      ratioToSeatShare: Math.round((60 / seatShare) * 100) / 100,
    });
    expect(s.byKind).toEqual([
      { kind: "DRAFT_DECISION", total: 1, byWomen: 0, womenSharePct: 0 },
      { kind: "MOTION", total: 3, byWomen: 2, womenSharePct: 66.67 },
      { kind: "QUESTION", total: 1, byWomen: 1, womenSharePct: 100 },
    ]);
    const empty = (await t.gql(STATS, { p: "2023-H1" })).data.initiativeGenderStats;
    expect(empty).toMatchObject({ total: 0, womenSharePct: null, ratioToSeatShare: null, womenSeatSharePct: 0 }); // terms began 1 July 2023
  });

  it("the agenda item shows the initiative decided on it", async () => {
    const { sessionId, itemIds } = await newSession(t, sec, 1);
    const ini = (await t.gql(SUBMIT, { i: { title: "Projektvendim për biçikletat", kind: "DRAFT_DECISION", leadSponsorId: women[5].id } }, sec)).data.submitInitiative;
    const move = "mutation($id: ID!, $s: InitiativeStatus!, $item: ID) { setInitiativeStatus(id: $id, status: $s, agendaItemId: $item) { status agendaItemId } }";
    expect(code(await t.gql(move, { id: ini.id, s: "ADOPTED" }, sec))).toBe("CONFLICT"); // not on the agenda yet
    expect((await t.gql(move, { id: ini.id, s: "ON_AGENDA", item: itemIds[0] }, sec)).data.setInitiativeStatus).toEqual({ status: "ON_AGENDA", agendaItemId: itemIds[0] });
    expect(code(await t.gql(move, { id: ini.id, s: "ADOPTED" }, await t.login("kd01")))).toBe("FORBIDDEN");
    const s = await t.gql("query($id: ID!) { session(id: $id) { agenda { initiatives { id title kind status leadSponsorName } } } }", { id: sessionId });
    expect(s.data.session.agenda[0].initiatives).toEqual([{ id: ini.id, title: "Projektvendim për biçikletat", kind: "DRAFT_DECISION", status: "ON_AGENDA", leadSponsorName: expect.any(String) }]);
  });
});

describe("transparency deadlines and the scorecard", () => {
  let t: TestServer;
  let sec: string;
  beforeAll(async () => {
    t = await startTestServer();
    sec = await t.login("sekretaria");
  });
  afterAll(() => t?.stop());

  it("flags a draft published fewer than 10 working days before the vote", async () => {
    const created = await t.gql("mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }", { i: { title: "Mbledhje", scheduledAt: "2027-01-20T10:00:00+01:00" } }, sec);
    const sessionId = created.data.createSession.id;
    const add = "mutation($i: AgendaItemInput!) { addAgendaItem(input: $i) { id draftPublishedAt commentPeriodWorkingDays shortCommentPeriod } }";
    const now = new Date();
    const ok = await t.gql(add, { i: { sessionId, title: "Projektvendim A", draftPublishedAt: now.toISOString() } }, sec);
    expect(ok.data.addAgendaItem).toMatchObject({ shortCommentPeriod: false });
    expect(ok.data.addAgendaItem.commentPeriodWorkingDays).toBeGreaterThanOrEqual(10);
    const none = await t.gql(add, { i: { sessionId, title: "Pa projektvendim" } }, sec);
    expect(none.data.addAgendaItem).toMatchObject({ draftPublishedAt: null, commentPeriodWorkingDays: null, shortCommentPeriod: false });
    expect(code(await t.gql(add, { i: { sessionId, title: "X", draftPublishedAt: "2099-01-01T00:00:00Z" } }, sec))).toBe("BAD_USER_INPUT");
  });

  it("the demo's cleaning-tariffs draft, published five days before today's session, is marked", async () => {
    const live = await t.gql("{ liveSession { agenda { title draftPublishedAt shortCommentPeriod } } }");
    const tariffs = live.data.liveSession.agenda.find((i: { title: string }) => i.title.includes("tarifave"));
    expect(tariffs.shortCommentPeriod).toBe(true);
    const budget = live.data.liveSession.agenda.find((i: { title: string }) => i.title.includes("buxhetit"));
    expect(budget.shortCommentPeriod).toBe(false);
  });

  it("scores a half-year against the plans' targets, by hand", async () => {
    // The first half of 2024, written with its historical times (the demo never reaches it).
    const [council] = await t.sql("SELECT id FROM body WHERE kind = 'COUNCIL'");
    const [user] = await t.sql("SELECT id FROM app_user WHERE username = 'sekretaria'");
    const [councillor] = await t.sql("SELECT id FROM councillor ORDER BY full_name LIMIT 1");
    const session = async (announced: string, scheduled: string, closed: string | null) => (await t.sql(
      `INSERT INTO council_session (body_id, title, scheduled_at, announced_at, seats, status, started_at, closed_at)
       VALUES ($1, 'Historike', $2, $3, 51, $4, $5, $6) RETURNING id`,
      [council.id, scheduled, announced, closed ? "CLOSED" : "SCHEDULED", closed ? scheduled : null, closed]))[0].id as string;
    const a = await session("2024-02-01T10:00:00Z", "2024-02-10T09:00:00Z", "2024-02-10T13:00:00Z"); // on time; minutes in 20 h
    const b = await session("2024-03-08T10:00:00Z", "2024-03-12T09:00:00Z", "2024-03-12T13:00:00Z"); // late notice; minutes after 3 days
    await session("2024-04-01T10:00:00Z", "2024-05-15T09:00:00Z", "2024-05-15T12:00:00Z"); // on time; minutes never published
    await session("2024-05-01T10:00:00Z", "2024-06-20T09:00:00Z", null); // on time, not held
    await t.sql("INSERT INTO minutes (session_id, published_at, published_by, document, sha256) VALUES ($1, '2024-02-11T09:00:00Z', $2, '{}', $3)", [a, user.id, "a".repeat(64)]);
    await t.sql("INSERT INTO minutes (session_id, published_at, published_by, document, sha256) VALUES ($1, '2024-03-15T09:00:00Z', $2, '{}', $3)", [b, user.id, "b".repeat(64)]);
    // Drafts: published 3 weeks before (full period), and 3 working days before (short).
    const [i1] = await t.sql("INSERT INTO agenda_item (session_id, position, title, draft_published_at) VALUES ($1, 1, 'P1', '2024-01-19T10:00:00Z') RETURNING id", [a]);
    await t.sql("INSERT INTO agenda_item (session_id, position, title, draft_published_at) VALUES ($1, 1, 'P2', '2024-03-07T10:00:00Z')", [b]);
    await t.sql("INSERT INTO declaration (agenda_item_id, councillor_id, interest_type, description, recused, filed_at, filed_by, filed_on_behalf) VALUES ($1, $2, 'FAMILY', 'x', true, '2024-02-09T10:00:00Z', $3, false)", [i1.id, councillor.id, user.id]);
    await t.sql("INSERT INTO consultation (title, kind, held_at, announced_at, women, men, other_or_undisclosed, vulnerable_groups) VALUES ('K', 'HEARING', '2024-04-10T10:00:00Z', '2024-03-20T10:00:00Z', 18, 27, 5, 4)");

    const r = await t.gql(`{ transparencyScorecard(period: "2024-H1") { period indicators { key value target unit numerator denominator met } } }`);
    const byKey = Object.fromEntries(r.data.transparencyScorecard.indicators.map((i: { key: string }) => [i.key, i]));
    expect(byKey.notice).toEqual({ key: "notice", value: 75, target: 100, unit: "PERCENT", numerator: 3, denominator: 4, met: false });
    expect(byKey.minutes).toEqual({ key: "minutes", value: 33.33, target: 100, unit: "PERCENT", numerator: 1, denominator: 3, met: false });
    expect(byKey.drafts).toEqual({ key: "drafts", value: 50, target: 100, unit: "PERCENT", numerator: 1, denominator: 2, met: false });
    expect(byKey.declarations).toEqual({ key: "declarations", value: 1, target: null, unit: "COUNT", numerator: 1, denominator: 1, met: null });
    expect(byKey.consultationWomen).toEqual({ key: "consultationWomen", value: 36, target: 40, unit: "PERCENT", numerator: 18, denominator: 50, met: false });
    expect(byKey.initiativesByWomen).toMatchObject({ key: "initiativesByWomen", value: null, denominator: 0, met: null });
    expect(byKey.consultationNotice).toEqual({ key: "consultationNotice", value: 100, target: 100, unit: "PERCENT", numerator: 1, denominator: 1, met: true });
    expect(code(await t.gql(`{ transparencyScorecard(period: "2024-H3") { period } }`))).toBe("BAD_USER_INPUT");
  });

  it("records consultations and reports women's participation against 40 %", async () => {
    const rec = "mutation($i: ConsultationInput!) { recordConsultation(input: $i) { id } }";
    const input = { title: "Dëgjesë", kind: "HEARING", heldAt: "2024-09-10T10:00:00+02:00", women: 20, men: 28, otherOrUndisclosed: 2, vulnerableGroups: 6 };
    expect((await t.gql(rec, { i: input }, sec)).errors).toBeUndefined();
    expect(code(await t.gql(rec, { i: { ...input, vulnerableGroups: 51 } }, sec))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(rec, { i: { ...input, women: -1 } }, sec))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(rec, { i: { ...input, heldAt: "2099-01-01T10:00:00Z" } }, sec))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(rec, { i: input }, await t.login("kd01")))).toBe("FORBIDDEN");
    const s = await t.gql(`{ consultationGenderStats(period: "2024-H2") { consultations participants women womenSharePct targetPct meetsTarget vulnerableGroups } }`);
    expect(s.data.consultationGenderStats).toEqual({ consultations: 1, participants: 50, women: 20, womenSharePct: 40, targetPct: 40, meetsTarget: true, vulnerableGroups: 6 });
  });

  it("publishes an Atom feed of sessions, minutes and decisions", async () => {
    const res = await fetch(`${t.url}/feeds/kuvend.atom`);
    expect(res.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const entries = xml.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) for (const tag of ["id", "title", "updated", "link"]) expect(e, tag).toContain(`<${tag}`);
    expect(xml).toContain("Njoftim: Mbledhja e Këshillit Bashkiak nr. 11");
    expect(xml).toMatch(/Vendim: Pika \d .*— (MIRATUAR|RRËZUAR)/);
  });
});
