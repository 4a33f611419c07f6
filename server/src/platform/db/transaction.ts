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
