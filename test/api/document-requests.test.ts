/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers and SQL rows are untyped JSON; the test reads them as it expects. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicFormProof, startTestServer, type TestServer } from "../support/server.js";

/**
 * Requests for public documents [kërkesa për qasje në dokumente publike] (issue 16 point 3) against a real
 * server and PostgreSQL, the server's clock driven by the test: 7 days from receipt, extended once to 15 with a
 * reason; the one deadline clock moving a request ON_TRACK → AT_RISK → BREACHED by itself, once across two
 * instances; the lifecycle's refusals; the requester in no public answer; the retention of their identity.
 */
let t: TestServer;
let secretariat: string;
let oss: string;
let councillor: string;
const clock = { now: new Date("2026-12-02T10:00:00+01:00") };
const set = (iso: string) => { clock.now = new Date(iso); };
const iso = (s: string) => new Date(s).toISOString();

const FIELDS = "id reference documents documentsWithheld channel status receivedAt startedAt dueAt extendedAt extensionReason extensionNote closedAt outcome answerNote refusalReason appealNotice transferredTo slaState answeredOnTime";
const CASE = `${FIELDS} documentsText requesterName requesterEmail requesterPhone requesterAddress personalDataErasedAt version`;
const SUBMIT = `mutation($i: DocumentRequestInput!, $p: PublicFormProof!) { submitDocumentRequest(input: $i, proof: $p) { request { ${FIELDS} } receipt { reference code kind } } }`;
const REGISTER = `mutation($i: CounterDocumentRequestInput!) { registerDocumentRequest(input: $i) { request { ${CASE} } receipt { reference code kind } } }`;
const START = `mutation($id: ID!, $v: Int) { startDocumentRequest(id: $id, expectedVersion: $v) { ${CASE} } }`;
const EXTEND = `mutation($i: ExtendDocumentRequestInput!) { extendDocumentRequest(input: $i) { ${CASE} } }`;
const DECIDE = `mutation($i: DecideDocumentRequestInput!) { decideDocumentRequest(input: $i) { ${CASE} } }`;
const TRACK = "query($r: String!, $c: String!) { trackRequest(reference: $r, code: $c) { reference kind title status receivedAt dueAt slaState history { at status note } } }";
const REGISTER_PAGE = `query($f: DocumentRequestFilter, $o: Int, $l: Int) { documentRequests(filter: $f, offset: $o, limit: $l) { total items { ${FIELDS} } } }`;

const APPEAL = "Kundër këtij vendimi keni të drejtë të filloni procedurën para Avokatit të Popullit.";
/** Everyone who asked in this test: none of it may appear in a public answer. */
const PEOPLE: { name: string; email: string; phone: string; address: string }[] = [];
let n = 0;
function person() {
  n++;
  const p = { name: `Qytetare Provë${n} Kryeziu`, email: `kerkuesi${n}@example.org`, phone: `+383 44 000 10${n}`, address: `Rruga e Provës nr. ${n}00, Kaçanik` };
  PEOPLE.push(p);
  return p;
}

async function submit(documents = "Vendimi i Kuvendit për buxhetin 2027 dhe shtojcat e tij.") {
  const p = person();
  const r = await t.gql(SUBMIT, { i: { requesterName: p.name, requesterEmail: p.email, requesterPhone: p.phone, requesterAddress: p.address, documents }, p: await publicFormProof(t) });
  expect(r.errors).toBeUndefined();
  return r.data.submitDocumentRequest as { request: Record<string, any>; receipt: { reference: string; code: string; kind: string } };
}
async function ok(query: string, variables: Record<string, unknown>, token = secretariat) {
  const r = await t.gql(query, variables, token);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return Object.values(r.data)[0] as Record<string, any>;
}
async function refused(query: string, variables: Record<string, unknown>, token?: string): Promise<{ code: unknown; message: string }> {
  const r = await t.gql(query, variables, token);
  expect(r.errors, `expected a refusal, got ${JSON.stringify(r.data)}`).toBeDefined();
  return { code: r.errors![0].extensions?.code, message: r.errors![0].message };
}

