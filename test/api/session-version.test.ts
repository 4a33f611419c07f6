import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildKuvendSchema } from "../../server/src/schema/build.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { mutationsOf, operationFor } from "../support/schema-args.js";

/**
 * The session's version is what protects a console from deciding on a stale view
 * (`expectedVersion`, docs/architecture.md "The write path"): every change to
 * anything a session shows must raise it by exactly one. Every mutation of the
 * schema is classified here, generated from the schema like the authorization
 * matrix: a new mutation fails this test until someone decides whether it touches
 * a session, and if it does, shows how to call it.
 */

type Call = { vars: Record<string, unknown>; token?: string };
/** Prepares what the call needs (through the API) and names the session it touches. */
type Recipe = () => Promise<{ sessionId: string; call: Call; refused: Call }>;

let t: TestServer;
let secretariat = "";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the recipes read a few fields of untyped GraphQL answers
async function ok<T = any>(query: string, variables: Record<string, unknown>, token = secretariat): Promise<T> {
  const r = await t.gql<T>(query, variables, token);
  expect(r.errors, `${query}: ${JSON.stringify(r.errors)}`).toBeUndefined();
  return r.data as T;
}

const versionOf = async (sessionId: string) => (await t.sql<{ version: number }>("SELECT version FROM council_session WHERE id = $1", [sessionId]))[0].version;
const versionsOf = async (ids: string[]) => Promise.all(ids.map(versionOf));

/** A council session with `items` agenda items, moved as far as `stage`. */
async function session(stage: "SCHEDULED" | "IN_PROGRESS" | "SUSPENDED" | "ITEM" | "VOTING" | "CLOSED", items = 2) {
  const { createSession: { id: sessionId } } = await ok("mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }",
    { i: { title: `Versioni ${stage}`, scheduledAt: new Date(Date.now() + 8 * 86400_000).toISOString() } });
  const itemIds: string[] = [];
  for (let p = 1; p <= items; p++) {
    itemIds.push((await ok("mutation($i: AgendaItemInput!) { addAgendaItem(input: $i) { id } }", { i: { sessionId, title: `Pika ${p}` } })).addAgendaItem.id);
  }
  const members: string[] = (await ok("query($id: ID!) { session(id: $id) { attendance { councillor { id } } } }", { id: sessionId }))
    .session.attendance.map((a: { councillor: { id: string } }) => a.councillor.id);
  let voteId = "";
  if (stage !== "SCHEDULED") {
    await ok("mutation($id: ID!) { startSession(sessionId: $id) { id } }", { id: sessionId });
    await ok("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { id } }", { i: { sessionId, councillorIds: members, status: "PRESENT" } });
  }
  if (stage === "SUSPENDED") await ok("mutation($id: ID!) { suspendSession(sessionId: $id) { id } }", { id: sessionId });
  if (stage === "ITEM" || stage === "VOTING") await ok("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: itemIds[0] });
  if (stage === "VOTING") {
    voteId = (await ok("mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }", { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } })).openVote.id;
  }
  if (stage === "CLOSED") await ok("mutation($id: ID!) { closeSession(sessionId: $id) { id } }", { id: sessionId });
  return { sessionId, itemIds, members, voteId, version: await versionOf(sessionId) };
}

async function floorRequest(agendaItemId: string, councillorId: string): Promise<string> {
  return (await ok("mutation($i: FloorRequestInput!) { requestFloor(input: $i) { id } }", { i: { agendaItemId, kind: "CONTRIBUTION", councillorId } })).requestFloor.id;
}

async function initiative(leadSponsorId: string): Promise<string> {
  return (await ok("mutation($i: InitiativeInput!) { submitInitiative(input: $i) { id } }",
    { i: { title: "Nismë prove", kind: "MOTION", leadSponsorId } })).submitInitiative.id;
}

const FUTURE = () => new Date(Date.now() + 30 * 86400_000).toISOString();
const PAST = () => new Date(Date.now() - 3600_000).toISOString();
const NOBODY = "00000000-0000-4000-8000-000000000000";

