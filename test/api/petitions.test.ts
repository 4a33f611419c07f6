import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicFormProof, startTestServer, type TestServer } from "../support/server.js";

/**
 * Petitions [peticione] end to end (issue 16 point 2) against a real server and PostgreSQL, the server's clock
 * driven by the test: online submission with its receipt, registration from paper, the lifecycle and each of
 * its refusals, the due moments (60 and 15 calendar days) and the public late marks, the personal data never
 * in a public answer, and its erasure after the retention period.
 */
let t: TestServer;
let secretariat: string;
let councillor: string;
const clock = { now: new Date("2026-03-01T10:00:00+01:00") };
const setNow = (iso: string) => { clock.now = new Date(iso); };
const iso = (s: string) => new Date(s).toISOString();

const PERSON = { name: "Valmira Demo-Qytetare", email: "valmira.peticion@shembull.al", phone: "+355 69 555 0101" };
const ORG = { name: "Shoqata Demo e Banorëve të Lagjes 5", email: "lagjia5.peticion@shembull.al" };
const SIGNERS = ["Arlind Nënshkruesi, Rr. Dibrës 12", "Greta Nënshkruesja, Rr. Tabakëve 3"];
const SECRETS = [PERSON.name, PERSON.email, PERSON.phone, ORG.email, "Nënshkrues"];

const FIELDS = `id reference petitionerKind organisationName title text signaturesCount channel status receivedAt reviewDueAt reviewStartedAt
  discussedAt answerDueAt answeredAt answerSummary rejectedAt rejectReason reviewLate answerLate version
  agendaItem { id title sessionId sessionTitle } history { at status note }`;
const SUBMIT = `mutation($input: PetitionInput!, $proof: PublicFormProof!) { submitPetition(input: $input, proof: $proof) { petition { ${FIELDS} } receipt { reference code kind } } }`;
const REGISTER = `mutation($input: PaperPetitionInput!) { registerPetition(input: $input) { petition { ${FIELDS} } receipt { reference code kind } } }`;
const REVIEW = `mutation($id: ID!, $v: Int) { reviewPetition(id: $id, expectedVersion: $v) { ${FIELDS} } }`;
const DISCUSS = `mutation($input: PetitionDiscussionInput!) { recordPetitionDiscussion(input: $input) { ${FIELDS} } }`;
const ANSWER = `mutation($input: PetitionAnswerInput!) { answerPetition(input: $input) { ${FIELDS} } }`;
const REJECT = `mutation($input: PetitionRejectionInput!) { rejectPetition(input: $input) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { petition(id: $id) { ${FIELDS} } }`;
const PERSONAL = "query($id: ID!) { petitionPersonalData(id: $id) { petitionId petitionerName contactEmail contactPhone signatureList erasedAt } }";
const TRACK = "query($r: String!, $c: String!) { trackRequest(reference: $r, code: $c) { reference kind title status receivedAt dueAt slaState history { at status note } } }";

const personInput = { petitionerKind: "PERSON", petitionerName: PERSON.name, contactEmail: PERSON.email, contactPhone: PERSON.phone, title: "Një stol në parkun e lagjes", text: "Kërkojmë stola në park.\n<b>jo HTML</b>", signaturesCount: 3, signatureList: SIGNERS.join("\n") };

async function ok(query: string, variables: Record<string, unknown>, token?: string) {
  const r = await t.gql(query, variables, token);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return Object.values(r.data as Record<string, unknown>)[0] as any; // eslint-disable-line @typescript-eslint/no-explicit-any
}
async function refused(query: string, variables: Record<string, unknown>, token?: string) {
  const r = await t.gql(query, variables, token);
  expect(r.errors, "expected a refusal").toBeDefined();
  return { code: r.errors![0].extensions?.code, message: r.errors![0].message };
}
const submit = async (input: Record<string, unknown>) => ok(SUBMIT, { input, proof: await publicFormProof(t) });

