import type { DataSource, EntityManager } from "typeorm";
import { readOnlySnapshot } from "../db/transaction.js";
import { chainHash, GENESIS_HASH, type RecordJson } from "./chain.js";

/**
 * What a verification found. `events` counts the events checked (all of them when
 * the chain is intact; up to the first broken one otherwise). `head` is the last
 * event stored. `firstBroken` names the first broken link: an event (`id`), or a
 * record that no event accounts for (`id` null), with the reason in words.
 */
export type AuditVerification = {
  ok: boolean;
  events: number;
  head: { id: string; hash: string } | null;
  firstBroken: { id: string | null; reason: string } | null;
  records: { ballots: number; declarations: number; removedBallots: number; closedVotes: number };
  verifiedAt: Date;
  tookMs: number;
};

const BATCH = 5000;

/**
 * A verified position: the chain was intact up to event `id` (with `hash`), and
 * `fingerprint` summarises the physical identity of those rows (see rowsFingerprints).
 */
export type Checkpoint = { id: string; hash: string; events: number; fingerprint: string };

/**
 * Verifies the tamper-evident record, in one consistent read-only snapshot:
 *
 * 1. the chain: every event, in id order, names the previous event's hash, and
 *    its own hash is SHA-256(prev_hash ‖ content) recomputed here in Node from
 *    the canonical content text (audit_event_content, the trigger's definition);
 * 2. the records: every ballot, declaration, removed ballot and closed vote
 *    equals what the latest event that carries it recorded, and every record an
 *    event says exists does. A row edited, added or deleted in place, bypassing
 *    the commands, is named with the event it contradicts.
 *
 * The first broken link is reported; a broken chain is reported before records.
 */
export async function verifyAuditChain(ds: DataSource, options: { batchSize?: number } = {}): Promise<AuditVerification> {
  return (await verifyFrom(ds, { batchSize: options.batchSize })).result;
}

/**
 * The same verification, with what a running server remembers (`last`: the last
 * intact position it verified). It resumes after `last` when `resume` is set and
 * the events up to it are physically the rows verified then (same fingerprint):
 * only the events appended since are hashed. Otherwise (any of those rows
 * updated, deleted or inserted since) it verifies the whole chain. Either way,
 * `last` must still be in the chain (lostHead). Returns the new position when intact.
 */
export async function verifyFrom(
  ds: DataSource,
  options: { last?: Checkpoint | null; resume?: boolean; batchSize?: number } = {},
): Promise<{ result: AuditVerification; checkpoint: Checkpoint | null; resumed: boolean }> {
  const last = options.last ?? null;
  const started = performance.now();
  const verifiedAt = new Date();
  return readOnlySnapshot(ds, async (qr) => {
    const [head]: { id: string; hash: string }[] = await qr.query("SELECT e.id::text AS id, e.hash FROM audit_event e ORDER BY e.id DESC LIMIT 1");
    const fp = await rowsFingerprints(qr, last?.id ?? "-1", head?.id ?? "-1");
    const resume = options.resume && last && fp.upToFrom === last.fingerprint ? last : null;
    const chain = await verifyChain(qr, options.batchSize ?? BATCH, resume);
    const records = await countRecords(qr);
    const firstBroken = chain.broken ?? (await lostHead(qr, last)) ?? (await firstRecordMismatch(qr));
    const checkpoint = firstBroken === null && head ? { id: head.id, hash: head.hash, events: chain.events, fingerprint: fp.upToHead } : null;
    const result: AuditVerification = {
      ok: firstBroken === null,
      events: chain.events,
      head: head ? { id: head.id, hash: head.hash } : null,
      firstBroken,
      records,
      verifiedAt,
      tookMs: Math.round(performance.now() - started),
    };
    return { result, checkpoint, resumed: resume !== null };
  });
}

/**
 * Where and by which transaction each event was written, for the events up to
 * `from` and up to `head`: every UPDATE gives a row a new ctid and xmin, and a
 * DELETE or a late INSERT changes the set. It reads two system columns, not the
 * content (about 75 ms for 100,000 events against 1.5 s for a full
 * verification), so it tells cheaply whether verified events were touched
 * through SQL. VACUUM FULL or a restore change it too; that costs one full
 * verification, never a wrong answer.
 */