/** Mutations that change what a session shows: how to call each successfully, and a refused call. */
const TOUCHES_A_SESSION: Record<string, Recipe> = {
  addAgendaItem: async () => {
    const s = await session("SCHEDULED");
    return { sessionId: s.sessionId, call: { vars: { input: { sessionId: s.sessionId, title: "Pikë e re" } } }, refused: { vars: { input: { sessionId: s.sessionId, title: "" } } } };
  },
  startSession: async () => {
    const s = await session("SCHEDULED");
    return { sessionId: s.sessionId, call: { vars: { sessionId: s.sessionId, expectedVersion: s.version } }, refused: { vars: { sessionId: s.sessionId, expectedVersion: s.version } } };
  },
  suspendSession: async () => {
    const s = await session("IN_PROGRESS");
    return { sessionId: s.sessionId, call: { vars: { sessionId: s.sessionId, expectedVersion: s.version } }, refused: { vars: { sessionId: s.sessionId, expectedVersion: s.version } } };
  },
  resumeSession: async () => {
    const s = await session("SUSPENDED");
    return { sessionId: s.sessionId, call: { vars: { sessionId: s.sessionId, expectedVersion: s.version } }, refused: { vars: { sessionId: s.sessionId, expectedVersion: s.version } } };
  },
  closeSession: async () => {
    const s = await session("IN_PROGRESS");
    return { sessionId: s.sessionId, call: { vars: { sessionId: s.sessionId, expectedVersion: s.version } }, refused: { vars: { sessionId: s.sessionId, expectedVersion: s.version } } };
  },
  recordAttendance: async () => {
    const s = await session("SCHEDULED");
    return {
      sessionId: s.sessionId,
      call: { vars: { input: { sessionId: s.sessionId, councillorId: s.members[0], status: "PRESENT" } } },
      refused: { vars: { input: { sessionId: s.sessionId, councillorId: NOBODY, status: "PRESENT" } } },
    };
  },
  recordAttendanceBatch: async () => {
    const s = await session("SCHEDULED");
    return {
      sessionId: s.sessionId,
      call: { vars: { input: { sessionId: s.sessionId, councillorIds: s.members.slice(0, 3), status: "PRESENT" } } },
      refused: { vars: { input: { sessionId: s.sessionId, councillorIds: [s.members[3], NOBODY], status: "PRESENT" } } },
    };
  },
  startAgendaItem: async () => {
    const s = await session("IN_PROGRESS");
    return { sessionId: s.sessionId, call: { vars: { agendaItemId: s.itemIds[0], expectedVersion: s.version } }, refused: { vars: { agendaItemId: s.itemIds[1], expectedVersion: s.version } } };
  },
  openVote: async () => {
    const s = await session("ITEM");
    return {
      sessionId: s.sessionId,
      call: { vars: { input: { agendaItemId: s.itemIds[0], majority: "SIMPLE", expectedVersion: s.version } } },
      refused: { vars: { input: { agendaItemId: s.itemIds[0], majority: "SIMPLE" } } }, // a vote is already open
    };
  },
  castBallot: async () => {
    const s = await session("VOTING");
    return {
      sessionId: s.sessionId,
      call: { vars: { input: { voteId: s.voteId, choice: "FOR", councillorId: s.members[0] } } },
      refused: { vars: { input: { voteId: s.voteId, choice: "FOR", councillorId: NOBODY } } },
    };
  },
  closeVote: async () => {
    const s = await session("VOTING");
    return { sessionId: s.sessionId, call: { vars: { voteId: s.voteId, expectedVersion: s.version } }, refused: { vars: { voteId: s.voteId } } }; // already closed
  },
  fileDeclaration: async () => {
    const s = await session("SCHEDULED");
    const input = { agendaItemId: s.itemIds[0], councillorId: s.members[0], interestType: "FINANCIAL", description: "Aksione në firmën ofertuese", recused: true };
    return { sessionId: s.sessionId, call: { vars: { input } }, refused: { vars: { input: { ...input, councillorId: NOBODY } } } };
  },
  publishMinutes: async () => {
    const s = await session("CLOSED");
    return { sessionId: s.sessionId, call: { vars: { sessionId: s.sessionId } }, refused: { vars: { sessionId: s.sessionId } } }; // published minutes are final
  },
  setDraftPublished: async () => {
    const s = await session("SCHEDULED");
    return {
      sessionId: s.sessionId,
      call: { vars: { agendaItemId: s.itemIds[0], publishedAt: PAST() } },
      refused: { vars: { agendaItemId: s.itemIds[0], publishedAt: FUTURE() } },
    };
  },
  requestFloor: async () => {
    const s = await session("ITEM");
    const input = { agendaItemId: s.itemIds[0], kind: "CONTRIBUTION", councillorId: s.members[0] };
    return { sessionId: s.sessionId, call: { vars: { input } }, refused: { vars: { input } } }; // already waiting
  },
  withdrawFloorRequest: async () => {
    const s = await session("ITEM");
    const speakerId = await floorRequest(s.itemIds[0], s.members[0]);
    return { sessionId: s.sessionId, call: { vars: { speakerId } }, refused: { vars: { speakerId } } }; // already withdrawn
  },
  startSpeech: async () => {
    const s = await session("ITEM");
    const speakerId = await floorRequest(s.itemIds[0], s.members[0]);
    return { sessionId: s.sessionId, call: { vars: { speakerId, expectedVersion: s.version + 1 } }, refused: { vars: { speakerId } } }; // already speaking
  },
  endSpeech: async () => {
    const s = await session("ITEM");
    const speakerId = await floorRequest(s.itemIds[0], s.members[0]);
    await ok("mutation($id: ID!) { startSpeech(speakerId: $id) { id } }", { id: speakerId });
    return { sessionId: s.sessionId, call: { vars: { speakerId } }, refused: { vars: { speakerId } } }; // already over
  },
  setStreamUrl: async () => {
    const s = await session("SCHEDULED");
    return { sessionId: s.sessionId, call: { vars: { sessionId: s.sessionId, url: "https://example.org/live" } }, refused: { vars: { sessionId: s.sessionId, url: "http://example.org/live" } } };
  },
  setInitiativeStatus: async () => {
    const s = await session("SCHEDULED");
    const id = await initiative(s.members[0]);
    return {
      sessionId: s.sessionId,
      call: { vars: { id, status: "ON_AGENDA", agendaItemId: s.itemIds[0] } },
      refused: { vars: { id, status: "SUBMITTED", agendaItemId: s.itemIds[0] } }, // ON_AGENDA cannot go back to SUBMITTED
    };
  },
};

