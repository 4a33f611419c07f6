import { expect } from "vitest";
import type { GqlResult } from "./server.js";

/**
 * How to call, successfully and refused, every mutation that changes what a session shows
 * (test/api/session-version.test.ts classifies the schema's mutations with these; the public read cache's
 * test reads a session after each). `api` is a test server's `gql` and `sql`; `token()` the secretariat's.
 */
export type Call = { vars: Record<string, unknown>; token?: string };
/** Prepares what the call needs (through the API) and names the session it touches. */
export type Recipe = () => Promise<{ sessionId: string; call: Call; refused: Call }>;

type Api = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers and SQL rows
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers and SQL rows
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
};

export function sessionRecipes(server: () => Api, token: () => string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the recipes read a few fields of untyped GraphQL answers
  async function ok<T = any>(query: string, variables: Record<string, unknown>, tok = token()): Promise<T> {
    const r = await server().gql<T>(query, variables, tok);
    expect(r.errors, `${query}: ${JSON.stringify(r.errors)}`).toBeUndefined();
    return r.data as T;
  }

  const versionOf = async (sessionId: string) => (await server().sql<{ version: number }>("SELECT version FROM council_session WHERE id = $1", [sessionId]))[0].version;
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

  /** A new committee with one meeting scheduled, one item on its agenda. */
  async function committeeMeeting(): Promise<{ committeeId: string; sessionId: string; itemId: string }> {
    const committeeId = (await ok("mutation($i: CommitteeInput!) { createCommittee(input: $i) { id } }",
      { i: { name: `Komisioni i provës ${Math.random().toString(36).slice(2, 8)}`, seats: 3 } })).createCommittee.id;
    const sessionId = (await ok("mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }",
      { i: { title: "Mbledhja e komisionit", scheduledAt: new Date(Date.now() + 4 * 86400_000).toISOString(), bodyId: committeeId } })).createSession.id;
    const itemId = (await ok("mutation($i: AgendaItemInput!) { addAgendaItem(input: $i) { id } }", { i: { sessionId, title: "Shqyrtimi" } })).addAgendaItem.id;
    return { committeeId, sessionId, itemId };
  }

  /** A seated councillor who is not a member of the committee. */
  async function councillorOutside(committeeId: string): Promise<string> {
    const [{ id }] = await server().sql<{ id: string }>(
      `SELECT c.id FROM councillor c WHERE c.active AND NOT EXISTS (SELECT 1 FROM committee_membership m WHERE m.body_id = $1 AND m.councillor_id = c.id)
       ORDER BY c.full_name LIMIT 1`, [committeeId]);
    return id;
  }

  async function floorRequest(agendaItemId: string, councillorId: string): Promise<string> {
    return (await ok("mutation($i: FloorRequestInput!) { requestFloor(input: $i) { id } }", { i: { agendaItemId, kind: "CONTRIBUTION", councillorId } })).requestFloor.id;
  }

  async function initiative(leadSponsorId: string): Promise<string> {
    return (await ok("mutation($i: InitiativeInput!) { submitInitiative(input: $i) { id } }",
      { i: { title: "Nismë prove", kind: "MOTION", leadSponsorId } })).submitInitiative.id;
  }

  /** A meeting document on the session, written in SQL (uploads go over HTTP, test/api/packages.test.ts): a one-byte CSV. */
  async function meetingDocument(sessionId: string): Promise<string> {
    const [{ id: userId }] = await server().sql<{ id: string }>("SELECT id FROM app_user WHERE username = 'sekretaria'");
    const [{ id }] = await server().sql<{ id: string }>(
      "INSERT INTO meeting_document (session_id, kind, title, created_by) VALUES ($1, 'AGENDA', 'Rendi i ditës', $2) RETURNING id", [sessionId, userId]);
    await server().sql(
      `INSERT INTO meeting_document_version (document_id, version, file_name, media_type, size_bytes, sha256, uploaded_by)
       VALUES ($1, 1, 'rendi.csv', 'text/csv', 1, repeat('0', 64), $2)`, [id, userId]);
    await server().sql("INSERT INTO meeting_document_file (document_id, version, bytes) VALUES ($1, 1, 'a')", [id]);
    return id;
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
    renameMeetingDocument: async () => {
      const s = await session("SCHEDULED");
      const documentId = await meetingDocument(s.sessionId);
      return { sessionId: s.sessionId, call: { vars: { input: { documentId, title: "Rendi i ditës (i ndryshuar)" } } }, refused: { vars: { input: { documentId, title: "" } } } };
    },
    withdrawMeetingDocument: async () => {
      const s = await session("SCHEDULED");
      const documentId = await meetingDocument(s.sessionId);
      return { sessionId: s.sessionId, call: { vars: { input: { documentId, reason: "Skedar i gabuar" } } }, refused: { vars: { input: { documentId, reason: "Sërish" } } } }; // already withdrawn
    },
    // A committee's membership decides who sits in its meetings still to be held: each of them is bumped.
    addCommitteeMember: async () => {
      const c = await committeeMeeting();
      const councillorId = await councillorOutside(c.committeeId);
      const member = { committeeId: c.committeeId, councillorId, role: "MEMBER", joinedOn: "2026-01-01" };
      return { sessionId: c.sessionId, call: { vars: { input: member } }, refused: { vars: { input: { ...member, joinedOn: "2026-02-01" } } } }; // overlaps the first
    },
    endCommitteeMembership: async () => {
      const c = await committeeMeeting();
      const councillorId = await councillorOutside(c.committeeId);
      const membershipId = (await ok("mutation($i: CommitteeMemberInput!) { addCommitteeMember(input: $i) { id } }",
        { i: { committeeId: c.committeeId, councillorId, role: "MEMBER", joinedOn: "2026-01-01" } })).addCommitteeMember.id;
      return { sessionId: c.sessionId, call: { vars: { membershipId, leftOn: "2026-06-30" } }, refused: { vars: { membershipId, leftOn: "2025-12-31" } } }; // before it began
    },
    recordCommitteeOpinion: async () => {
      const s = await session("SCHEDULED", 1);
      const c = await committeeMeeting();
      const opinion = { agendaItemId: s.itemIds[0], committeeId: c.committeeId, opinion: "FAVOURABLE", text: "Komisioni e miratoi projektvendimin." };
      return { sessionId: s.sessionId, call: { vars: { input: opinion } }, refused: { vars: { input: { ...opinion, agendaItemId: c.itemId } } } }; // a committee's own item
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

  return { ok, versionOf, versionsOf, session, floorRequest, initiative, TOUCHES_A_SESSION };
}
