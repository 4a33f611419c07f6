import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLateConsultationNotice } from "../../server/src/initiatives/rules.js";
import { publicFormProof, startTestServer, type TestServer } from "../support/server.js";
import { code } from "./fixtures.js";

const FIELDS = "id title kind status heldAt announcedAt lateNotice place agendaItemId agendaItemTitle women men otherOrUndisclosed vulnerableGroups version";
const ANNOUNCE = `mutation($i: ConsultationAnnouncementInput!) { announceConsultation(input: $i) { ${FIELDS} } }`;
const ATTEND = `mutation($id: ID!, $i: ConsultationAttendanceInput!, $v: Int) { recordConsultationAttendance(id: $id, input: $i, expectedVersion: $v) { ${FIELDS} } }`;
const RECORD = `mutation($i: ConsultationInput!) { recordConsultation(input: $i) { ${FIELDS} } }`;
const SCORECARD = "query($p: String!) { transparencyScorecard(period: $p) { indicators { key value target unit numerator denominator met } } }";

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString();

/**
 * Consultations and public meetings announced in advance (issue 16 point 4): the 14-day notice at its edge,
 * attendance recorded once held, every refusal typed; recordConsultation keeps working; the council's
 * calendar lists them; and the scorecard's participation indicators (point 5) against plain SQL counts,
 * with comments filed through the comments area's own mutations.
 */
