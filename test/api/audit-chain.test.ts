import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain, verifyFrom } from "../../server/src/platform/audit/verify.js";
import { startTestServer, type TestServer } from "../support/server.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HEAD = "{ auditHead { eventId hash events verifiedAt ok firstBrokenEventId reason } }";

/** `npm run audit:verify` against a database, as an operator would run it. */
function auditVerifyCli(databaseUrl: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile("npm", ["run", "--silent", "audit:verify"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 30_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 2) : 0, output: stdout + stderr }));
  });
}

describe("the tamper-evident record", () => {
  let t: TestServer;
  let sec: string;
  let councillors: string[];
  const verify = () => verifyAuditChain(t.server.services.ds);
  /** A malicious DBA: a change made directly in PostgreSQL with a guarding trigger switched off. */
  const asDba = (table: string, trigger: string, statement: string) =>
    t.sql(`BEGIN; ALTER TABLE ${table} DISABLE TRIGGER ${trigger}; ${statement}; ALTER TABLE ${table} ENABLE TRIGGER ${trigger}; COMMIT`);

  // Filled by the run of real mutations, used by the tampering tests.
  let openVoteId: string;
  let closedVoteId: string;
  let declarationId: string;

  beforeAll(async () => {
    t = await startTestServer({ slaTickMs: null }); // no One Stop Shop clock events appended behind the tests' back
    sec = await t.login("sekretaria");
    const r = await t.gql<{ councillors: { id: string; active: boolean }[] }>("{ councillors { id active } }");
    councillors = r.data!.councillors.filter((c) => c.active).map((c) => c.id);
  });
  afterAll(() => t?.stop());

  it("verifies on a fresh demo database, and auditHead says so to the public", async () => {
    const v = await verify();
    console.log(`demo chain: ${v.events} events, ${JSON.stringify(v.records)}, verified in ${v.tookMs} ms`);
    expect(v).toMatchObject({ ok: true, firstBroken: null });
    // The demo's loadDemoData event and one attestRecord event per ballot, declaration and closed vote it wrote with SQL.
    expect(v.events).toBe(1 + v.records.ballots + v.records.declarations + v.records.closedVotes);
    expect(v.records.ballots).toBeGreaterThan(200);
    const head = (await t.gql(HEAD)).data.auditHead;
    expect(head).toMatchObject({ ok: true, eventId: v.head!.id, hash: v.head!.hash, events: v.events, firstBrokenEventId: null, reason: null });
    expect(head.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("still verifies after a run of real mutations, with 20 ballots cast in parallel over two sessions", async () => {
    const before = await verify();
    const gql = async (q: string, v: Record<string, unknown>) => {
      const r = await t.gql(q, v, sec);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data;
    };
    const sessions: { sessionId: string; itemIds: string[]; voteId: string }[] = [];
    for (const title of ["Mbledhja A", "Mbledhja B"]) {
      const sessionId = (await gql("mutation($i: CreateSessionInput!) { createSession(input: $i) { id } }",
        { i: { title, scheduledAt: new Date(Date.now() + 8 * 86400_000).toISOString() } })).createSession.id;
      const itemIds: string[] = [];
      for (const p of [1, 2]) itemIds.push((await gql("mutation($i: AgendaItemInput!) { addAgendaItem(input: $i) { id } }", { i: { sessionId, title: `Pika ${p}` } })).addAgendaItem.id);
      await gql("mutation($id: ID!) { startSession(sessionId: $id) { id } }", { id: sessionId });
      await gql("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { id } }", { i: { sessionId, councillorIds: councillors.slice(0, 30), status: "PRESENT" } });
      await gql("mutation($id: ID!) { startAgendaItem(agendaItemId: $id) { id } }", { id: itemIds[0] });
      const voteId = (await gql("mutation($i: OpenVoteInput!) { openVote(input: $i) { id } }", { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } })).openVote.id;
      sessions.push({ sessionId, itemIds, voteId });
    }
    const [a, b] = sessions;
    const ballot = "mutation($i: BallotInput!) { castBallot(input: $i) { id } }";
    // Two sessions' votes take ballots at the same time: their audit events race for the end of the chain.
    await Promise.all(councillors.slice(0, 20).map((councillorId, k) =>
      gql(ballot, { i: { voteId: k % 2 ? b.voteId : a.voteId, councillorId, choice: k % 3 ? "FOR" : "AGAINST" } })));
    await Promise.all([
      gql(ballot, { i: { voteId: a.voteId, councillorId: councillors[0], choice: "ABSTAIN" } }), // a change of mind
      gql(ballot, { i: { voteId: b.voteId, councillorId: councillors[1], choice: "ABSTAIN" } }),
      gql("mutation($i: AttendanceInput!) { recordAttendance(input: $i) { id } }", { i: { sessionId: b.sessionId, councillorId: councillors[29], status: "ABSENT" } }),
    ]);
    // A recusal during the vote removes the councillor's ballot; a declaration on another item does not.
    const recusal = await gql("mutation($i: DeclarationInput!) { fileDeclaration(input: $i) { id } }",
      { i: { agendaItemId: a.itemIds[0], councillorId: councillors[2], interestType: "FINANCIAL", description: "Aksione në shoqërinë kontraktuese.", recused: true } });
    declarationId = (await gql("mutation($i: DeclarationInput!) { fileDeclaration(input: $i) { id } }",
      { i: { agendaItemId: b.itemIds[1], councillorId: councillors[3], interestType: "FAMILY", description: "Vëllai im punon në ndërmarrje.", recused: false } })).fileDeclaration.id;
    await gql("mutation($id: ID!) { closeVote(voteId: $id) { id } }", { id: a.voteId });
    openVoteId = b.voteId;
    closedVoteId = a.voteId;

    const [removed] = await t.sql("SELECT count(*)::int AS n FROM ballot_removal WHERE declaration_id = $1", [recusal.fileDeclaration.id]);
    expect(removed.n).toBe(1);
    const v = await verify();
    expect(v, v.firstBroken?.reason).toMatchObject({ ok: true, firstBroken: null });
    expect(v.events).toBeGreaterThan(before.events + 20 + 2 + 60);
    // Events are numbered in chain order, whatever order the transactions began in.
    const links = await t.sql("SELECT count(*)::int AS n FROM audit_event e JOIN audit_event p ON p.hash = e.prev_hash WHERE p.id > e.id");
    expect(links[0].n).toBe(0);
    expect((await t.gql(HEAD)).data.auditHead).toMatchObject({ ok: true, events: v.events, eventId: v.head!.id });
  });

  it("reports an audit event edited in PostgreSQL as broken at exactly that event, and npm run audit:verify exits 1", async () => {
    const [event] = await t.sql("SELECT id::text AS id, after::text AS after, hash FROM audit_event WHERE action = 'castBallot' AND after->>'choice' = 'FOR' ORDER BY id LIMIT 1");
    const [{ n: upTo }] = await t.sql("SELECT count(*)::int AS n FROM audit_event WHERE id <= $1", [event.id]);
    const good = await auditVerifyCli(t.databaseUrl);
    expect(good.code, good.output).toBe(0);
    expect(good.output).toContain("INTACT");

    await asDba("audit_event", "audit_event_append_only", `UPDATE audit_event SET after = jsonb_set(after, '{choice}', '"AGAINST"') WHERE id = ${event.id}`);
    const v = await verify();
    expect(v.ok).toBe(false);
    expect(v.firstBroken).toEqual({ id: event.id, reason: `event #${event.id} was changed after it was written: its content no longer matches its hash` });
    expect(v.events).toBe(upTo);
    expect((await t.gql(HEAD)).data.auditHead).toMatchObject({ ok: false, firstBrokenEventId: event.id, events: upTo });
    const bad = await auditVerifyCli(t.databaseUrl);
    expect(bad.code, bad.output).toBe(1);
    expect(bad.output).toContain(`event #${event.id}`);

    // Recomputing the edited event's own hash moves the break to the link after it.
    await asDba("audit_event", "audit_event_append_only", `UPDATE audit_event e SET hash = audit_event_hash(e.prev_hash, e) WHERE id = ${event.id}`);
    const [next] = await t.sql("SELECT id::text AS id FROM audit_event WHERE id > $1 ORDER BY id LIMIT 1", [event.id]);
    const rehashed = await verify();
    expect(rehashed.firstBroken?.id).toBe(next.id);
    expect(rehashed.firstBroken?.reason).toContain(`does not follow event #${event.id}`);

    // Put it back as it was: intact again.
    await asDba("audit_event", "audit_event_append_only", `UPDATE audit_event SET after = '${event.after.replace(/'/g, "''")}'::jsonb, hash = '${event.hash}' WHERE id = ${event.id}`);
    expect((await verify()).ok).toBe(true);
    expect((await t.gql(HEAD)).data.auditHead.ok).toBe(true);
  });

  it("resumes from the last intact position, and verifies everything again once a verified event is touched", async () => {
    const first = await verifyFrom(t.server.services.ds);
    const again = await verifyFrom(t.server.services.ds, { last: first.checkpoint, resume: true });
    expect(again).toMatchObject({ resumed: true, result: { ok: true, events: first.result.events } });
    const [event] = await t.sql("SELECT id::text AS id FROM audit_event ORDER BY id LIMIT 1 OFFSET 10");
    // Even an UPDATE that changes nothing leaves a new row version: the verified position no longer holds.
    await asDba("audit_event", "audit_event_append_only", `UPDATE audit_event SET action = action WHERE id = ${event.id}`);
    const after = await verifyFrom(t.server.services.ds, { last: again.checkpoint, resume: true });
    expect(after).toMatchObject({ resumed: false, result: { ok: true, events: first.result.events } });
  });

  it("auditHead notices a chain cut at its end, which on its own is still well-formed", async () => {
    await t.sql("INSERT INTO audit_event (action, subject_type) VALUES ('note', 'test')");
    const seen = (await t.gql(HEAD)).data.auditHead;
    const [row] = await t.sql("SELECT id::text AS id, at::text AS at, prev_hash, hash FROM audit_event WHERE id = $1", [seen.eventId]);
    await asDba("audit_event", "audit_event_append_only", `DELETE FROM audit_event WHERE id = ${row.id}`);
    expect((await verify()).ok).toBe(true); // no memory: a shorter chain verifies
    expect((await t.gql(HEAD)).data.auditHead).toMatchObject({
      ok: false, firstBrokenEventId: row.id, reason: `event #${row.id}, verified earlier as the head of the chain, is gone: events were removed from its end`,
    });
    await asDba("audit_event", "audit_event_chain",
      `INSERT INTO audit_event (id, at, action, subject_type, prev_hash, hash) VALUES (${row.id}, '${row.at}', 'note', 'test', '${row.prev_hash}', '${row.hash}')`);
    expect((await t.gql(HEAD)).data.auditHead).toMatchObject({ ok: true, eventId: row.id, hash: row.hash });
  });

  it("names a ballot edited, deleted or added in place", async () => {
    const [cast] = await t.sql(
      `SELECT b.councillor_id, b.choice, b.cast_at::text AS cast_at, b.cast_by, (SELECT max(id)::text FROM audit_event WHERE subject_type = 'ballot' AND subject_id = b.vote_id || '/' || b.councillor_id) AS event_id
       FROM ballot b WHERE vote_id = $1 AND choice = 'FOR' LIMIT 1`, [openVoteId]);
    const subject = `${openVoteId}/${cast.councillor_id}`;
    // The vote is open, so the ballot table's own trigger lets an UPDATE through: only the chain notices.
    await t.sql("UPDATE ballot SET choice = 'AGAINST' WHERE vote_id = $1 AND councillor_id = $2", [openVoteId, cast.councillor_id]);
    let v = await verify();
    expect(v.ok).toBe(false);
    expect(v.firstBroken).toEqual({ id: cast.event_id, reason: `ballot ${subject} was changed in place: it differs from what event #${cast.event_id} recorded (choice "FOR" → "AGAINST")` });
    expect((await t.gql(HEAD)).data.auditHead).toMatchObject({ ok: false, firstBrokenEventId: cast.event_id });
    await t.sql("UPDATE ballot SET choice = 'FOR' WHERE vote_id = $1 AND councillor_id = $2", [openVoteId, cast.councillor_id]);
    expect((await verify()).ok).toBe(true);

    await t.sql("DELETE FROM ballot WHERE vote_id = $1 AND councillor_id = $2", [openVoteId, cast.councillor_id]);
    v = await verify();
    expect(v.firstBroken).toEqual({ id: cast.event_id, reason: `ballot ${subject} is missing: event #${cast.event_id} recorded it and no later event removed it` });
    await t.sql("INSERT INTO ballot (vote_id, councillor_id, choice, cast_at, cast_by) VALUES ($1, $2, $3, $4::timestamptz, $5)", [openVoteId, cast.councillor_id, cast.choice, cast.cast_at, cast.cast_by]);
    expect((await verify()).ok).toBe(true);

    const [voter] = await t.sql(
      `SELECT a.councillor_id FROM attendance a JOIN vote v ON v.session_id = a.session_id WHERE v.id = $1 AND a.status = 'PRESENT'
         AND NOT EXISTS (SELECT 1 FROM ballot b WHERE b.vote_id = v.id AND b.councillor_id = a.councillor_id) LIMIT 1`, [openVoteId]);
    await t.sql("INSERT INTO ballot (vote_id, councillor_id, choice) VALUES ($1, $2, 'FOR')", [openVoteId, voter.councillor_id]);
    v = await verify();
    expect(v.firstBroken).toEqual({ id: null, reason: `ballot ${openVoteId}/${voter.councillor_id} has no audit event: it was written outside Kuvend's commands` });
    expect((await t.gql(HEAD)).data.auditHead).toMatchObject({ ok: false, firstBrokenEventId: null });
    await t.sql("DELETE FROM ballot WHERE vote_id = $1 AND councillor_id = $2", [openVoteId, voter.councillor_id]);
    expect((await verify()).ok).toBe(true);
  });

  it("names a declaration rewritten with its append-only trigger disabled, and a closed vote's changed tally", async () => {
    const [filed] = await t.sql("SELECT id::text AS id FROM audit_event WHERE subject_type = 'declaration' AND subject_id = $1", [declarationId]);
    await asDba("declaration", "declaration_append_only", `UPDATE declaration SET recused = true WHERE id = '${declarationId}'`);
    let v = await verify();
    expect(v.firstBroken).toEqual({ id: filed.id, reason: `declaration ${declarationId} was changed in place: it differs from what event #${filed.id} recorded (recused false → true)` });
    await asDba("declaration", "declaration_append_only", `UPDATE declaration SET recused = false WHERE id = '${declarationId}'`);
    expect((await verify()).ok).toBe(true);

    const [closed] = await t.sql("SELECT id::text AS id FROM audit_event WHERE action = 'closeVote' AND subject_id = $1", [closedVoteId]);
    await asDba("vote", "vote_final_once_closed", `UPDATE vote SET for_count = for_count + 1, not_voted_count = not_voted_count - 1 WHERE id = '${closedVoteId}'`);
    v = await verify();
    expect(v.firstBroken?.id).toBe(closed.id);
    expect(v.firstBroken?.reason).toMatch(new RegExp(`^closed vote ${closedVoteId} was changed in place: .*tally`));
    await asDba("vote", "vote_final_once_closed", `UPDATE vote SET for_count = for_count - 1, not_voted_count = not_voted_count + 1 WHERE id = '${closedVoteId}'`);
    expect((await verify()).ok).toBe(true);
  });

  it("refuses to append an event from a REPEATABLE READ transaction, which could fork the chain", async () => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
      await expect(client.query("INSERT INTO audit_event (action, subject_type) VALUES ('x', 'y')")).rejects.toThrow(/READ COMMITTED/);
      await client.query("ROLLBACK");
    } finally {
      await client.end();
    }
  });
});