async function rowsFingerprints(qr: EntityManager, from: string, head: string): Promise<{ upToFrom: string; upToHead: string }> {
  const [r] = await qr.query(
    `SELECT md5(coalesce(string_agg(e.ctid::text || ':' || e.xmin::text, ',' ORDER BY e.id) FILTER (WHERE e.id <= $1), '')) AS "upToFrom",
            md5(coalesce(string_agg(e.ctid::text || ':' || e.xmin::text, ',' ORDER BY e.id), '')) AS "upToHead"
     FROM audit_event e WHERE e.id <= $2`, [from, head]);
  return r;
}

type Broken = { id: string | null; reason: string };

/**
 * A head verified earlier must still be in the chain with the same hash. A chain
 * cut at its end, or rewritten and re-hashed from some event on, is still a
 * well-formed chain; only someone who noted an earlier head can tell (the
 * running server does; so can anyone who noted auditHead).
 */
async function lostHead(qr: EntityManager, from: Checkpoint | null): Promise<Broken | null> {
  if (!from) return null;
  const [now]: { hash: string }[] = await qr.query("SELECT hash FROM audit_event WHERE id = $1", [from.id]);
  if (now?.hash === from.hash) return null;
  return {
    id: from.id,
    reason: now
      ? `event #${from.id}, verified earlier with hash ${from.hash}, has another hash now: the chain was rewritten from there on`
      : `event #${from.id}, verified earlier as the head of the chain, is gone: events were removed from its end`,
  };
}

async function verifyChain(qr: EntityManager, batchSize: number, from: Checkpoint | null): Promise<{ events: number; broken: Broken | null }> {
  let events = from?.events ?? 0;
  let after = from?.id ?? "-1";
  let previous: { id: string; hash: string } | null = from ? { id: from.id, hash: from.hash } : null;
  for (;;) {
    const rows: { id: string; prev_hash: string | null; hash: string | null; content: string }[] = await qr.query(
      `SELECT e.id::text AS id, e.prev_hash, e.hash, audit_event_content(e) AS content FROM audit_event e
       WHERE e.id > $1 ORDER BY e.id LIMIT $2`, [after, batchSize]);
    for (const row of rows) {
      events++;
      const expectedPrev = previous?.hash ?? GENESIS_HASH;
      if (row.prev_hash === null || row.hash === null) {
        return { events, broken: { id: row.id, reason: `event #${row.id} is not in the chain (it has no hash): it was written with the chain's trigger disabled` } };
      }
      if (row.prev_hash !== expectedPrev) {
        const reason = previous
          ? `event #${row.id} does not follow event #${previous.id}: its prev_hash is not #${previous.id}'s hash (an event between them was removed, or one was rewritten with a new hash)`
          : `the chain does not start at event #${row.id}: its prev_hash is not the genesis value (earlier events were removed, or its prev_hash was changed)`;
        return { events, broken: { id: row.id, reason } };
      }
      if (chainHash(row.prev_hash, row.content) !== row.hash) {
        return { events, broken: { id: row.id, reason: `event #${row.id} was changed after it was written: its content no longer matches its hash` } };
      }
      previous = { id: row.id, hash: row.hash };
    }
    if (rows.length < batchSize) return { events, broken: null };
    after = rows[rows.length - 1].id;
  }
}

/**
 * One per server process behind the public auditHead: callers that arrive while
 * a verification runs share its answer (whatever the request rate, verifications
 * run at most back to back, on one connection), and each verification resumes
 * from the last intact one (verifyFrom). The whole chain is verified again at
 * least every `fullEveryMs`, for changes made below SQL.
 */
export class AuditChainWatch {
  private checkpoint: Checkpoint | null = null;
  private fullAt = 0;
  private running: Promise<AuditVerification> | null = null;

  constructor(private readonly ds: DataSource, private readonly fullEveryMs = 10 * 60_000) {}

  verify(): Promise<AuditVerification> {
    this.running ??= this.run().finally(() => { this.running = null; });
    return this.running;
  }

  private async run(): Promise<AuditVerification> {
    const resume = Date.now() - this.fullAt < this.fullEveryMs;
    const { result, checkpoint, resumed } = await verifyFrom(this.ds, { last: this.checkpoint, resume });
    if (!resumed) this.fullAt = Date.now();
    // Keep the last intact position while broken: a cut chain stays reported until it is whole again.
    if (checkpoint) this.checkpoint = checkpoint;
    return result;
  }
}

async function countRecords(qr: EntityManager): Promise<AuditVerification["records"]> {
  const [r] = await qr.query(
    `SELECT (SELECT count(*)::int FROM ballot) AS ballots, (SELECT count(*)::int FROM declaration) AS declarations,
            (SELECT count(*)::int FROM ballot_removal) AS "removedBallots", (SELECT count(*)::int FROM vote WHERE status = 'CLOSED') AS "closedVotes"`);
  return r;
}

