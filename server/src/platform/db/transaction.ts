import { GraphQLError } from "graphql";
import type { DataSource, EntityManager } from "typeorm";
import { fromDatabaseError } from "../errors.js";

/**
 * Runs a command's work in one transaction. A refusal thrown inside rolls back
 * everything (no half-written change); a database constraint that still fires is
 * answered as the client's conflict rather than a server error.
 */
export async function transaction<T>(ds: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    let manager: EntityManager | null = null;
    const result = await ds.transaction("READ COMMITTED", (tx) => {
      manager = tx;
      return work(tx);
    });
    const epoch = manager ? epochs.get(manager) : undefined;
    if (epoch !== undefined) for (const hook of commitHooks.get(ds) ?? []) hook(epoch);
    return result;
  } catch (err) {
    if (err instanceof GraphQLError) throw err;
    const mapped = fromDatabaseError((err as { driverError?: unknown }).driverError ?? err);
    if (mapped) throw mapped;
    throw err;
  }
}

/** The newest audit event each open transaction wrote (recordAudit notes it). */
const epochs = new WeakMap<EntityManager, string>();
const commitHooks = new WeakMap<DataSource, Set<(epoch: string) => void>>();

/** Called by recordAudit: the transaction wrote audit event `id`. */
export function noteEpoch(tx: EntityManager, id: string): void {
  const before = epochs.get(tx);
  if (before === undefined || BigInt(id) > BigInt(before)) epochs.set(tx, id);
}

/**
 * Runs `hook` with the newest audit event's id right after a `transaction` on `ds` that wrote one
 * commits, before its caller goes on (so before a mutation answers): this instance knows of its own
 * change at once, without waiting for the database's notification of it.
 */
export function onCommit(ds: DataSource, hook: (epoch: string) => void): () => void {
  let hooks = commitHooks.get(ds);
  if (!hooks) commitHooks.set(ds, (hooks = new Set()));
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/**
 * Several reads that must describe one moment (a session's snapshot, an open-data file, the audit chain's
 * verification): one REPEATABLE READ READ ONLY transaction on one connection, whatever `work` reads.
 */
export async function readOnlySnapshot<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  const qr = ds.createQueryRunner("slave");
  try {
    await qr.connect();
    await qr.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const result = await work(qr.manager);
    await qr.query("COMMIT");
    return result;
  } catch (err) {
    await qr.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await qr.release();
  }
}