describe("consultations' notice and the participation scorecard", () => {
  let t: TestServer;
  let sec: string;
  // The server's clock (ctx.services.oss.now): the test moves it to file comments and hold consultations in 2029-H1.
  let clock = new Date();

  beforeAll(async () => {
    t = await startTestServer({ now: () => clock, slaTickMs: null, env: { PUBLIC_FORM_MIN_SECONDS: "0" } });
    sec = await t.login("sekretaria");
  });
  afterAll(() => t?.stop());

  it("announces a consultation: exactly 14 days ahead is on time, a second less is late", async () => {
    const announcedAt = new Date(clock.getTime() - 10 * DAY);
    const base = { title: "Dëgjesë publike për planin vendor", kind: "HEARING", place: "Salla e Këshillit", announcedAt: iso(announcedAt) };
    const onTime = await t.gql(ANNOUNCE, { i: { ...base, heldAt: iso(new Date(announcedAt.getTime() + 14 * DAY)) } }, sec);
    expect(onTime.errors).toBeUndefined();
    expect(onTime.data.announceConsultation).toMatchObject({
      status: "ANNOUNCED", lateNotice: false, place: "Salla e Këshillit", women: 0, men: 0, version: 1, announcedAt: iso(announcedAt),
    });
    const late = await t.gql(ANNOUNCE, { i: { ...base, heldAt: iso(new Date(announcedAt.getTime() + 14 * DAY - 1000)) } }, sec);
    expect(late.data.announceConsultation).toMatchObject({ status: "ANNOUNCED", lateNotice: true });
    // Without announcedAt: announced now.
    const now = await t.gql(ANNOUNCE, { i: { title: "Konsultim me të rinjtë", kind: "CONSULTATION", place: "Qendra rinore", heldAt: "2030-05-04T09:00:00Z" } }, sec);
    expect(now.data.announceConsultation).toMatchObject({ lateNotice: false, announcedAt: iso(clock) });
    // Audited, with no personal data to hide (a consultation's notice has none).
    const [audit] = await t.sql("SELECT action, actor_role FROM audit_event WHERE subject_id = $1", [late.data.announceConsultation.id]);
    expect(audit).toEqual({ action: "announceConsultation", actor_role: "SECRETARIAT" });
  });

  it("refuses bad announcements, each with its code", async () => {
    const ok = { title: "Dëgjesë", kind: "HEARING", place: "Salla", heldAt: iso(new Date(clock.getTime() + 20 * DAY)) };
    expect(code(await t.gql(ANNOUNCE, { i: ok }))).toBe("UNAUTHENTICATED");
    expect(code(await t.gql(ANNOUNCE, { i: ok }, await t.login("kd01")))).toBe("FORBIDDEN");
    expect(code(await t.gql(ANNOUNCE, { i: { ...ok, place: "  " } }, sec))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(ANNOUNCE, { i: { ...ok, title: "" } }, sec))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(ANNOUNCE, { i: { ...ok, announcedAt: iso(new Date(clock.getTime() + DAY)) } }, sec))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(ANNOUNCE, { i: { ...ok, heldAt: iso(new Date(clock.getTime() - DAY)) } }, sec))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(ANNOUNCE, { i: { ...ok, agendaItemId: "00000000-0000-4000-8000-000000000000" } }, sec))).toBe("NOT_FOUND");
    expect(code(await t.gql(ANNOUNCE, { i: { ...ok, agendaItemId: "not-an-id" } }, sec))).toBe("NOT_FOUND");
  });

  it("records the participants once held; not before, not twice, not from a stale view", async () => {
    const [item] = await t.sql("SELECT id, title FROM agenda_item WHERE draft_published_at IS NOT NULL ORDER BY draft_published_at DESC LIMIT 1");
    const heldAt = new Date(clock.getTime() + 2 * DAY);
    const a = (await t.gql(ANNOUNCE, { i: { title: "Dëgjesë për projektvendimin", kind: "HEARING", place: "Pallati i Kulturës", heldAt: iso(heldAt), agendaItemId: item.id } }, sec))
      .data.announceConsultation;
    expect(a).toMatchObject({ agendaItemId: item.id, agendaItemTitle: item.title, lateNotice: true });
    const counts = { women: 21, men: 19, otherOrUndisclosed: 2, vulnerableGroups: 4 };
    expect(code(await t.gql(ATTEND, { id: a.id, i: counts }, sec))).toBe("CONFLICT"); // not held yet
    clock = new Date(heldAt.getTime() + 3 * 3600_000);
    expect(code(await t.gql(ATTEND, { id: a.id, i: counts }, await t.login("kd01")))).toBe("FORBIDDEN");
    expect(code(await t.gql(ATTEND, { id: a.id, i: { ...counts, vulnerableGroups: 43 } }, sec))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(ATTEND, { id: a.id, i: { ...counts, women: -1 } }, sec))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(ATTEND, { id: "00000000-0000-4000-8000-000000000000", i: counts }, sec))).toBe("NOT_FOUND");
    expect(code(await t.gql(ATTEND, { id: a.id, i: counts, v: a.version + 1 }, sec))).toBe("CONFLICT"); // stale
    const held = await t.gql(ATTEND, { id: a.id, i: counts, v: a.version }, sec);
    expect(held.errors).toBeUndefined();
    expect(held.data.recordConsultationAttendance).toMatchObject({ status: "HELD", ...counts, version: a.version + 1, lateNotice: true });
    expect(code(await t.gql(ATTEND, { id: a.id, i: counts }, sec))).toBe("CONFLICT"); // already recorded
    const [audit] = await t.sql("SELECT before, after FROM audit_event WHERE subject_id = $1 AND action = 'recordConsultationAttendance'", [a.id]);
    expect(audit).toEqual({ before: { status: "ANNOUNCED" }, after: { status: "HELD", ...counts } });
    clock = new Date();
  });

  it("recordConsultation keeps its shape; without announcedAt it has no notice on record and is marked late", async () => {
    const input = { title: "Dëgjesë e mbajtur", kind: "HEARING", heldAt: "2026-09-10T10:00:00+02:00", women: 10, men: 10 };
    const plain = (await t.gql(RECORD, { i: input }, sec)).data.recordConsultation;
    expect(plain).toMatchObject({ status: "HELD", announcedAt: "2026-09-10T08:00:00.000Z", lateNotice: true, place: null, otherOrUndisclosed: 0 });
    const noticed = (await t.gql(RECORD, { i: { ...input, announcedAt: "2026-08-20T10:00:00+02:00", place: "Salla" } }, sec)).data.recordConsultation;
    expect(noticed).toMatchObject({ lateNotice: false, place: "Salla" });
    expect(code(await t.gql(RECORD, { i: { ...input, announcedAt: "2026-09-11T10:00:00+02:00" } }, sec))).toBe("BAD_USER_INPUT");
  });

  it("lists announced and held consultations publicly; the period's report counts the held ones only", async () => {
    const all = (await t.gql(`{ consultationNotices { ${FIELDS} } }`)).data.consultationNotices as { status: string; heldAt: string; lateNotice: boolean; announcedAt: string }[];
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM consultation");
    expect(all.length).toBe(n);
    expect(all.some((c) => c.status === "ANNOUNCED")).toBe(true);
    for (const c of all) expect(c.lateNotice, c.heldAt).toBe(isLateConsultationNotice(new Date(c.announcedAt), new Date(c.heldAt)));
    const held = (await t.gql('{ consultations(period: "2026-H2") { status } }')).data.consultations as { status: string }[];
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((c) => c.status === "HELD")).toBe(true);
    expect(code(await t.gql('{ consultationNotices(period: "2026-H7") { id } }'))).toBe("BAD_USER_INPUT");
  });

  it("the council's calendar lists them, the late ones with the note", async () => {
    const ics = await (await fetch(`${t.url}/kalendari.ics`)).text();
    const late = (await t.sql("SELECT id, place FROM consultation WHERE held_at > now() AND held_at - announced_at < interval '14 days' LIMIT 1"))[0];
    const event = ics.split("BEGIN:VEVENT").find((e) => e.includes(`UID:consultation-${late.id}@`)) ?? "";
    expect(event.replace(/\r\n /g, "")).toContain("NJOFTIM I VONUAR");
    expect(event.replace(/\r\n /g, "")).toContain(`LOCATION:${late.place.replace(/[,;\\]/g, (m: string) => `\\${m}`)}`);
  });

  it("scores notice, reports, answers, petitions, document requests and women's participation against plain SQL counts", async () => {
    // 2029-H1: a session with two drafts; comments filed through the comments area while the drafts are open.
    clock = new Date("2029-01-05T09:00:00Z");
    const [council] = await t.sql("SELECT id FROM body WHERE kind = 'COUNCIL'");
    const [session] = await t.sql(
      "INSERT INTO council_session (body_id, title, scheduled_at, announced_at, seats) VALUES ($1, 'Mbledhje 2029', '2029-03-10T09:00:00Z', '2029-01-02T09:00:00Z', 51) RETURNING id",
      [council.id]);
    const items: string[] = [];
    for (const [position, title] of [[1, "Projektvendim A"], [2, "Projektvendim B"]] as const) {
      items.push((await t.sql("INSERT INTO agenda_item (session_id, position, title, draft_published_at) VALUES ($1, $2, $3, '2029-01-03T09:00:00Z') RETURNING id",
        [session.id, position, title]))[0].id);
    }
    const comment = async (item: string, gender: string | null) => {
      const r = await t.gql("mutation($i: DraftCommentInput!, $p: PublicFormProof!) { submitDraftComment(input: $i, proof: $p) { commentId } }",
        { i: { agendaItemId: item, authorName: "Qytetar", gender, text: "Koment." }, p: await publicFormProof(t) });
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.submitDraftComment.commentId as string;
    };
    const publish = (id: string) => t.gql("mutation($id: ID!) { publishDraftComment(id: $id) { id } }", { id }, sec);
    const answer = (id: string) => t.gql("mutation($id: ID!) { answerDraftComment(id: $id, outcome: ACCEPTED, reason: \"U pranua.\") { id } }", { id }, sec);
    // Draft A: two comments (a woman, a man), both published and answered, report published.
    for (const g of ["FEMALE", "MALE"]) {
      const id = await comment(items[0], g);
      expect((await publish(id)).errors).toBeUndefined();
      expect((await answer(id)).errors).toBeUndefined();
    }
    expect((await t.gql("mutation($a: ID!) { publishConsultationReport(agendaItemId: $a) { reportPublished } }", { a: items[0] }, sec)).errors).toBeUndefined();
    // Draft B: a woman's comment published, not answered; one without gender published and answered; one rejected.
    await publish(await comment(items[1], "FEMALE"));
    const undisclosed = await comment(items[1], null);
    await publish(undisclosed);
    await answer(undisclosed);
    await t.gql("mutation($id: ID!) { rejectDraftComment(id: $id, reason: OFF_TOPIC) { id } }", { id: await comment(items[1], "MALE") }, sec);
    // Consultations of 2029-H1: one announced three weeks ahead, one five days ahead; both held and recorded.
    const announce = async (days: number) => (await t.gql(ANNOUNCE,
      { i: { title: `Dëgjesë ${days}`, kind: "HEARING", place: "Salla", heldAt: iso(new Date(clock.getTime() + days * DAY)) } }, sec)).data.announceConsultation.id as string;
    const ahead = [await announce(21), await announce(5)];
    clock = new Date("2029-02-01T09:00:00Z");
    await t.gql(ATTEND, { id: ahead[0], i: { women: 12, men: 18 } }, sec);
    await t.gql(ATTEND, { id: ahead[1], i: { women: 9, men: 6, otherOrUndisclosed: 5 } }, sec);

    const card = Object.fromEntries(((await t.gql(SCORECARD, { p: "2029-H1" })).data.transparencyScorecard.indicators as { key: string; value: number | null }[]).map((i) => [i.key, i]));
    const range = ["2028-12-31T23:00:00Z", "2029-06-30T22:00:00Z"];
    const [notice] = await t.sql(
      "SELECT count(*)::int AS total, count(*) FILTER (WHERE held_at - announced_at >= interval '14 days')::int AS on_time FROM consultation WHERE held_at >= $1 AND held_at < $2", range);
    expect(card.consultationNotice).toMatchObject({ numerator: notice.on_time, denominator: notice.total, target: 100, unit: "PERCENT" });
    expect({ on: notice.on_time, of: notice.total }).toEqual({ on: 1, of: 2 });
    expect(card.consultationNotice).toMatchObject({ value: 50, met: false });

    // The drafts voted in the period (this session's, scheduled in 2029-H1 with no vote yet).
    const drafts = await t.sql(
      "SELECT i.id FROM agenda_item i JOIN council_session s ON s.id = i.session_id WHERE i.draft_published_at IS NOT NULL AND s.scheduled_at >= $1 AND s.scheduled_at < $2", range);
    const [reports] = await t.sql("SELECT count(*)::int AS n FROM consultation_report WHERE agenda_item_id = ANY($1::uuid[])", [drafts.map((d) => d.id)]);
    expect(card.consultationReports).toMatchObject({ numerator: reports.n, denominator: drafts.length, target: 100 });
    expect({ on: reports.n, of: drafts.length }).toEqual({ on: 1, of: 2 });

    const [answered] = await t.sql(
      "SELECT count(*) FILTER (WHERE outcome IS NOT NULL)::int AS answered, count(*)::int AS published FROM draft_comment WHERE status = 'PUBLISHED' AND agenda_item_id = ANY($1::uuid[])",
      [drafts.map((d) => d.id)]);
    expect(card.commentsAnswered).toMatchObject({ numerator: answered.answered, denominator: answered.published, target: 100 });
    expect({ on: answered.answered, of: answered.published }).toEqual({ on: 3, of: 4 });
    expect(card.commentsAnswered.value).toBe(75);

    // Women among consultations' participants and commenters who gave a gender (all received, rejected ones too).
    const [people] = await t.sql(
      `SELECT (SELECT coalesce(sum(women), 0) FROM consultation WHERE status = 'HELD' AND held_at >= $1 AND held_at < $2)
            + (SELECT count(*) FROM draft_comment WHERE gender = 'FEMALE' AND agenda_item_id = ANY($3::uuid[]))::int AS women,
              (SELECT coalesce(sum(women + men + other_or_undisclosed), 0) FROM consultation WHERE status = 'HELD' AND held_at >= $1 AND held_at < $2)
            + (SELECT count(*) FROM draft_comment WHERE gender IS NOT NULL AND gender <> 'UNDISCLOSED' AND agenda_item_id = ANY($3::uuid[]))::int AS total`,
      [...range, drafts.map((d) => d.id)]);
    expect(card.participationWomen).toMatchObject({ numerator: Number(people.women), denominator: Number(people.total), target: 40 });
    expect({ women: Number(people.women), of: Number(people.total) }).toEqual({ women: 12 + 9 + 2, of: 30 + 20 + 4 });
    expect(card.participationWomen).toMatchObject({ value: 42.59, met: true });
    // Petitions and requests for public documents of 2030-H1, through their areas' mutations on the server's clock.
    const at = (when: string) => { clock = new Date(when); };
    at("2030-01-10T09:00:00Z");
    const petition = async (title: string) => {
      const r = await t.gql("mutation($i: PetitionInput!, $p: PublicFormProof!) { submitPetition(input: $i, proof: $p) { petition { id version } } }",
        { i: { petitionerKind: "PERSON", petitionerName: "Qytetar", title, text: "Kërkesë.", signaturesCount: 1 }, p: await publicFormProof(t) });
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.submitPetition.petition.id as string;
    };
    const request = async () => {
      const r = await t.gql("mutation($i: DocumentRequestInput!, $p: PublicFormProof!) { submitDocumentRequest(input: $i, proof: $p) { request { id } } }",
        { i: { requesterName: "Qytetar", documents: "Kontrata e ndriçimit." }, p: await publicFormProof(t) });
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.submitDocumentRequest.request.id as string;
    };
    const petitions = [await petition("P1"), await petition("P2"), await petition("P3")];
    const requests = [await request(), await request(), await request()];
    const decide = async (id: string) => {
      for (const q of ["mutation($id: ID!) { startDocumentRequest(id: $id) { id } }",
        "mutation($id: ID!) { decideDocumentRequest(input: { id: $id, outcome: GRANTED }) { id } }"]) {
        const r = await t.gql(q, { id }, sec);
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      }
    };
    at("2030-01-12T09:00:00Z");
    await decide(requests[0]); // within 7 days
    at("2030-01-25T09:00:00Z");
    await decide(requests[1]); // after them; the third is never answered
    const heldItem = async (day: string) => {
      const [s] = await t.sql(
        `INSERT INTO council_session (body_id, title, scheduled_at, announced_at, status, seats, started_at, closed_at)
         VALUES ($1, 'Peticionet', $2, $2::timestamptz - interval '10 days', 'CLOSED', 51, $2, $2) RETURNING id`, [council.id, day]);
      return (await t.sql("INSERT INTO agenda_item (session_id, position, title, status) VALUES ($1, 1, 'Peticion', 'DECIDED') RETURNING id", [s.id]))[0].id as string;
    };
    const [february, march] = [await heldItem("2030-02-15T10:00:00Z"), await heldItem("2030-03-20T10:00:00Z")];
    at("2030-05-01T09:00:00Z");
    for (const [id, item, answeredAt] of [[petitions[0], february, "2030-02-20T10:00:00Z"], [petitions[1], march, "2030-04-20T10:00:00Z"]]) {
      for (const [q, v] of [
        ["mutation($id: ID!) { reviewPetition(id: $id) { id } }", { id }],
        ["mutation($i: PetitionDiscussionInput!) { recordPetitionDiscussion(input: $i) { id } }", { i: { petitionId: id, agendaItemId: item } }],
        ["mutation($i: PetitionAnswerInput!) { answerPetition(input: $i) { id } }", { i: { petitionId: id, summary: "U shqyrtua.", answeredAt } }],
      ] as const) {
        const r = await t.gql(q, v, sec);
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      }
    }
    const later = Object.fromEntries(((await t.gql(SCORECARD, { p: "2030-H1" })).data.transparencyScorecard.indicators as { key: string }[]).map((i) => [i.key, i]));
    const h1 = ["2029-12-31T23:00:00Z", "2030-06-30T22:00:00Z", clock];
    const [reviews] = await t.sql(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE coalesce(discussed_at, rejected_at) <= review_due_at)::int AS on_time FROM petition
       WHERE received_at >= $1 AND received_at < $2 AND (discussed_at IS NOT NULL OR rejected_at IS NOT NULL OR review_due_at < $3)`, h1);
    expect(later.petitionsReviewed).toMatchObject({ numerator: reviews.on_time, denominator: reviews.total, target: 100 });
    expect({ on: reviews.on_time, of: reviews.total }).toEqual({ on: 1, of: 3 });
    const [answers] = await t.sql(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE answered_at <= answer_due_at)::int AS on_time FROM petition
       WHERE discussed_at >= $1 AND discussed_at < $2 AND (answered_at IS NOT NULL OR answer_due_at < $3)`, h1);
    expect(later.petitionsAnswered).toMatchObject({ numerator: answers.on_time, denominator: answers.total, target: 100 });
    expect({ on: answers.on_time, of: answers.total }).toEqual({ on: 1, of: 2 });
    const [docs] = await t.sql(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE closed_at <= due_at)::int AS on_time FROM document_request
       WHERE received_at >= $1 AND received_at < $2 AND (closed_at IS NOT NULL OR due_at < $3)`, h1);
    expect(later.documentRequests).toMatchObject({ numerator: docs.on_time, denominator: docs.total, target: 100 });
    expect({ on: docs.on_time, of: docs.total }).toEqual({ on: 1, of: 3 });

    // Nothing to measure: null, not 0.
    const empty = Object.fromEntries(((await t.gql(SCORECARD, { p: "2031-H1" })).data.transparencyScorecard.indicators as { key: string }[]).map((i) => [i.key, i]));
    for (const key of ["consultationNotice", "consultationReports", "commentsAnswered", "petitionsReviewed", "petitionsAnswered", "documentRequests", "participationWomen"]) {
      expect(empty[key], key).toMatchObject({ value: null, met: null, denominator: 0 });
    }
    clock = new Date();
  });
});
