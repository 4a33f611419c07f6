import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, startTestServer, type TestServer } from "../support/server.js";
import { code } from "./fixtures.js";

const REQ = "id reference status receivedAt dueAt completedAt slaState workingMinutesLeft processingWorkingHours citizenGender version serviceType { code slaWorkingDays slaWorkingHours } office { code }";
const SUBMIT = `mutation($i: ServiceRequestInput!) { submitServiceRequest(input: $i) { ${REQ} } }`;
const MOVE = `mutation($id: ID!, $s: ServiceRequestStatus!, $v: Int) { setServiceRequestStatus(id: $id, status: $s, expectedVersion: $v) { ${REQ} } }`;
const iso = (s: string) => new Date(s).toISOString();

/** A server whose One Stop Shop clock the test sets by hand. */
async function clockedServer(start: string) {
  const clock = { now: new Date(start) };
  const t = await startTestServer({ now: () => clock.now, slaTickMs: null });
  return { t, clock, set: (s: string) => { clock.now = new Date(s); } };
}

describe("One Stop Shop requests and their SLA clock", () => {
  let t: TestServer;
  let set: (s: string) => void;
  let oss: string;

  beforeAll(async () => {
    ({ t, set } = await clockedServer("2026-12-07T10:00:00+01:00"));
    oss = await t.login("oss");
  });
  afterAll(() => t?.stop());

  it("publishes the service charter with SLAs to the public", async () => {
    const r = await t.gql("{ serviceTypes { code name nameEn category slaWorkingDays slaWorkingHours } }");
    expect(r.data.serviceTypes.length).toBeGreaterThanOrEqual(15);
    const personal = r.data.serviceTypes.find((s: { code: string }) => s.code === "GC-CERT-PERS");
    expect(personal).toMatchObject({ name: "Certifikatë personale", slaWorkingDays: 0, slaWorkingHours: 2 });
    const property = r.data.serviceTypes.find((s: { code: string }) => s.code === "PR-VERT-PRON");
    expect(property).toMatchObject({ slaWorkingDays: 5, slaWorkingHours: null });
  });

  it("registers a request with its due moment on the working calendar (8 December is a holiday)", async () => {
    const r = await t.gql(SUBMIT, { i: { serviceTypeCode: "GC-VERT-BAN", citizenGender: "FEMALE" } }, oss);
    expect(r.errors).toBeUndefined();
    expect(r.data.submitServiceRequest).toMatchObject({
      status: "RECEIVED", slaState: "ON_TRACK", receivedAt: iso("2026-12-07T10:00:00+01:00"), dueAt: iso("2026-12-09T10:00:00+01:00"),
      workingMinutesLeft: 480, citizenGender: "FEMALE", office: { code: "ZNN-QENDER" },
    });
    expect(r.data.submitServiceRequest.reference).toMatch(/^ZNN-2026-\d{6}$/);
    // the public follows the request, without the citizen's gender
    const pub = await t.gql(`query($id: ID!) { serviceRequest(id: $id) { status dueAt citizenGender } }`, { id: r.data.submitServiceRequest.id });
    expect(pub.data.serviceRequest).toEqual({ status: "RECEIVED", dueAt: iso("2026-12-09T10:00:00+01:00"), citizenGender: null });
  });

  it("pauses the clock while waiting on the citizen and moves the due moment by the working time waited", async () => {
    set("2026-12-07T10:00:00+01:00");
    const { data } = await t.gql(SUBMIT, { i: { serviceTypeCode: "PR-VERT-PRON" } }, oss); // 5 working days
    const id = data.submitServiceRequest.id;
    expect(data.submitServiceRequest.dueAt).toBe(iso("2026-12-15T10:00:00+01:00"));
    await t.gql(MOVE, { id, s: "IN_PROGRESS" }, oss);
    set("2026-12-09T10:00:00+01:00");
    const paused = await t.gql(MOVE, { id, s: "WAITING_ON_CITIZEN" }, oss);
    expect(paused.data.setServiceRequestStatus).toMatchObject({ status: "WAITING_ON_CITIZEN", workingMinutesLeft: 4 * 480 });
    set("2026-12-11T14:00:00+01:00"); // waited Wed 10:00 → Fri 14:00 = 6 + 8 + 6 working hours
    const resumed = await t.gql(MOVE, { id, s: "IN_PROGRESS" }, oss);
    expect(resumed.data.setServiceRequestStatus).toMatchObject({ status: "IN_PROGRESS", dueAt: iso("2026-12-17T14:00:00+01:00"), workingMinutesLeft: 4 * 480 });
    set("2026-12-16T09:00:00+01:00");
    const done = await t.gql(MOVE, { id, s: "COMPLETED" }, oss);
    expect(done.data.setServiceRequestStatus).toMatchObject({ status: "COMPLETED", slaState: "MET", completedAt: iso("2026-12-16T09:00:00+01:00"), workingMinutesLeft: null });
    // received Mon 7 10:00 → Wed 16 09:00: 6 + (8 Dec holiday) + 8 + 8 + 8 + 8 + 8 + 1 = 47 working hours, less 20 waiting = 27
    expect(done.data.setServiceRequestStatus.processingWorkingHours).toBe(27);
  });

  it("refuses moves outside the lifecycle with CONFLICT, and stale versions", async () => {
    set("2026-12-14T09:00:00+01:00");
    const { data } = await t.gql(SUBMIT, { i: { serviceTypeCode: "TR-PARK" } }, oss);
    const id = data.submitServiceRequest.id;
    for (const s of ["COMPLETED", "WAITING_ON_CITIZEN", "REJECTED"]) {
      const r = await t.gql(MOVE, { id, s }, oss);
      expect(code(r), s).toBe("CONFLICT");
    }
    const v = data.submitServiceRequest.version;
    await t.gql(MOVE, { id, s: "IN_PROGRESS", v }, oss);
    expect(code(await t.gql(MOVE, { id, s: "WAITING_ON_CITIZEN", v }, oss))).toBe("CONFLICT"); // stale
    await t.gql(MOVE, { id, s: "REJECTED" }, oss);
    const r = await t.gql(MOVE, { id, s: "IN_PROGRESS" }, oss);
    expect(code(r)).toBe("CONFLICT");
    expect(code(await t.gql(MOVE, { id: "00000000-0000-4000-8000-000000000000", s: "IN_PROGRESS" }, oss))).toBe("NOT_FOUND");
    expect(code(await t.gql(MOVE, { id, s: "FINISHED" }, oss))).toBe("BAD_USER_INPUT");
  });

  it("refuses bad requests", async () => {
    set("2026-12-14T09:00:00+01:00");
    expect(code(await t.gql(SUBMIT, { i: { serviceTypeCode: "NO-SUCH" } }, oss))).toBe("NOT_FOUND");
    expect(code(await t.gql(SUBMIT, { i: { serviceTypeCode: "TR-PARK", receivedAt: "2026-12-20T10:00:00+01:00" } }, oss))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(SUBMIT, { i: { serviceTypeCode: "TR-PARK", receivedAt: "2025-01-01T10:00:00+01:00" } }, oss))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(SUBMIT, { i: { serviceTypeCode: "TR-PARK", officeCode: "NOWHERE" } }, oss))).toBe("NOT_FOUND");
    expect(code(await t.gql(SUBMIT, { i: { serviceTypeCode: "TR-PARK", citizenGender: "X" } }, oss))).toBe("BAD_USER_INPUT");
  });

  it("only the OSS operator writes; the public reads the charter and KPIs, not the queue", async () => {
    const others = [await t.login("sekretaria"), await t.login("kd01"), await t.login("admin")];
    for (const token of others) expect(code(await t.gql(SUBMIT, { i: { serviceTypeCode: "TR-PARK" } }, token))).toBe("FORBIDDEN");
    expect(code(await t.gql(SUBMIT, { i: { serviceTypeCode: "TR-PARK" } }))).toBe("UNAUTHENTICATED");
    const id = (await t.gql("{ serviceRequests(limit: 1) { id } }", {}, oss)).data.serviceRequests[0].id;
    for (const token of others) expect(code(await t.gql(MOVE, { id, s: "IN_PROGRESS" }, token))).toBe("FORBIDDEN");
    expect(code(await t.gql("{ serviceRequests { id } }"))).toBe("UNAUTHENTICATED");
    expect(code(await t.gql("{ serviceRequests { id } }", {}, others[1]))).toBe("FORBIDDEN");
    expect((await t.gql('{ ossKpis(month: "2026-11") { received } }')).data.ossKpis.received).toBeGreaterThan(0);
    expect(code(await t.gql('{ ossKpis(month: "2026-13") { received } }'))).toBe("BAD_USER_INPUT");
  });

  it("the queue lists open requests by urgency", async () => {
    const r = await t.gql("{ serviceRequests { status dueAt } }", {}, oss);
    const running = r.data.serviceRequests.filter((x: { status: string }) => x.status !== "WAITING_ON_CITIZEN");
    const dues = running.map((x: { dueAt: string }) => x.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect(r.data.serviceRequests.every((x: { status: string }) => !["COMPLETED", "REJECTED"].includes(x.status))).toBe(true);
  });
});