let heldItem: string; // an agenda item of a session held on 4 May 2026
let futureItem: string; // of a session on 10 May 2026
let earlyItem: string; // of a session held on 20 February 2026, before the petitions arrived

beforeAll(async () => {
  t = await startTestServer({ now: () => clock.now, slaTickMs: null, env: { PUBLIC_FORM_MIN_SECONDS: "0" } });
  secretariat = await t.login("sekretaria");
  councillor = await t.login("kd01");
  const [body] = await t.sql("SELECT id, seats FROM body WHERE kind = 'COUNCIL'");
  const session = async (title: string, at: string, status: string) => {
    const [s] = await t.sql(
      "INSERT INTO council_session (body_id, title, scheduled_at, announced_at, status, seats, started_at, closed_at) VALUES ($1, $2, $3, $3::timestamptz - interval '10 days', $4, $5, $6, $7) RETURNING id",
      [body.id, title, at, status, body.seats, status === "CLOSED" ? at : null, status === "CLOSED" ? at : null]);
    const [item] = await t.sql("INSERT INTO agenda_item (session_id, position, title, status) VALUES ($1, 1, 'Peticione të qytetarëve', 'DECIDED') RETURNING id", [s.id]);
    return item.id as string;
  };
  heldItem = await session("Mbledhja testuese e majit", "2026-05-04T10:00:00+02:00", "CLOSED");
  futureItem = await session("Mbledhja testuese e ardhshme", "2026-05-10T10:00:00+02:00", "SCHEDULED");
  earlyItem = await session("Mbledhja testuese e shkurtit", "2026-02-20T10:00:00+01:00", "CLOSED");
});
afterAll(() => t?.stop());

let online: { id: string; reference: string; code: string };
let paper: { id: string; reference: string; code: string };
let rejected: string;

describe("filing a petition", () => {
  it("anyone submits one online and gets a receipt; the review is due 60 days later, at the end of the day", async () => {
    const r = await submit(personInput);
    expect(r.receipt).toMatchObject({ kind: "PETITION", reference: expect.stringMatching(/^PT-2026-\d{5}$/), code: expect.stringMatching(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/) });
    expect(r.petition).toMatchObject({
      reference: r.receipt.reference, petitionerKind: "PERSON", organisationName: null, channel: "ONLINE", status: "RECEIVED", signaturesCount: 3,
      text: "Kërkojmë stola në park.\n<b>jo HTML</b>", receivedAt: iso("2026-03-01T10:00:00+01:00"),
      reviewDueAt: iso("2026-04-30T23:59:59.999+02:00"), answerDueAt: null, reviewLate: false, answerLate: false, version: 1,
    });
    online = { id: r.petition.id, reference: r.receipt.reference, code: r.receipt.code };
    expect(await ok(TRACK, { r: online.reference, c: online.code })).toMatchObject({
      kind: "PETITION", status: "RECEIVED", dueAt: iso("2026-04-30T23:59:59.999+02:00"), slaState: "ON_TRACK", history: [{ status: "RECEIVED" }],
    });
  });

  it("the secretariat registers one received on paper, back-dated, with its signature list, and gets the receipt to print", async () => {
    setNow("2026-03-03T12:00:00+01:00");
    // Received 2 March: 60 days is Friday 1 May, Labour Day, so the review is due at the end of Monday 4 May.
    const r = await ok(REGISTER, { input: { petitionerKind: "ORGANISATION", petitionerName: ORG.name, contactEmail: ORG.email, title: "Ndriçim në lagjen 5", text: "Rruga është pa drita.", signaturesCount: 120, signatureList: SIGNERS.join("\n"), receivedAt: "2026-03-02T09:00:00+01:00" } }, secretariat);
    expect(r.receipt.reference).toMatch(/^PT-2026-/);
    expect(r.petition).toMatchObject({ channel: "PAPER", organisationName: ORG.name, signaturesCount: 120, receivedAt: iso("2026-03-02T09:00:00+01:00"), reviewDueAt: iso("2026-05-04T23:59:59.999+02:00") });
    paper = { id: r.petition.id, reference: r.receipt.reference, code: r.receipt.code };
  });

  it("refuses bad input with BAD_USER_INPUT, and paper registration to anyone but the secretariat", async () => {
    const proof = await publicFormProof(t);
    expect((await refused(SUBMIT, { input: { ...personInput, title: "  " }, proof })).code).toBe("BAD_USER_INPUT");
    expect(await refused(SUBMIT, { input: { ...personInput, signaturesCount: 1 }, proof: await publicFormProof(t) })).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("signature list has 2 names") });
    expect((await refused(SUBMIT, { input: { ...personInput, contactEmail: "jo-email" }, proof: await publicFormProof(t) })).code).toBe("BAD_USER_INPUT");
    expect((await refused(SUBMIT, { input: personInput, proof: { ...(await publicFormProof(t)), website: "http://robot.example" } })).code).toBe("BAD_USER_INPUT");
    const paperInput = { ...personInput, receivedAt: "2026-03-10T09:00:00+01:00" };
    expect((await refused(REGISTER, { input: paperInput }, secretariat)).code).toBe("BAD_USER_INPUT"); // received in the future
    expect((await refused(REGISTER, { input: paperInput })).code).toBe("UNAUTHENTICATED");
    expect((await refused(REGISTER, { input: paperInput }, councillor)).code).toBe("FORBIDDEN");
  });
});

