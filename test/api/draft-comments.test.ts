import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfTextLines } from "../../server/src/minutes/pdf-text.js";
import { publicFormProof, startTestServer, type TestServer } from "../support/server.js";

/**
 * Comments on draft decisions (issue 16 point 1) against a real server and PostgreSQL on the demo data: a
 * citizen's comment with its receipt, the secretariat's paper record, moderation and answers with their
 * lifecycle refusals, the comment period, the consultation report against SQL counts, its CSV/JSON and the
 * minutes, no personal data in any public answer, and the retention task.
 */
let t: TestServer;
let secretariat = "";
const clock = { now: new Date() };

const SUBMIT = `mutation($input: DraftCommentInput!, $proof: PublicFormProof!) {
  submitDraftComment(input: $input, proof: $proof) { commentId receipt { reference code kind } } }`;
const PAPER = `mutation($input: PaperCommentInput!) { recordPaperComment(input: $input) { commentId receipt { reference code } } }`;
const PUBLISH = `mutation($id: ID!, $v: Int) { publishDraftComment(id: $id, expectedVersion: $v) { id status version } }`;
const REJECT = `mutation($id: ID!, $reason: CommentRejectReason!) { rejectDraftComment(id: $id, reason: $reason) { id status rejectReason } }`;
const ANSWER = `mutation($id: ID!, $outcome: CommentOutcome!, $reason: String!) {
  answerDraftComment(id: $id, outcome: $outcome, reason: $reason) { id status answer { outcome reason } } }`;
const REPORT_FIELDS = `agendaItemId received online paper pending published rejected rejectedByReason { reason count } answered
  byOutcome { outcome count } women men otherGender undisclosed womenShare vulnerableGroup reportPublished reportPublishedAt`;