describe("the SLA clock", () => {
  it("breaches a request at its due moment with nobody touching it, tells subscribers once, on one instance only", async () => {
    const { t, set } = await clockedServer("2026-12-14T14:00:00+01:00");
    const second = await startTestServer({ databaseUrl: t.databaseUrl, now: () => new Date("2026-12-15T08:30:00+01:00"), slaTickMs: null });
    try {
      const oss = await t.login("oss");
      const { data } = await t.gql(SUBMIT, { i: { serviceTypeCode: "GC-CERT-PERS" } }, oss); // 2 working hours
      const id = data.submitServiceRequest.id;
      // two working hours from Monday 14:00 end at closing time, given as Tuesday's opening
      expect(data.submitServiceRequest.dueAt).toBe(iso("2026-12-15T08:00:00+01:00"));
      const feed = collect<{ serviceRequestUpdated: { id: string; slaState: string } }>(t.ws(), "subscription { serviceRequestUpdated { id slaState } }", {});
      await new Promise((r) => setTimeout(r, 200));

      set("2026-12-14T15:40:00+01:00"); // 20 minutes left of 120: AT_RISK
      await t.server.services.oss.clock.tick();
      expect((await feed.next((x) => x.serviceRequestUpdated.id === id)).serviceRequestUpdated.slaState).toBe("AT_RISK");

      // At night nobody works; the next morning, past due, both instances tick at once.
      set("2026-12-15T08:30:00+01:00");
      const [a, b] = await Promise.all([t.server.services.oss.clock.tick(), second.server.services.oss.clock.tick()]);
      expect(a + b).toBe(1);
      expect((await feed.next((x) => x.serviceRequestUpdated.id === id)).serviceRequestUpdated.slaState).toBe("BREACHED");
      await t.server.services.oss.clock.tick();
      const fired = await t.sql("SELECT after->>'slaState' AS state FROM audit_event WHERE action = 'slaClock' AND subject_id = $1 ORDER BY id", [id]);
      expect(fired.map((f) => f.state)).toEqual(["AT_RISK", "BREACHED"]);
      const pub = await t.gql(`query($id: ID!) { serviceRequest(id: $id) { slaState workingMinutesLeft } }`, { id });
      expect(pub.data.serviceRequest).toEqual({ slaState: "BREACHED", workingMinutesLeft: -30 });
    } finally {
      await second.stop();
      await t.stop();
    }
  });
});