beforeAll(async () => {
  t = await startTestServer({ now: () => clock.now, slaTickMs: null, env: { PUBLIC_FORM_MIN_SECONDS: "0", PUBLIC_FORMS_PER_HOUR: "1000" } });
  secretariat = await t.login("sekretaria");
  oss = await t.login("oss");
  const [c] = await t.sql("SELECT username FROM app_user WHERE role = 'COUNCILLOR' ORDER BY username LIMIT 1");
  councillor = await t.login(c.username);
});
afterAll(async () => { await t?.stop(); });

describe("deadlines: 7 calendar days from receipt, extended once to 15", () => {
  it("an online request is due at the end of the 7th day, with its receipt and tracking page", async () => {
    set("2026-12-02T10:00:00+01:00");
    const { request, receipt } = await submit();
    expect(receipt.kind).toBe("DOCUMENT_REQUEST");
    expect(receipt.reference).toMatch(/^KD-2026-\d{5}$/);
    expect(request).toMatchObject({
      reference: receipt.reference, channel: "ONLINE", status: "RECEIVED", slaState: "ON_TRACK", answeredOnTime: null,
      receivedAt: iso("2026-12-02T10:00:00+01:00"), dueAt: iso("2026-12-09T23:59:59.999+01:00"),
    });
    const tracked = (await t.gql(TRACK, { r: receipt.reference, c: receipt.code })).data.trackRequest;
    expect(tracked).toMatchObject({ kind: "DOCUMENT_REQUEST", status: "RECEIVED", slaState: "ON_TRACK", dueAt: iso("2026-12-09T23:59:59.999+01:00") });
  });

  it("a counter request back-dated to 1 December: the 7th day, 8 December (Youth Day), moves to the 9th", async () => {
    set("2026-12-02T11:00:00+01:00");
    const p = person();
    const r = await ok(REGISTER, { i: { requesterName: p.name, requesterPhone: p.phone, documents: "Procesverbali i mbledhjes së 12 nëntorit.", receivedAt: "2026-12-01T09:30:00+01:00" } }, oss);
    expect(r.request).toMatchObject({ channel: "COUNTER", requesterName: p.name, dueAt: iso("2026-12-09T23:59:59.999+01:00"), version: 1 });
    expect(r.receipt.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect((await refused(REGISTER, { i: { requesterName: "X", documents: "Y" } })).code).toBe("UNAUTHENTICATED");
    expect((await refused(REGISTER, { i: { requesterName: "X", documents: "Y" } }, councillor)).code).toBe("FORBIDDEN");
    expect((await refused(REGISTER, { i: { requesterName: "X", documents: "Y", receivedAt: "2026-12-05T09:00:00+01:00" } }, oss)).code).toBe("BAD_USER_INPUT");
  });

  it("extended once: 15 days from receipt with the reason, the clock's moments recomputed; a second extension is refused", async () => {
    set("2026-12-02T10:00:00+01:00");
    const { request, receipt } = await submit("Të gjitha kontratat e prokurimit të vitit 2025 dhe aneksët e tyre.");
    const started = await ok(START, { id: request.id, v: 1 });
    set("2026-12-08T16:00:00+01:00"); // past the 7-day at-risk moment (8 Dec 07:12), still before the due moment
    await t.server.services.oss.clock.tick();
    const [before] = await t.sql("SELECT sla_state FROM document_request WHERE id = $1", [request.id]);
    expect(before.sla_state).toBe("AT_RISK");
    const version = (await t.sql("SELECT version FROM document_request WHERE id = $1", [request.id]))[0].version;
    const extended = await ok(EXTEND, { i: { id: request.id, expectedVersion: version, reason: "MANY_DOCUMENTS", note: "Kërkohen mbi 40 kontrata." } });
    expect(extended).toMatchObject({
      status: "IN_PROGRESS", dueAt: iso("2026-12-17T23:59:59.999+01:00"), extensionReason: "MANY_DOCUMENTS", extensionNote: "Kërkohen mbi 40 kontrata.",
      extendedAt: iso("2026-12-08T16:00:00+01:00"), slaState: "ON_TRACK", version: version + 1,
    });
    expect(started.version).toBe(2);
    const [row] = await t.sql("SELECT at_risk_at, next_check_at, due_at FROM document_request WHERE id = $1", [request.id]);
    expect(row.next_check_at.getTime()).toBe(row.at_risk_at.getTime());
    expect(row.at_risk_at.getTime()).toBeGreaterThan(clock.now.getTime());
    const again = await refused(EXTEND, { i: { id: request.id, reason: "HELD_ELSEWHERE" } }, secretariat);
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toMatch(/already extended/);
    const tracked = (await t.gql(TRACK, { r: receipt.reference, c: receipt.code })).data.trackRequest;
    expect(tracked.dueAt).toBe(iso("2026-12-17T23:59:59.999+01:00"));
    expect(tracked.history.map((s: any) => s.status)).toEqual(["RECEIVED", "IN_PROGRESS", "IN_PROGRESS"]);
    expect(tracked.history[2].note).toContain("Kërkohen mbi 40 kontrata.");
    // answered on the 16th: within the 15 days
    set("2026-12-16T12:00:00+01:00");
    const decided = await ok(DECIDE, { i: { id: request.id, outcome: "GRANTED", answerNote: "Dërguar me e-mail." } });
    expect(decided).toMatchObject({ status: "CLOSED", outcome: "GRANTED", slaState: "MET", answeredOnTime: true });
  });

  it("an extension after the due moment is refused: a deadline is extended before it ends", async () => {
    set("2026-12-02T10:00:00+01:00");
    const { request } = await submit();
    set("2026-12-10T00:00:00+01:00");
    const r = await refused(EXTEND, { i: { id: request.id, reason: "HELD_ELSEWHERE" } }, secretariat);
    expect(r.code).toBe("CONFLICT");
    expect(r.message).toMatch(/run out/);
  });
});

describe("the one deadline clock, on two instances", () => {
  it("moves a request ON_TRACK → AT_RISK → BREACHED by itself, each change exactly once, and closing after the due moment is MISSED", async () => {
    set("2026-12-02T10:00:00+01:00");
    const { request } = await submit();
    const second = await startTestServer({ databaseUrl: t.databaseUrl, now: () => clock.now, slaTickMs: null });
    try {
      const [{ at_risk_at: atRisk, due_at: due }] = await t.sql("SELECT at_risk_at, due_at FROM document_request WHERE id = $1", [request.id]);
      clock.now = new Date(atRisk.getTime() - 1);
      await Promise.all([t.server.services.oss.clock.tick(), second.server.services.oss.clock.tick()]);
      expect((await t.sql("SELECT sla_state FROM document_request WHERE id = $1", [request.id]))[0].sla_state).toBe("ON_TRACK");
      clock.now = atRisk;
      await Promise.all([t.server.services.oss.clock.tick(), second.server.services.oss.clock.tick()]);
      clock.now = due;
      await Promise.all([t.server.services.oss.clock.tick(), second.server.services.oss.clock.tick()]);
      await Promise.all([t.server.services.oss.clock.tick(), second.server.services.oss.clock.tick()]);
      const fired = await t.sql("SELECT before->>'slaState' AS was, after->>'slaState' AS state FROM audit_event WHERE action = 'slaClock' AND subject_id = $1 ORDER BY id", [request.id]);
      expect(fired).toEqual([{ was: "ON_TRACK", state: "AT_RISK" }, { was: "AT_RISK", state: "BREACHED" }]);
      const [row] = await t.sql("SELECT sla_state, next_check_at FROM document_request WHERE id = $1", [request.id]);
      expect(row).toEqual({ sla_state: "BREACHED", next_check_at: null });
      const page = await ok(REGISTER_PAGE, { f: { slaState: "BREACHED" }, l: 200 }, undefined as unknown as string);
      expect(page.items.map((i: any) => i.id)).toContain(request.id);
    } finally {
      await second.stop();
    }
    set("2026-12-11T09:00:00+01:00");
    await ok(START, { id: request.id });
    const late = await ok(DECIDE, { i: { id: request.id, outcome: "TRANSFERRED", transferredTo: "Agjencia Kadastrale e Kosovës" } });
    expect(late).toMatchObject({ status: "CLOSED", outcome: "TRANSFERRED", transferredTo: "Agjencia Kadastrale e Kosovës", slaState: "MISSED", answeredOnTime: false });
    const [row] = await t.sql("SELECT next_check_at FROM document_request WHERE id = $1", [request.id]);
    expect(row.next_check_at).toBeNull();
  });
});

describe("lifecycle refusals", () => {
  it("answers only what is in progress, refuses a refusal without its reason and appeal notice, stale views, unknown ids and wrong roles", async () => {
    set("2026-12-03T10:00:00+01:00");
    const { request } = await submit();
    const id = request.id;
    expect((await refused(DECIDE, { i: { id, outcome: "GRANTED" } }, secretariat)).code).toBe("CONFLICT"); // still RECEIVED
    expect((await refused(START, { id })).code).toBe("UNAUTHENTICATED");
    expect((await refused(START, { id }, oss)).code).toBe("FORBIDDEN");
    expect((await refused(START, { id }, councillor)).code).toBe("FORBIDDEN");
    expect((await refused(START, { id, v: 7 }, secretariat)).code).toBe("CONFLICT"); // stale
    await ok(START, { id, v: 1 });
    expect((await refused(START, { id }, secretariat)).code).toBe("CONFLICT"); // twice
    const noReason = await refused(DECIDE, { i: { id, outcome: "REFUSED", appealNotice: APPEAL } }, secretariat);
    expect(noReason.code).toBe("BAD_USER_INPUT");
    expect(noReason.message).toMatch(/refusalReason/);
    expect((await refused(DECIDE, { i: { id, outcome: "REFUSED", refusalReason: "Neni 17" } }, secretariat)).message).toMatch(/appealNotice/);
    expect((await refused(DECIDE, { i: { id, outcome: "TRANSFERRED" } }, secretariat)).message).toMatch(/transferredTo/);
    expect((await refused(DECIDE, { i: { id: "00000000-0000-4000-8000-000000000000", outcome: "GRANTED" } }, secretariat)).code).toBe("NOT_FOUND");
    expect((await refused(DECIDE, { i: { id: "nope", outcome: "GRANTED" } }, secretariat)).code).toBe("NOT_FOUND");
    const refusal = await ok(DECIDE, { i: { id, expectedVersion: 2, outcome: "REFUSED", refusalReason: "Dokumenti është i klasifikuar (neni 17).", appealNotice: APPEAL } });
    expect(refusal).toMatchObject({ outcome: "REFUSED", refusalReason: "Dokumenti është i klasifikuar (neni 17).", appealNotice: APPEAL, slaState: "MET", answeredOnTime: true });
    expect((await refused(DECIDE, { i: { id, outcome: "GRANTED" } }, secretariat)).code).toBe("CONFLICT"); // closed
    expect((await refused(EXTEND, { i: { id, reason: "MANY_DOCUMENTS" } }, secretariat)).code).toBe("CONFLICT"); // closed
    const pub = (await t.gql(REGISTER_PAGE, { f: { outcome: "REFUSED" }, l: 200 })).data.documentRequests;
    expect(pub.items.find((i: any) => i.id === id)).toMatchObject({ refusalReason: "Dokumenti është i klasifikuar (neni 17).", appealNotice: APPEAL });
  });

  it("checks the public form and its input: honeypot, e-mail, empty or oversized text", async () => {
    const base = { requesterName: "Arta Prova", documents: "Një dokument." };
    expect((await refused(SUBMIT, { i: base, p: { ...(await publicFormProof(t)), website: "http://spam" } })).code).toBe("BAD_USER_INPUT");
    expect((await refused(SUBMIT, { i: { ...base, requesterEmail: "jo-email" }, p: await publicFormProof(t) })).code).toBe("BAD_USER_INPUT");
    expect((await refused(SUBMIT, { i: { ...base, documents: "   " }, p: await publicFormProof(t) })).code).toBe("BAD_USER_INPUT");
    expect((await refused(SUBMIT, { i: { ...base, documents: "x".repeat(4001) }, p: await publicFormProof(t) })).code).toBe("BAD_USER_INPUT");
    expect((await refused(REGISTER_PAGE, { l: 1000 })).code).toBe("BAD_USER_INPUT");
  });
});

describe("the requester is never public", () => {
  it("no name, e-mail, phone or address in the register, the tracking page, the open data or the audit record; a withheld text is not shown", async () => {
    set("2026-12-04T10:00:00+01:00");
    const { request, receipt } = await submit("Dosja e ndihmës ekonomike të fqinjit tim Lulzim Provaj.");
    const withheld = await ok(`mutation($id: ID!) { withholdDocumentRequestText(id: $id, withheld: true) { ${CASE} } }`, { id: request.id });
    expect(withheld).toMatchObject({ documentsWithheld: true, documentsText: "Dosja e ndihmës ekonomike të fqinjit tim Lulzim Provaj." });
    const pages: unknown[] = [];
    const { total } = (await t.gql(REGISTER_PAGE, { l: 1 })).data.documentRequests;
    for (let o = 0; o < total; o += 200) pages.push((await t.gql(REGISTER_PAGE, { o, l: 200 })).data);
    pages.push((await t.gql(REGISTER_PAGE, { f: { search: "Provaj" } })).data);
    const trackedAnswer = (await t.gql(TRACK, { r: receipt.reference, c: receipt.code })).data;
    pages.push(trackedAnswer);
    const csv = await fetch(`${t.url}/open-data/document-requests.csv`);
    expect(csv.status).toBe(200);
    const csvText = await csv.text();
    expect(csvText.split("\n")[0]).toMatch(/^id,reference,documents,documentsWithheld,/);
    expect(csvText).toContain(receipt.reference);
    pages.push(csvText, await (await fetch(`${t.url}/open-data/document-requests.json`)).json());
    const audit = await t.sql("SELECT before, after FROM audit_event WHERE subject_type = 'document_request'");
    const demo = await t.sql("SELECT requester_name, requester_email, requester_phone, requester_address FROM document_request");
    const secrets = [
      ...PEOPLE.flatMap((p) => [p.name, p.email, p.phone, p.address]),
      ...demo.flatMap((d) => [d.requester_name, d.requester_email, d.requester_phone, d.requester_address]).filter(Boolean),
      "Lulzim Provaj", "Gjergj Bimbli",
    ];
    expect(secrets.length).toBeGreaterThan(20);
    const published = JSON.stringify([pages, audit]);
    expect(published).toContain(request.id);
    for (const s of secrets) expect(published, s).not.toContain(s);
    const shown = trackedAnswer.trackRequest;
    expect(shown.title).toBe("Kërkesë për qasje në dokumente publike");
    expect((await refused(`query { documentRequestCases { requesterName } }`, {})).code).toBe("UNAUTHENTICATED");
    expect((await refused(`query { documentRequestCases { requesterName } }`, {}, oss)).code).toBe("FORBIDDEN");
    const cases = await ok(`query { documentRequestCases(openOnly: true) { id requesterName } }`, {});
    expect((cases as unknown as any[]).find((c) => c.id === request.id).requesterName).toBe(PEOPLE[PEOPLE.length - 1].name);
  });
});

describe("retention", () => {
  it("erases who asked from requests answered before the cutoff, keeps the public record and open requests' requesters", async () => {
    set("2026-12-04T10:00:00+01:00");
    const closed = await submit();
    const open = await submit();
    await ok(START, { id: closed.request.id });
    await ok(DECIDE, { i: { id: closed.request.id, outcome: "PARTLY_GRANTED", refusalReason: "Një pjesë është e klasifikuar.", answerNote: "Dhënë pjesërisht." } });
    const erased = await t.server.services.retention.run(new Date(Date.UTC(2029, 0, 1)));
    expect(erased.document_request).toBeGreaterThanOrEqual(5); // this one and the demo's answered requests
    const rows = await t.sql("SELECT id, requester_name, requester_email, requester_phone, requester_address, personal_data_erased_at, documents, outcome FROM document_request WHERE id = ANY($1::uuid[])", [[closed.request.id, open.request.id]]);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[closed.request.id]).toMatchObject({ requester_name: null, requester_email: null, requester_phone: null, requester_address: null, outcome: "PARTLY_GRANTED" });
    expect(byId[closed.request.id].personal_data_erased_at).not.toBeNull();
    expect(byId[open.request.id].requester_name).not.toBeNull();
    const [event] = await t.sql("SELECT after FROM audit_event WHERE action = 'erasePersonalData' AND subject_type = 'document_request' ORDER BY id DESC LIMIT 1");
    expect(event.after.filings).toBe(erased.document_request);
    const pub = (await t.gql(REGISTER_PAGE, { f: { outcome: "PARTLY_GRANTED" }, l: 200 })).data.documentRequests;
    expect(pub.items.find((i: any) => i.id === closed.request.id)).toMatchObject({ outcome: "PARTLY_GRANTED", answerNote: "Dhënë pjesërisht." });
    expect((await t.server.services.retention.run(new Date(Date.UTC(2029, 0, 1)))).document_request).toBe(0);
  });
});
