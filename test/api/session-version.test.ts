import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildKuvendSchema } from "../../server/src/schema/build.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { mutationsOf, operationFor } from "../support/schema-args.js";
import { sessionRecipes } from "../support/session-recipes.js";

/**
 * The session's version is what protects a console from deciding on a stale view
 * (`expectedVersion`, docs/architecture.md "The write path"): every change to
 * anything a session shows must raise it by exactly one. Every mutation of the
 * schema is classified here, generated from the schema like the authorization
 * matrix: a new mutation fails this test until someone decides whether it touches
 * a session, and if it does, shows how to call it.
 */

let t: TestServer;
let secretariat = "";
const { ok, versionOf, versionsOf, session, initiative, TOUCHES_A_SESSION } = sessionRecipes(() => t, () => secretariat);

/** Mutations that change nothing a session shows, each with the reason. */
const DOES_NOT_TOUCH_A_SESSION: Record<string, string> = {
  login: "issues a token; writes nothing a session shows",
  changePassword: "an account's password",
  createAccount: "a login account",
  requestAlertSubscription: "an e-mail alert subscription (alert_subscription), not a session's record",
  startPublicForm: "opens a public form: a signed ticket, nothing is written",
  confirmAlertSubscription: "an e-mail alert subscription (alert_subscription), not a session's record",
  unsubscribeFromAlerts: "an e-mail alert subscription (alert_subscription), not a session's record",
  // The two below change the register, which sessions read when they are loaded (a council session lists the
  // active councillors as ABSENT until recorded), but no session's own record: no session version, as before.
  addCouncillor: "the register of councillors (kept by the ADMIN), not a session's record",
  setCouncillorActive: "the register of councillors (a term ends or is restored), not a session's record",
  setCouncillorProfile: "a councillor's profile (party, term dates, CV, contact; councillor.version), not a session's record",
  createSession: "creates a session: there is no earlier version to bump (a new session starts at version 1, checked below)",
  submitInitiative: "a new initiative is linked to no agenda item until setInitiativeStatus links it",
  recordConsultation: "consultations belong to the participation statistics, not to a session",
  announceConsultation: "a consultation's notice (its own row; a linked agenda item is read, not changed), not a session's record",
  recordConsultationAttendance: "a consultation's participants (consultation.version), not a session's record",
  submitServiceRequest: "One Stop Shop: a service request (its own version)",
  setServiceRequestStatus: "One Stop Shop: a service request (its own version, checked below)",
  recordComplaint: "One Stop Shop: a complaint",
  rateServiceRequest: "One Stop Shop: a satisfaction rating",
  printServiceRequestReceipt: "One Stop Shop: a request's receipt (the receipt row; the request itself is unchanged)",
  // Items' comment-period days are computed from the calendar when read, not stored in the session.
  setSpeakingTimes: "a body's default speaking times, read when a request for the floor is made; requests already listed keep their limit",
  declareClosedDay: "the working calendar and the service requests' due moments",
  registerDecision: "the register of decisions: a decision number and kind (decision_record's own version), not the session's snapshot",
  setDecisionReview: "the register of decisions: the act's legality review (decision_record's own version), not the session's snapshot",
  createCommittee: "a new committee (body): no session of it exists yet",
  updateCommittee: "a committee's name, functions and seats (body.version); its meetings keep the seats they were scheduled with",
  // Comments on drafts: their counts and report are read beside the snapshot on request (the AgendaItem fields
  // commentCount, consultationReport), never stored in it; a citizen's comment must not make a console's view stale.
  submitDraftComment: "a comment on a draft (draft_comment's own version), read beside the session's snapshot, not in it",
  recordPaperComment: "a comment on a draft received on paper (draft_comment), not the session's snapshot",
  publishDraftComment: "moderates a comment (draft_comment.version)",
  rejectDraftComment: "moderates a comment (draft_comment.version)",
  answerDraftComment: "answers a comment (draft_comment.version)",
  publishConsultationReport: "a draft's consultation report (consultation_report), read beside the session's snapshot",
  // Requests for public documents: their own register (document_request.version), no session's.
  submitDocumentRequest: "a request for public documents (document_request), no session's",
  registerDocumentRequest: "a request for public documents (document_request), no session's",
  startDocumentRequest: "a request for public documents (document_request.version)",
  extendDocumentRequest: "a request for public documents (document_request.version)",
  decideDocumentRequest: "a request for public documents (document_request.version)",
  withholdDocumentRequestText: "a request for public documents (document_request.version)",
  // Petitions: their own register (petition.version); an agenda item does not show the petitions discussed at it.
  submitPetition: "a petition (petition), no session's",
  registerPetition: "a petition received on paper (petition), no session's",
  reviewPetition: "a petition's status (petition.version)",
  recordPetitionDiscussion: "links a petition to the agenda item where it was discussed (petition.version); the item's snapshot does not show petitions",
  answerPetition: "a petition's answer (petition.version)",
  rejectPetition: "a petition's rejection (petition.version)",
};

