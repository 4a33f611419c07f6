import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";

/**
 * The hash chain over audit_event (migration 1764500000000-AuditChain). PostgreSQL
 * builds it when an event is inserted; this module holds what the rest of the
 * code needs to know about it: the hash rule, and the records that events of
 * ballots and declarations carry so the chain covers them.
 *
 *   hash = SHA-256(prev_hash ‖ audit_event_content(event)), as UTF-8 text, in hex;
 *   the first event's prev_hash is 64 zeros.
 */
export const GENESIS_HASH = "0".repeat(64);

/** The same rule as the database's audit_event_hash(), computed here so the verifier does not take the database's word for it. */
export function chainHash(prevHash: string, content: string): string {
  return createHash("sha256").update(prevHash + content, "utf8").digest("hex");
}

/** A record as its audit event carries it: the database's ballot_record(), declaration_record(), … (times as UTC text with microseconds). */
export type RecordJson = Record<string, string | number | boolean | null>;

/**
 * The ballot as the table now holds it, for the event that wrote it (`after.ballot`).
 * The verifier checks that every ballot still equals what its latest event says.
 */
export async function ballotRecord(tx: EntityManager, voteId: string, councillorId: string): Promise<RecordJson | null> {
  const rows: { record: RecordJson }[] = await tx.query(
    "SELECT ballot_record(b) AS record FROM ballot b WHERE vote_id = $1 AND councillor_id = $2", [voteId, councillorId]);
  return rows[0]?.record ?? null;
}

/** The declaration as filed, for its fileDeclaration event (`after.declaration`). */
export async function declarationRecord(tx: EntityManager, declarationId: string): Promise<RecordJson> {
  const [{ record }]: { record: RecordJson }[] = await tx.query(
    "SELECT declaration_record(d) AS record FROM declaration d WHERE id = $1", [declarationId]);
  return record;
}

/**
 * Appends one `attestRecord` event for every ballot, declaration, removed ballot
 * and closed vote that no event carries yet: records written with plain SQL (the
 * demo data) or before the chain existed (the migration calls it too). Each is
 * taken as it stands at that moment; from then on it is covered like any other.
 */
export async function attestUnrecordedRecords(tx: EntityManager): Promise<number> {
  const [{ n }] = await tx.query("SELECT audit_attest_unrecorded() AS n");
  return n as number;
}