describe("the lifecycle", () => {
  it("refuses moves out of order with CONFLICT and a message that says what to do", async () => {
    expect(await refused(DISCUSS, { input: { petitionId: paper.id, agendaItemId: heldItem } }, secretariat)).toEqual({ code: "CONFLICT", message: "Cannot record its discussion: this petition is RECEIVED; start its review first." });
    expect(await refused(ANSWER, { input: { petitionId: paper.id, summary: "Po." } }, secretariat)).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("start its review first") });
    expect((await refused(REVIEW, { id: paper.id })).code).toBe("UNAUTHENTICATED");
    expect((await refused(REVIEW, { id: paper.id }, councillor)).code).toBe("FORBIDDEN");
    expect((await refused(REVIEW, { id: "00000000-0000-4000-8000-000000000000" }, secretariat)).code).toBe("NOT_FOUND");
  });

  it("starts the reviews, refusing a stale view", async () => {
    setNow("2026-03-05T10:00:00+01:00");
    expect(await ok(REVIEW, { id: online.id, v: 1 }, secretariat)).toMatchObject({ status: "UNDER_REVIEW", reviewStartedAt: iso("2026-03-05T10:00:00+01:00"), version: 2 });
    expect(await refused(REJECT, { input: { petitionId: online.id, reason: "Dublikatë.", expectedVersion: 1 } }, secretariat)).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("changed by someone else") });
    expect(await refused(REVIEW, { id: online.id }, secretariat)).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already started") });
    await ok(REVIEW, { id: paper.id }, secretariat);
  });

  it("marks the review late once 60 days pass without a discussion", async () => {
    setNow("2026-04-30T23:59:59+02:00");
    expect(await ok(ONE, { id: online.id })).toMatchObject({ reviewLate: false });
    setNow("2026-05-02T09:00:00+02:00");
    expect(await ok(ONE, { id: online.id })).toMatchObject({ reviewLate: true, answerLate: false });
    expect(await ok(ONE, { id: paper.id })).toMatchObject({ reviewLate: false }); // due 4 May
    expect((await ok(TRACK, { r: online.reference, c: online.code })).slaState).toBe("BREACHED");
  });

  it("records the discussion at an agenda item of a session already held, after the petition arrived", async () => {
    expect(await refused(DISCUSS, { input: { petitionId: online.id, agendaItemId: futureItem } }, secretariat)).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("has not been held yet") });
    expect(await refused(DISCUSS, { input: { petitionId: online.id, agendaItemId: earlyItem } }, secretariat)).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("held before this petition was received") });
    expect((await refused(DISCUSS, { input: { petitionId: online.id, agendaItemId: "00000000-0000-4000-8000-000000000000" } }, secretariat)).code).toBe("NOT_FOUND");
    setNow("2026-05-12T10:00:00+02:00");
    const p = await ok(DISCUSS, { input: { petitionId: online.id, agendaItemId: heldItem } }, secretariat);
    expect(p).toMatchObject({
      status: "DISCUSSED", discussedAt: iso("2026-05-04T10:00:00+02:00"), answerDueAt: iso("2026-05-19T23:59:59.999+02:00"),
      agendaItem: { id: heldItem, sessionTitle: "Mbledhja testuese e majit" }, reviewLate: true, answerLate: false,
    });
    // Paper: discussed on 4 May, the last day of its (holiday-moved) review: in time.
    expect(await ok(DISCUSS, { input: { petitionId: paper.id, agendaItemId: heldItem } }, secretariat)).toMatchObject({ reviewLate: false });
    expect(await refused(REJECT, { input: { petitionId: online.id, reason: "Jo." } }, secretariat)).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("record the written answer instead") });
  });

  it("records the written answer in time: the review's mark stays, the answer's does not appear", async () => {
    expect(await refused(ANSWER, { input: { petitionId: online.id, summary: "Po.", answeredAt: "2026-05-01T10:00:00+02:00" } }, secretariat)).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("before the council discussed") });
    expect((await refused(ANSWER, { input: { petitionId: online.id, summary: "Po.", answeredAt: "2026-05-20T10:00:00+02:00" } }, secretariat)).code).toBe("BAD_USER_INPUT"); // future
    const p = await ok(ANSWER, { input: { petitionId: online.id, summary: "Stolat vendosen në qershor.", answeredAt: "2026-05-11T10:00:00+02:00" } }, secretariat);
    expect(p).toMatchObject({ status: "ANSWERED", answeredAt: iso("2026-05-11T10:00:00+02:00"), answerSummary: "Stolat vendosen në qershor.", reviewLate: true, answerLate: false });
    expect(p.history.map((s: { status: string }) => s.status)).toEqual(["RECEIVED", "UNDER_REVIEW", "DISCUSSED", "ANSWERED"]);
    expect(await refused(REJECT, { input: { petitionId: online.id, reason: "Jo." } }, secretariat)).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already answered") });
    expect(await ok(TRACK, { r: online.reference, c: online.code })).toMatchObject({ status: "ANSWERED", dueAt: iso("2026-05-19T23:59:59.999+02:00"), slaState: "MISSED" });
  });

  it("marks the answer late past 15 days, and keeps the mark when it comes after", async () => {
    setNow("2026-05-20T08:00:00+02:00");
    expect(await ok(ONE, { id: paper.id })).toMatchObject({ status: "DISCUSSED", reviewLate: false, answerLate: true });
    setNow("2026-05-25T10:00:00+02:00");
    expect(await ok(ANSWER, { input: { petitionId: paper.id, summary: "Ndriçimi u përfshi në buxhet." } }, secretariat)).toMatchObject({ answeredAt: iso("2026-05-25T10:00:00+02:00"), answerLate: true });
  });

  it("rejects an inadmissible petition from RECEIVED, with a public reason, and closes its record", async () => {
    const r = await submit({ ...personInput, signatureList: null, title: "Kërkesë jashtë kompetencës" });
    rejected = r.petition.id;
    expect(await ok(REJECT, { input: { petitionId: rejected, reason: "Nuk është çështje e këshillit bashkiak." } }, secretariat)).toMatchObject({ status: "REJECTED", rejectReason: "Nuk është çështje e këshillit bashkiak.", rejectedAt: iso("2026-05-25T10:00:00+02:00"), reviewLate: false });
    expect(await refused(REVIEW, { id: rejected }, secretariat)).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already started") });
    expect(await refused(REJECT, { input: { petitionId: rejected, reason: "Sërish." } }, secretariat)).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("rejected as inadmissible") });
    expect((await refused(REJECT, { input: { petitionId: paper.id, reason: "  " } }, secretariat)).code).toBe("BAD_USER_INPUT");
  });
});

