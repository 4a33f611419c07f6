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
    return await ds.transaction("READ COMMITTED", work);
  } catch (err) {
    if (err instanceof GraphQLError) throw err;
    const mapped = fromDatabaseError((err as { driverError?: unknown }).driverError ?? err);
    if (mapped) throw mapped;
    throw err;
  }
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