/**
 * Each record kind: the rows as the table holds them (`subject`, `actual`), and
 * the latest event that carries a record of that subject (`event_id`, `recorded`;
 * a recorded null means the event removed it). A full join finds both a changed
 * row and a row that is missing or has no event.
 */
const RECORD_CHECKS: { kind: string; sql: string }[] = [
  {
    kind: "ballot",
    sql: `WITH latest AS (
            SELECT DISTINCT ON (subject_id) id, subject_id, nullif(after -> 'ballot', 'null'::jsonb) AS recorded
            FROM audit_event WHERE subject_type = 'ballot' AND after ? 'ballot' ORDER BY subject_id, id DESC),
          actual AS (SELECT b.vote_id || '/' || b.councillor_id AS subject, ballot_record(b) AS actual FROM ballot b)`,
  },
  {
    kind: "declaration",
    sql: `WITH latest AS (
            SELECT DISTINCT ON (subject_id) id, subject_id, nullif(after -> 'declaration', 'null'::jsonb) AS recorded
            FROM audit_event WHERE subject_type = 'declaration' AND after ? 'declaration' ORDER BY subject_id, id DESC),
          actual AS (SELECT d.id::text AS subject, declaration_record(d) AS actual FROM declaration d)`,
  },
  {
    kind: "removed ballot",
    sql: `WITH latest AS (
            SELECT DISTINCT ON (after -> 'removal' ->> 'id') id, after -> 'removal' ->> 'id' AS subject_id, after -> 'removal' AS recorded
            FROM audit_event WHERE subject_type = 'ballot' AND after ? 'removal' ORDER BY after -> 'removal' ->> 'id', id DESC),
          actual AS (SELECT r.id::text AS subject, ballot_removal_record(r) AS actual FROM ballot_removal r)`,
  },
  {
    kind: "closed vote",
    sql: `WITH latest AS (
            SELECT DISTINCT ON (subject_id) id, subject_id, jsonb_build_object('tally', after -> 'tally', 'outcome', after -> 'outcome') AS recorded
            FROM audit_event WHERE subject_type = 'vote' AND after ? 'tally' ORDER BY subject_id, id DESC),
          actual AS (SELECT v.id::text AS subject, vote_result(v) AS actual FROM vote v WHERE v.status = 'CLOSED')`,
  },
];

async function firstRecordMismatch(qr: EntityManager): Promise<Broken | null> {
  const found: (Broken & { order: number })[] = [];
  for (const check of RECORD_CHECKS) {
    const rows: { event_id: string | null; subject: string; actual: RecordJson | null; recorded: RecordJson | null }[] = await qr.query(
      `${check.sql}
       SELECT l.id::text AS event_id, coalesce(a.subject, l.subject_id) AS subject, a.actual, l.recorded
       FROM actual a FULL JOIN latest l ON l.subject_id = a.subject
       WHERE a.actual IS DISTINCT FROM l.recorded
       ORDER BY l.id NULLS LAST, 2 LIMIT 1`);
    const m = rows[0];
    if (m) found.push({ id: m.event_id, reason: describe(check.kind, m), order: m.event_id === null ? Infinity : Number(m.event_id) });
  }
  found.sort((a, b) => a.order - b.order);
  return found[0] ? { id: found[0].id, reason: found[0].reason } : null;
}

function describe(kind: string, m: { event_id: string | null; subject: string; actual: RecordJson | null; recorded: RecordJson | null }): string {
  if (m.event_id === null) return `${kind} ${m.subject} has no audit event: it was written outside Kuvend's commands`;
  if (m.actual === null && m.recorded !== null) return `${kind} ${m.subject} is missing: event #${m.event_id} recorded it and no later event removed it`;
  if (m.actual !== null && m.recorded === null) return `${kind} ${m.subject} exists, but event #${m.event_id} recorded its removal`;
  const changed = Object.keys({ ...m.recorded, ...m.actual })
    .filter((k) => JSON.stringify(m.recorded?.[k]) !== JSON.stringify(m.actual?.[k]))
    .map((k) => `${k} ${JSON.stringify(m.recorded?.[k])} → ${JSON.stringify(m.actual?.[k])}`);
  return `${kind} ${m.subject} was changed in place: it differs from what event #${m.event_id} recorded (${changed.join(", ")})`;
}