describe("personal data", () => {
  it("is the secretariat's only", async () => {
    expect(await ok(PERSONAL, { id: paper.id }, secretariat)).toMatchObject({ petitionerName: ORG.name, contactEmail: ORG.email, signatureList: SIGNERS.join("\n"), erasedAt: null });
    expect((await refused(PERSONAL, { id: paper.id })).code).toBe("UNAUTHENTICATED");
    expect((await refused(PERSONAL, { id: paper.id }, councillor)).code).toBe("FORBIDDEN");
  });

  it("never appears in a public answer, the tracking page, the open data or the audit record", async () => {
    const outputs: string[] = [];
    for (const status of [null, "RECEIVED", "UNDER_REVIEW", "DISCUSSED", "ANSWERED", "REJECTED"]) {
      outputs.push(JSON.stringify(await ok(`query($s: PetitionStatus) { petitions(status: $s, limit: 100) { total items { ${FIELDS} } } }`, { s: status })));
    }
    for (const id of [online.id, paper.id, rejected]) outputs.push(JSON.stringify(await ok(ONE, { id })));
    for (const r of [online, paper]) outputs.push(JSON.stringify(await ok(TRACK, { r: r.reference, c: r.code })));
    for (const file of ["petitions.csv", "petitions.json"]) {
      const res = await fetch(`${t.url}/open-data/${file}`);
      expect(res.status).toBe(200);
      outputs.push(await res.text());
    }
    outputs.push(JSON.stringify(await t.sql("SELECT before, after FROM audit_event WHERE subject_type = 'petition'")));
    const all = outputs.join("\n");
    for (const secret of SECRETS) expect(all, secret).not.toContain(secret);
    // The demo's petitioners too.
    for (const secret of ["Blerim Kastrati", "blerim.kastrati@shembull.al", "+355 69 400 1122", "Ermira Dautaj", "Zana Kastrati"]) expect(all, secret).not.toContain(secret);
    expect(all).toContain(ORG.name); // an organisation's name is public
    const json = JSON.parse(outputs[outputs.length - 2]) as { id: string; signaturesCount: number }[];
    expect(json.find((p) => p.id === paper.id)).toMatchObject({ signaturesCount: 120, organisationName: ORG.name, answerLate: true });
  });

  it("is erased after the retention period, keeping the public record and the count", async () => {
    const open = await submit({ ...personInput, title: "Ende e hapur" });
    const erased = await t.server.services.retention.run(new Date("2028-05-27T10:00:00+02:00")); // 730 days after 25 May 2026, and a little
    expect(erased.petition).toBeGreaterThanOrEqual(3);
    expect(await ok(PERSONAL, { id: online.id }, secretariat)).toMatchObject({ petitionerName: null, contactEmail: null, contactPhone: null, signatureList: null, erasedAt: expect.any(String) });
    expect(await ok(PERSONAL, { id: paper.id }, secretariat)).toMatchObject({ petitionerName: ORG.name, contactEmail: null, signatureList: null });
    expect(await ok(ONE, { id: paper.id })).toMatchObject({ signaturesCount: 120, status: "ANSWERED", organisationName: ORG.name });
    expect(await ok(PERSONAL, { id: open.petition.id }, secretariat)).toMatchObject({ contactEmail: PERSON.email, erasedAt: null });
    const [event] = await t.sql("SELECT after FROM audit_event WHERE action = 'erasePersonalData' AND subject_type = 'petition' ORDER BY id DESC LIMIT 1");
    expect(event.after.filings).toBe(erased.petition);
  });
});