const REPORT = `query($id: ID!) { consultationReport(agendaItemId: $id) { ${REPORT_FIELDS} } }`;
const COMMENTS = `query($id: ID!) { draftComments(agendaItemId: $id) { id authorName text channel receivedAt publishedAt answer { outcome reason answeredAt } } }`;
const QUEUE = `query($id: ID, $all: Boolean) { commentModerationQueue(agendaItemId: $id, all: $all) { id authorName email gender vulnerableGroup status version text } }`;
const TRACK = `query($r: String!, $c: String!) { trackRequest(reference: $r, code: $c) { reference kind title status receivedAt dueAt slaState history { status note } } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test answers are read loosely
async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const r = await t.gql<T>(query, variables, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}
async function code(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<string | undefined> {
  const r = await t.gql(query, variables, token);
  return r.errors?.[0]?.extensions?.code;
}
const submit = async (input: Record<string, unknown>) => t.gql(SUBMIT, { input, proof: await publicFormProof(t) });

let budget = ""; // the demo's 2027 budget draft, open for comment
let fiscal = ""; // the closed session's fiscal package, report published
const EMAIL = "qytetare.test@example.org";
const NAME = "Fjolla Testuese";
let myReceipt = { reference: "", code: "" };

beforeAll(async () => {
  t = await startTestServer({ now: () => clock.now, slaTickMs: null, env: { PUBLIC_FORM_MIN_SECONDS: "0" } });
  secretariat = await t.login("sekretaria");
  const open = await ok(`{ draftsOpenForComment { agendaItemId title open commentPeriodWorkingDays publishedComments } }`);
  budget = open.draftsOpenForComment.find((d: { title: string }) => d.title.includes("buxhetit") && d.title.includes("2027")).agendaItemId;
  [{ id: fiscal }] = await t.sql("SELECT id FROM agenda_item WHERE title LIKE '%paketën fiskale 2027%'");
});
afterAll(() => t?.stop());

describe("a citizen comments on a draft", () => {
  it("lists the budget draft as open, published at least 10 working days before its session", async () => {
    const { draftsOpenForComment } = await ok(`{ draftsOpenForComment { agendaItemId open commentPeriodWorkingDays publishedComments } }`);
    const d = draftsOpenForComment.find((x: { agendaItemId: string }) => x.agendaItemId === budget);
    expect(d).toMatchObject({ open: true, publishedComments: 3 });
    expect(d.commentPeriodWorkingDays).toBeGreaterThanOrEqual(10);
    expect(draftsOpenForComment.map((x: { agendaItemId: string }) => x.agendaItemId)).not.toContain(fiscal);
  });

  it("submits a comment with a receipt that /ndiq tracks without personal data", async () => {
    const r = await submit({ agendaItemId: budget, authorName: NAME, email: EMAIL, gender: "FEMALE", vulnerableGroup: true, text: "Kërkoj më shumë fonde për <b>çerdhet</b>." });
    expect(r.errors).toBeUndefined();
    const { commentId, receipt } = r.data.submitDraftComment;
    myReceipt = receipt;
    expect(receipt.kind).toBe("DRAFT_COMMENT");
    expect(receipt.reference).toMatch(/^KO-\d{4}-\d{5}$/);
    const [row] = await t.sql("SELECT author_name, email, gender, vulnerable_group, body, channel, status FROM draft_comment WHERE id = $1", [commentId]);
    expect(row).toEqual({ author_name: NAME, email: EMAIL, gender: "FEMALE", vulnerable_group: true, body: "Kërkoj më shumë fonde për <b>çerdhet</b>.", channel: "ONLINE", status: "PENDING" });
    const tracked = (await ok(TRACK, { r: receipt.reference, c: receipt.code })).trackRequest;
    const [{ scheduled_at }] = await t.sql("SELECT s.scheduled_at FROM agenda_item i JOIN council_session s ON s.id = i.session_id WHERE i.id = $1", [budget]);
    expect(tracked).toMatchObject({ kind: "DRAFT_COMMENT", status: "PENDING", dueAt: scheduled_at.toISOString(), slaState: null, history: [{ status: "PENDING", note: null }] });
    expect(JSON.stringify(tracked)).not.toMatch(new RegExp(`${NAME}|${EMAIL}|çerdhet|FEMALE`));
    // The audit event keeps ids and counts, never the person.
    const audit = await t.sql("SELECT action, before, after FROM audit_event WHERE subject_id = $1", [commentId]);
    expect(audit.map((a) => a.action)).toEqual(["submitDraftComment"]);
    expect(JSON.stringify(audit)).not.toMatch(new RegExp(`${NAME}|${EMAIL}|FEMALE|çerdhet`));
  });

  it("refuses bad input with BAD_USER_INPUT and a robot's form", async () => {
    expect((await submit({ agendaItemId: budget, authorName: "A", text: "   " })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await submit({ agendaItemId: budget, authorName: "A", text: "x".repeat(4001) })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await submit({ agendaItemId: budget, authorName: "A", email: "jo-email", text: "Tekst" })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await submit({ agendaItemId: "nuk-eshte-id", authorName: "A", text: "Tekst" })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const trap = await t.gql(SUBMIT, { input: { agendaItemId: budget, authorName: "A", text: "Tekst" }, proof: { ...(await publicFormProof(t)), website: "http://x" } });
    expect(trap.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a comment on a draft that is not open: no draft, a vote opened, a closed session", async () => {
    const [{ id: noDraft }] = await t.sql("SELECT i.id FROM agenda_item i JOIN council_session s ON s.id = i.session_id WHERE s.status = 'SCHEDULED' AND i.draft_published_at IS NULL LIMIT 1");
    const closed = (id: string) => submit({ agendaItemId: id, authorName: "A", text: "Tekst" });
    expect((await closed(noDraft)).errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" }, message: expect.stringContaining("not published") });
    expect((await closed(fiscal)).errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" } });
    // A draft whose item's vote was opened: the comment period ended at the opening.
    const [{ id: sessionId }] = await t.sql("SELECT id FROM council_session WHERE status = 'SCHEDULED' ORDER BY scheduled_at LIMIT 1");
    const [{ id: voted }] = await t.sql("INSERT INTO agenda_item (session_id, position, title, draft_published_at) VALUES ($1, 90, 'Projektvendim i votuar', now() - interval '20 days') RETURNING id", [sessionId]);
    expect((await closed(voted)).errors).toBeUndefined();
    await t.sql("INSERT INTO vote (session_id, agenda_item_id, majority, seats, opened_at) VALUES ($1, $2, 'SIMPLE', 51, now())", [sessionId, voted]);
    expect((await closed(voted)).errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" }, message: expect.stringContaining("opened the vote") });
    await t.sql("DELETE FROM vote WHERE agenda_item_id = $1", [voted]);
  });
});

describe("the secretariat records, moderates and answers", () => {
  let paperId = "";
  it("records a comment received on paper, with its receipt", async () => {
    const received = new Date(clock.now.getTime() - 3 * 3600_000);
    const { recordPaperComment } = await ok(PAPER, { input: { agendaItemId: budget, authorName: "Hysen Paçrami", gender: "MALE", text: "Letër për rrugën e fshatit.", receivedAt: received.toISOString() } }, secretariat);
    paperId = recordPaperComment.commentId;
    expect(recordPaperComment.receipt.reference).toMatch(/^KO-/);
    const [row] = await t.sql("SELECT channel, received_at, recorded_by IS NOT NULL AS recorded FROM draft_comment WHERE id = $1", [paperId]);
    expect(row).toEqual({ channel: "PAPER", received_at: received, recorded: true });
    expect(await code(PAPER, { input: { agendaItemId: budget, authorName: "X", text: "Y" } })).toBe("UNAUTHENTICATED");
  });

  it("shows the queue with the authors' details to the secretariat only", async () => {
    const { commentModerationQueue: q } = await ok(QUEUE, { id: budget }, secretariat);
    expect(q.map((c: { status: string }) => c.status).slice(0, 4)).toEqual(["PENDING", "PENDING", "PENDING", "PENDING"]);
    expect(q.find((c: { email: string }) => c.email === EMAIL)).toMatchObject({ authorName: NAME, gender: "FEMALE", vulnerableGroup: true });
    const whole = (await ok(`{ commentModerationQueue { id agendaItemId } }`, {}, secretariat)).commentModerationQueue;
    expect(whole.length).toBeGreaterThanOrEqual(q.length);
    expect(await code(QUEUE, { id: budget })).toBe("UNAUTHENTICATED");
    expect(await code(QUEUE, { id: budget }, await t.login("oss"))).toBe("FORBIDDEN");
  });

  it("publishes, rejects and answers once; refuses the rest as CONFLICT", async () => {
    const [mine] = await t.sql("SELECT id, version FROM draft_comment WHERE email = $1", [EMAIL]);
    expect(await code(ANSWER, { id: mine.id, outcome: "ACCEPTED", reason: "Po" }, secretariat)).toBe("CONFLICT"); // not moderated
    expect(await code(PUBLISH, { id: mine.id, v: mine.version + 1 }, secretariat)).toBe("CONFLICT"); // stale view
    expect((await ok(PUBLISH, { id: mine.id, v: mine.version }, secretariat)).publishDraftComment).toMatchObject({ status: "PUBLISHED", version: mine.version + 1 });
    expect(await code(PUBLISH, { id: mine.id }, secretariat)).toBe("CONFLICT"); // moderated twice
    expect(await code(REJECT, { id: mine.id, reason: "DUPLICATE" }, secretariat)).toBe("CONFLICT");
    expect((await ok(REJECT, { id: paperId, reason: "OFF_TOPIC" }, secretariat)).rejectDraftComment).toMatchObject({ status: "REJECTED", rejectReason: "OFF_TOPIC" });
    expect(await code(ANSWER, { id: paperId, outcome: "ACCEPTED", reason: "Po" }, secretariat)).toBe("CONFLICT"); // rejected
    expect(await code(ANSWER, { id: mine.id, outcome: "ACCEPTED", reason: "   " }, secretariat)).toBe("BAD_USER_INPUT");
    const answered = (await ok(ANSWER, { id: mine.id, outcome: "PARTLY_ACCEPTED", reason: "Fondi u rrit për dy çerdhe." }, secretariat)).answerDraftComment;
    expect(answered).toMatchObject({ status: "PUBLISHED", answer: { outcome: "PARTLY_ACCEPTED", reason: "Fondi u rrit për dy çerdhe." } });
    expect(await code(ANSWER, { id: mine.id, outcome: "ACCEPTED", reason: "Sërish" }, secretariat)).toBe("CONFLICT"); // answered twice
    const tracked = (await ok(TRACK, { r: myReceipt.reference, c: myReceipt.code })).trackRequest;
    expect(tracked).toMatchObject({ status: "ANSWERED", dueAt: null, history: [{ status: "PENDING" }, { status: "PUBLISHED", note: null }, { status: "ANSWERED", note: "Pranuar pjesërisht" }] });
    expect(await code(PUBLISH, { id: "00000000-0000-0000-0000-000000000000" }, secretariat)).toBe("NOT_FOUND");
    const audit = await t.sql("SELECT action, before, after FROM audit_event WHERE subject_id = $1 ORDER BY id", [mine.id]);
    expect(audit.map((a) => a.action)).toEqual(["submitDraftComment", "publishDraftComment", "answerDraftComment"]);
    expect(JSON.stringify(audit)).not.toMatch(new RegExp(`${NAME}|${EMAIL}|FEMALE`));
  });

  it("the public reads the published comments with their answers, never an e-mail, a gender or the flag", async () => {
    const { draftComments } = await ok(COMMENTS, { id: budget });
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM draft_comment WHERE agenda_item_id = $1 AND status = 'PUBLISHED'", [budget]);
    expect(draftComments).toHaveLength(n);
    const mine = draftComments.find((c: { authorName: string }) => c.authorName === NAME);
    expect(mine).toMatchObject({ text: "Kërkoj më shumë fonde për <b>çerdhet</b>.", channel: "ONLINE", answer: { outcome: "PARTLY_ACCEPTED" } });
    expect(draftComments.map((c: { authorName: string }) => c.authorName)).not.toContain("Hysen Paçrami"); // rejected
    const type = await ok(`{ __type(name: "DraftComment") { fields { name } } }`);
    expect(type.__type.fields.map((f: { name: string }) => f.name).join(" ")).not.toMatch(/email|gender|vulnerable/i);
  });
});

describe("the consultation report", () => {
  const sqlCounts = async (id: string) => (await t.sql(`
    SELECT count(*)::int AS received, count(*) FILTER (WHERE channel = 'ONLINE')::int AS online, count(*) FILTER (WHERE channel = 'PAPER')::int AS paper,
           count(*) FILTER (WHERE status = 'PENDING')::int AS pending, count(*) FILTER (WHERE status = 'PUBLISHED')::int AS published,
           count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected, count(*) FILTER (WHERE outcome IS NOT NULL)::int AS answered,
           count(*) FILTER (WHERE gender = 'FEMALE')::int AS women, count(*) FILTER (WHERE gender = 'MALE')::int AS men,
           count(*) FILTER (WHERE gender = 'OTHER')::int AS "otherGender", count(*) FILTER (WHERE gender IS NULL OR gender = 'UNDISCLOSED')::int AS undisclosed,
           count(*) FILTER (WHERE vulnerable_group)::int AS "vulnerableGroup"
      FROM draft_comment WHERE agenda_item_id = $1`, [id]))[0];

  it("matches the SQL counts, by reason, outcome and gender, on the report and beside the item's vote", async () => {
    const { consultationReport: r } = await ok(REPORT, { id: budget });
    expect(r).toMatchObject({ ...(await sqlCounts(budget)), reportPublished: false, reportPublishedAt: null });
    const byReason = await t.sql("SELECT reject_reason AS reason, count(*)::int AS count FROM draft_comment WHERE agenda_item_id = $1 AND status = 'REJECTED' GROUP BY 1", [budget]);
    for (const x of byReason) expect(r.rejectedByReason).toContainEqual(x);
    const byOutcome = await t.sql("SELECT outcome, count(*)::int AS count FROM draft_comment WHERE agenda_item_id = $1 AND outcome IS NOT NULL GROUP BY 1", [budget]);
    for (const x of byOutcome) expect(r.byOutcome).toContainEqual(x);
    expect(r.womenShare).toBeCloseTo(r.women / (r.women + r.men + r.otherGender), 6);
    const [{ session_id }] = await t.sql("SELECT session_id FROM agenda_item WHERE id = $1", [budget]);
    const { session } = await ok(`query($id: ID!) { session(id: $id) { agenda { id commentCount consultationReportPublished consultationReport { received } } } }`, { id: session_id });
    const item = session.agenda.find((i: { id: string }) => i.id === budget);
    expect(item).toEqual({ id: budget, commentCount: r.received, consultationReportPublished: false, consultationReport: { received: r.received } });
  });

  it("is published once every comment is moderated and answered; then final, and the draft closes", async () => {
    expect(await t.gql(`mutation($id: ID!) { publishConsultationReport(agendaItemId: $id) { reportPublished } }`, { id: budget }, secretariat))
      .toMatchObject({ errors: [{ extensions: { code: "CONFLICT" }, message: expect.stringContaining("wait for moderation") }] });
    const { commentModerationQueue: q } = await ok(QUEUE, { id: budget }, secretariat);
    for (const c of q.filter((x: { status: string }) => x.status === "PENDING")) await ok(PUBLISH, { id: c.id }, secretariat);
    expect(await code(`mutation($id: ID!) { publishConsultationReport(agendaItemId: $id) { reportPublished } }`, { id: budget }, secretariat)).toBe("CONFLICT");
    for (const c of (await ok(QUEUE, { id: budget }, secretariat)).commentModerationQueue) {
      await ok(ANSWER, { id: c.id, outcome: "NOT_ACCEPTED", reason: "Nuk parashikohet në këtë buxhet." }, secretariat);
    }
    const published = (await ok(`mutation($id: ID!) { publishConsultationReport(agendaItemId: $id) { ${REPORT_FIELDS} } }`, { id: budget }, secretariat)).publishConsultationReport;
    expect(published).toMatchObject({ ...(await sqlCounts(budget)), pending: 0, reportPublished: true });
    expect(published.answered).toBe(published.published);
    expect(await code(`mutation($id: ID!) { publishConsultationReport(agendaItemId: $id) { reportPublished } }`, { id: budget }, secretariat)).toBe("CONFLICT");
    expect((await submit({ agendaItemId: budget, authorName: "Vonë", text: "Një koment i vonë." })).errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" }, message: expect.stringContaining("report is already published") });
    const { draftsOpenForComment } = await ok(`{ draftsOpenForComment { agendaItemId } }`);
    expect(draftsOpenForComment.map((d: { agendaItemId: string }) => d.agendaItemId)).not.toContain(budget);
  });

  it("is open data as CSV (formula-safe) and JSON, counts only", async () => {
    const csv = await fetch(`${t.url}/open-data/consultation-reports/${budget}.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    const [header, line] = text.trim().split("\r\n");
    expect(header.split(",").slice(0, 8)).toEqual(["agendaItemId", "title", "sessionId", "sessionTitle", "sessionDate", "draftPublishedAt", "received", "online"]);
    const { consultationReport: r } = await ok(REPORT, { id: budget });
    expect(line).toContain(`,${r.received},${r.online},${r.paper},`);
    const json = await (await fetch(`${t.url}/open-data/consultation-reports.json`)).json();
    expect(json.find((x: { agendaItemId: string }) => x.agendaItemId === budget)).toMatchObject({ received: r.received, women: r.women, reportPublished: true });
    expect(json.find((x: { agendaItemId: string }) => x.agendaItemId === fiscal)).toMatchObject({ received: 3, answered: 3, reportPublished: true });
    expect((await fetch(`${t.url}/open-data/consultation-reports/00000000-0000-4000-8000-000000000000.json`)).status).toBe(404);
    expect(text + JSON.stringify(json)).not.toMatch(new RegExp(`${NAME}|${EMAIL}|@example\\.org|Hysen Paçrami|Mimoza Kaja`));
  });

  it("goes into the published minutes of the session", async () => {
    const [{ session_id }] = await t.sql("SELECT session_id FROM agenda_item WHERE id = $1", [fiscal]);
    const r = await ok(`mutation($id: ID!) { publishMinutes(sessionId: $id) { id } }`, { id: session_id }, secretariat);
    expect(r.publishMinutes.id).toBe(session_id);
    const doc = await (await fetch(`${t.url}/minutes/${session_id}.json`)).json();
    const item = doc.agenda.find((i: { id: string }) => i.id === fiscal);
    expect(item.consultationReport).toMatchObject({ received: 3, published: 3, answered: 3, byGender: { women: 2, men: 1, other: 0, undisclosed: 0 }, reportPublished: true });
    expect(JSON.stringify(doc)).not.toMatch(/Ornela Gjini|Ilirjan Sota|@example\.org/);
    const pdf = await pdfTextLines(Buffer.from(await (await fetch(`${t.url}/minutes/${session_id}.pdf`)).arrayBuffer()));
    expect(pdf.join(" ")).toContain("3 të marra");
  });

  it("no public answer carries a seeded e-mail, a gender or a vulnerable flag of a commenter", async () => {
    const [{ session_id }] = await t.sql("SELECT session_id FROM agenda_item WHERE id = $1", [budget]);
    const outputs = [
      await t.gql(`{ draftsOpenForComment { agendaItemId title description sessionTitle } }`),
      await t.gql(COMMENTS, { id: budget }), await t.gql(COMMENTS, { id: fiscal }), await t.gql(REPORT, { id: budget }),
      await t.gql(`query($id: ID!) { draftForComment(agendaItemId: $id) { agendaItemId title publishedComments } }`, { id: budget }),
      await t.gql(`query($id: ID!) { session(id: $id) { agenda { id title commentCount consultationReport { received women } } } }`, { id: session_id }),
    ];
    const text = JSON.stringify(outputs);
    expect(text).not.toMatch(/@example\.org|"email"|"gender"|vulnerableGroup"?:\s*(true|false)/);
    for (const o of outputs) expect(o.errors).toBeUndefined();
  });
});