describe("monthly KPIs against a hand computation", () => {
  let t: TestServer;
  let set: (s: string) => void;
  beforeAll(async () => {
    ({ t, set } = await clockedServer("2026-10-30T15:00:00+01:00"));
    // This file's own database: start the One Stop Shop from nothing.
    await t.sql("TRUNCATE satisfaction_rating, complaint, service_request_event, service_request");
  });
  afterAll(() => t?.stop());

  it("counts received, completed, within SLA, processing hours, breaches, complaints, satisfaction and gender", async () => {
    const oss = await t.login("oss");
    const submit = async (code_: string, receivedAt: string, citizenGender?: string) =>
      (await t.gql(SUBMIT, { i: { serviceTypeCode: code_, receivedAt, citizenGender } }, oss)).data.submitServiceRequest.id as string;
    const move = async (id: string, s: string, at: string) => { set(at); const r = await t.gql(MOVE, { id, s }, oss); if (r.errors) throw new Error(JSON.stringify(r.errors)); };

    set("2026-10-30T15:00:00+02:00");
    // A: 1-day service received Mon 5 Oct 09:00, done Mon 5 Oct 13:00 → 4 h, MET
    const a = await submit("GC-VERT-BAN", "2026-10-05T09:00:00+02:00", "FEMALE");
    // B: 1-day service received Tue 6 Oct 10:00, done Thu 8 Oct 12:00 → 6 + 8 + 4 = 18 h, MISSED (due Wed 7 10:00)
    const b = await submit("GC-VERT-BAN", "2026-10-06T10:00:00+02:00", "MALE");
    // C: 5-day service received Mon 12 Oct 08:00, done Wed 14 Oct 16:00 → 24 h, MET
    const c = await submit("PR-VERT-PRON", "2026-10-12T08:00:00+02:00", "FEMALE");
    // D: 1-day service received Mon 26 Oct 09:00, still open on Fri 30 Oct: BREACHED
    const d = await submit("GC-VERT-BAN", "2026-10-26T09:00:00+02:00");
    // E: 3-day service received Tue 29 Sep 09:00, completed Thu 1 Oct 09:00 → 7 + 8 + 1 = 16 h, MET:
    //    counts as completed in October, not as received
    const e = await submit("TR-PARK", "2026-09-29T09:00:00+02:00", "MALE");
    await move(e, "IN_PROGRESS", "2026-09-29T10:00:00+02:00");
    await move(e, "COMPLETED", "2026-10-01T09:00:00+02:00");
    await move(a, "IN_PROGRESS", "2026-10-05T09:30:00+02:00");
    await move(a, "COMPLETED", "2026-10-05T13:00:00+02:00");
    await move(b, "IN_PROGRESS", "2026-10-06T11:00:00+02:00");
    await move(b, "COMPLETED", "2026-10-08T12:00:00+02:00");
    await move(c, "IN_PROGRESS", "2026-10-12T09:00:00+02:00");
    await move(c, "COMPLETED", "2026-10-14T16:00:00+02:00");
    set("2026-10-30T15:00:00+01:00");
    await t.server.services.oss.clock.tick();
    for (const [id, rating] of [[a, 5], [b, 2], [c, 4]] as const) {
      expect((await t.gql("mutation($id: ID!, $r: Int!) { rateServiceRequest(id: $id, rating: $r) { id } }", { id, r: rating }, oss)).errors).toBeUndefined();
    }
    expect(code(await t.gql("mutation($id: ID!, $r: Int!) { rateServiceRequest(id: $id, rating: $r) { id } }", { id: a, r: 4 }, oss))).toBe("CONFLICT");
    expect(code(await t.gql("mutation($id: ID!, $r: Int!) { rateServiceRequest(id: $id, rating: $r) { id } }", { id: d, r: 4 }, oss))).toBe("CONFLICT");
    expect(code(await t.gql("mutation($id: ID!, $r: Int!) { rateServiceRequest(id: $id, rating: $r) { id } }", { id: e, r: 6 }, oss))).toBe("BAD_USER_INPUT");
    set("2026-10-20T10:00:00+02:00");
    expect((await t.gql("mutation($i: ComplaintInput!) { recordComplaint(input: $i) }", { i: { requestId: b, description: "U vonua." } }, oss)).errors).toBeUndefined();
    expect((await t.gql("mutation($i: ComplaintInput!) { recordComplaint(input: $i) }", { i: { officeCode: "NJA-PAPER", description: "Sporteli ishte mbyllur." } }, oss)).errors).toBeUndefined();
    expect(code(await t.gql("mutation($i: ComplaintInput!) { recordComplaint(input: $i) }", { i: { description: "Pa adresë." } }, oss))).toBe("BAD_USER_INPUT");

    const k = await t.gql(`{ ossKpis(month: "2026-10") { month received completed completedWithinSlaPct avgProcessingWorkingHours medianProcessingWorkingHours
      openBreaches complaints avgSatisfaction ratings receivedFromWomen receivedFromMen receivedGenderUnknown } }`);
    expect(k.data.ossKpis).toEqual({
      month: "2026-10",
      received: 4, // A, B, C, D
      completed: 4, // A, B, C, E
      completedWithinSlaPct: 75, // A, C, E met; B missed
      avgProcessingWorkingHours: 15.5, // (4 + 18 + 24 + 16) / 4
      medianProcessingWorkingHours: 17, // (16 + 18) / 2
      openBreaches: 1, // D
      complaints: 2,
      avgSatisfaction: 3.67, // (5 + 2 + 4) / 3
      ratings: 3,
      receivedFromWomen: 2,
      receivedFromMen: 1,
      receivedGenderUnknown: 1,
    });
    const breakdown = await t.gql(`{ ossKpiBreakdown(month: "2026-10") { office { code } serviceType { code } received completed completedWithinSlaPct } }`);
    const vb = breakdown.data.ossKpiBreakdown.find((r: { serviceType: { code: string } }) => r.serviceType.code === "GC-VERT-BAN");
    expect(vb).toEqual({ office: { code: "ZNN-QENDER" }, serviceType: { code: "GC-VERT-BAN" }, received: 3, completed: 2, completedWithinSlaPct: 50 });
    const trend = await t.gql(`{ ossKpiTrend(month: "2026-10", months: 2) { month received completed } }`);
    expect(trend.data.ossKpiTrend).toEqual([{ month: "2026-09", received: 1, completed: 0 }, { month: "2026-10", received: 4, completed: 4 }]);
    const empty = await t.gql(`{ ossKpis(month: "2026-08") { received completedWithinSlaPct avgProcessingWorkingHours avgSatisfaction } }`);
    expect(empty.data.ossKpis).toEqual({ received: 0, completedWithinSlaPct: null, avgProcessingWorkingHours: null, avgSatisfaction: null });
  });
});