describe("session version: every mutation that touches a session raises its version by exactly one", async () => {
  const mutations = mutationsOf(await buildKuvendSchema());
  const fieldOf = (name: string) => mutations.find((m) => m.name === name)!;

  beforeAll(async () => {
    t = await startTestServer();
    secretariat = await t.login("sekretaria");
  });
  afterAll(() => t?.stop());

  it("classifies every mutation of the schema, once", () => {
    const classified = [...Object.keys(TOUCHES_A_SESSION), ...Object.keys(DOES_NOT_TOUCH_A_SESSION)];
    expect(mutations.map((m) => m.name).filter((n) => !classified.includes(n)), "mutations not classified: does each touch a session?").toEqual([]);
    expect(classified.filter((n) => !mutations.some((m) => m.name === n)), "classified but not in the schema").toEqual([]);
    expect(Object.keys(TOUCHES_A_SESSION).filter((n) => n in DOES_NOT_TOUCH_A_SESSION)).toEqual([]);
  });

  it.each(Object.keys(TOUCHES_A_SESSION))("%s: +1 when it succeeds, unchanged when it is refused", async (name) => {
    const { sessionId, call, refused } = await TOUCHES_A_SESSION[name]();
    const query = operationFor("mutation", fieldOf(name));
    const before = await versionOf(sessionId);
    await ok(query, call.vars, call.token);
    expect(await versionOf(sessionId), `${name} should raise the session's version by one`).toBe(before + 1);
    // The refused call comes after, on the changed session: a stale expectedVersion, a final record or a domain refusal.
    const r = await t.gql(query, refused.vars, refused.token ?? secretariat);
    expect(r.errors?.length, `${name}'s refused call should be refused`).toBeGreaterThan(0);
    expect(r.errors?.map((e) => e.extensions?.code)).not.toContain("INTERNAL_SERVER_ERROR");
    expect(await versionOf(sessionId), `a refused ${name} should leave the version alone`).toBe(before + 1);
  });

  it("a new session starts at version 1", async () => {
    const s = await session("SCHEDULED", 0);
    expect(s.version).toBe(1);
  });

  it("setInitiativeStatus moving an initiative from one session's item to another's raises both by one", async () => {
    const a = await session("SCHEDULED", 1);
    const b = await session("SCHEDULED", 1);
    const id = await initiative(a.members[0]);
    await ok("mutation($id: ID!, $item: ID) { setInitiativeStatus(id: $id, status: IN_COMMITTEE, agendaItemId: $item) { id } }", { id, item: a.itemIds[0] });
    const before = await versionsOf([a.sessionId, b.sessionId]);
    await ok("mutation($id: ID!, $item: ID) { setInitiativeStatus(id: $id, status: ON_AGENDA, agendaItemId: $item) { id } }", { id, item: b.itemIds[0] });
    expect(await versionsOf([a.sessionId, b.sessionId])).toEqual(before.map((v) => v + 1));
    // The initiative stays linked to b's item: a status change without an item raises b only.
    await ok("mutation($id: ID!) { setInitiativeStatus(id: $id, status: ADOPTED) { id } }", { id });
    expect(await versionsOf([a.sessionId, b.sessionId])).toEqual([before[0] + 1, before[1] + 2]);
  });

  it("recording a status a councillor already has changes nothing, so the version stays", async () => {
    const s = await session("IN_PROGRESS", 0);
    await ok("mutation($i: AttendanceInput!) { recordAttendance(input: $i) { id } }", { i: { sessionId: s.sessionId, councillorId: s.members[0], status: "PRESENT" } });
    expect(await versionOf(s.sessionId)).toBe(s.version);
  });

  it("setServiceRequestStatus raises the request's own version by one, and a stale expectedVersion is refused", async () => {
    const oss = await t.login("oss");
    const [type] = await t.sql<{ code: string }>("SELECT code FROM service_type ORDER BY code LIMIT 1");
    const { submitServiceRequest: req } = await ok("mutation($i: ServiceRequestInput!) { submitServiceRequest(input: $i) { id version } }", { i: { serviceTypeCode: type.code } }, oss);
    const moved = await ok("mutation($id: ID!, $v: Int) { setServiceRequestStatus(id: $id, status: IN_PROGRESS, expectedVersion: $v) { version } }", { id: req.id, v: req.version }, oss);
    expect(moved.setServiceRequestStatus.version).toBe(req.version + 1);
    const stale = await t.gql("mutation($id: ID!, $v: Int) { setServiceRequestStatus(id: $id, status: COMPLETED, expectedVersion: $v) { version } }", { id: req.id, v: req.version }, oss);
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});
