import type { DataSource, EntityManager } from "typeorm";
import { type AuditActor, type AuditEntry, recordAudit } from "./audit/record.js";
import { transaction } from "./db/transaction.js";
import { conflict } from "./errors.js";
import { type ChangeEvent, notifyChange } from "./realtime/events.js";

/**
 * What a command's work answers: its result, and the audit entries of what it
 * changed. No entries means nothing changed (e.g. recording a status a councillor
 * already has): then nothing is bumped, recorded or announced.
 */
export type Change<R> = { result: R; audit: readonly AuditEntry[] };

export const changed = <R>(result: R, ...audit: AuditEntry[]): Change<R> => ({ result, audit });
export const unchanged = <R>(result: R): Change<R> => ({ result, audit: [] });

/**
 * An aggregate a command changes as a whole (a session, a service request, an
 * initiative): how to lock it, its version, how to bump it and whom to tell.
 */
export type Aggregate<T> = {
  /** Locks the aggregate's row(s) for the rest of the transaction; always the first thing a command does. */
  lock: (tx: EntityManager) => Promise<T>;
  /** The version the caller saw, if it sent one; a different current version is refused. */
  expectedVersion?: number | null;
  version: (target: T) => number;
  stale: string; // the refusal's message for a stale view
  /** Adds one to the aggregate's version (once per command that changed it). */
  bump: (tx: EntityManager, target: T) => Promise<void>;
  /** Who hears of the change, at commit. */
  notify: (target: T) => ChangeEvent[];
};

/**
 * The write path, in one place: one READ COMMITTED transaction that
 * 1. locks the aggregate, 2. checks `expectedVersion`, 3. runs the change,
 * 4. bumps the version exactly once, 5. writes the audit event(s), last, because
 * the audit chain's lock is held from the first event until commit, and
 * 6. sends the notification, which PostgreSQL delivers only if the transaction commits.
 * A refusal thrown anywhere rolls everything back.
 */
export async function aggregateCommand<T, R>(
  ds: DataSource, actor: AuditActor, aggregate: Aggregate<T>,
  work: (tx: EntityManager, target: T) => Promise<Change<R>>,
): Promise<R> {
  return transaction(ds, async (tx) => {
    const target = await aggregate.lock(tx);
    const expected = aggregate.expectedVersion;
    if (expected !== null && expected !== undefined && aggregate.version(target) !== expected) throw conflict(aggregate.stale);
    const change = await work(tx, target);
    if (change.audit.length === 0) return change.result;
    await aggregate.bump(tx, target);
    for (const entry of change.audit) await recordAudit(tx, actor, entry);
    for (const event of aggregate.notify(target)) await notifyChange(tx, event);
    return change.result;
  });
}