/** Mutations that change nothing a session shows, each with the reason. */
const DOES_NOT_TOUCH_A_SESSION: Record<string, string> = {
  login: "issues a token; writes nothing a session shows",
  changePassword: "an account's password",
  createAccount: "a login account",
  // The two below change the register, which sessions read when they are loaded (a council session lists the
  // active councillors as ABSENT until recorded), but no session's own record: no session version, as before.
  addCouncillor: "the register of councillors (kept by the ADMIN), not a session's record",
  setCouncillorActive: "the register of councillors (a term ends or is restored), not a session's record",
  createSession: "creates a session: there is no earlier version to bump (a new session starts at version 1, checked below)",
  submitInitiative: "a new initiative is linked to no agenda item until setInitiativeStatus links it",
  recordConsultation: "consultations belong to the participation statistics, not to a session",
  submitServiceRequest: "One Stop Shop: a service request (its own version)",
  setServiceRequestStatus: "One Stop Shop: a service request (its own version, checked below)",
  recordComplaint: "One Stop Shop: a complaint",
  rateServiceRequest: "One Stop Shop: a satisfaction rating",
  // Items' comment-period days are computed from the calendar when read, not stored in the session.
  setSpeakingTimes: "a body's default speaking times, read when a request for the floor is made; requests already listed keep their limit",
  declareClosedDay: "the working calendar and the service requests' due moments",
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