describe("retention", () => {
  it("erases the authors' details of consultations that ended before the cutoff, and keeps the record", async () => {
    const before = (await ok(REPORT, { id: fiscal })).consultationReport;
    const future = new Date(Date.now() + 800 * 86_400_000); // past the 730-day default for everything closed now
    const erased = await t.server.services.retention.run(future);
    expect(erased.draft_comment).toBeGreaterThanOrEqual(3);
    const rows = await t.sql("SELECT author_name, email, gender, vulnerable_group, body, status, outcome, personal_data_erased_at FROM draft_comment WHERE agenda_item_id = $1", [fiscal]);
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r).toMatchObject({ author_name: "—", email: null, gender: null, vulnerable_group: null, status: "PUBLISHED" });
      expect(r.body.length).toBeGreaterThan(0);
      expect(r.outcome).not.toBeNull();
      expect(r.personal_data_erased_at).not.toBeNull();
    }
    // The published report keeps the figures it was published with.
    expect((await ok(REPORT, { id: fiscal })).consultationReport).toEqual(before);
    expect((await ok(COMMENTS, { id: fiscal })).draftComments.every((c: { authorName: string }) => c.authorName === "—")).toBe(true);
    // An open consultation's comments keep their authors until it ends.
    const [{ n }] = await t.sql("SELECT count(*)::int AS n FROM draft_comment c JOIN agenda_item i ON i.id = c.agenda_item_id JOIN council_session s ON s.id = i.session_id WHERE s.status = 'SCHEDULED' AND c.personal_data_erased_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM vote v WHERE v.agenda_item_id = i.id)");
    expect(n).toBe(0);
    const [audit] = await t.sql("SELECT after FROM audit_event WHERE action = 'erasePersonalData' AND subject_type = 'draft_comment'");
    expect(audit.after.filings).toBe(erased.draft_comment);
    expect(await t.server.services.retention.run(future)).toMatchObject({ draft_comment: 0 });
  });
});
