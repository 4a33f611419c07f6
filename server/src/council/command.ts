import type { DataSource, EntityManager } from "typeorm";
import type { Actor } from "../auth/tokens.js";
import { type Aggregate, aggregateCommand, type Change } from "../platform/command.js";
import { isWellFormedId, notFound } from "../platform/errors.js";

/** The profile columns a command reads before it changes them (the audit's `before`). */
export type CouncillorProfileRow = {
  id: string; party: string | null; term_start: string | null; term_end: string | null; cv: string | null;
  email: string | null; email_published: boolean; phone: string | null; phone_published: boolean;
  photo_sha256: string | null; version: number;
};

/** Locks a councillor's row for the rest of the transaction. */
export async function lockCouncillor(tx: EntityManager, id: string): Promise<CouncillorProfileRow> {
  if (!isWellFormedId(id)) throw notFound("councillor", id);
  const [row]: CouncillorProfileRow[] = await tx.query(
    `SELECT id, party, term_start::text, term_end::text, cv, email, email_published, phone, phone_published, photo_sha256, version
     FROM councillor WHERE id = $1 FOR UPDATE`, [id]);
  if (!row) throw notFound("councillor", id);
  return row;
}

/**
 * A change to a councillor's profile (party, term, CV, contact, photo), on the write path of
 * platform/command.ts: lock the councillor, check `expectedVersion` (two secretaries editing one
 * profile), change, bump `councillor.version` once, audit. No session shows the profile beyond the
 * name and party, and the public read cache's epoch moves with the audit event, so nobody is notified.
 */
export async function councillorCommand<R>(
  ds: DataSource, actor: Actor, target: { councillorId: string; expectedVersion?: number | null },
  work: (tx: EntityManager, councillor: CouncillorProfileRow) => Promise<Change<R>>,
): Promise<R> {
  const aggregate: Aggregate<CouncillorProfileRow> = {
    lock: (tx) => lockCouncillor(tx, target.councillorId),
    expectedVersion: target.expectedVersion,
    version: (c) => c.version,
    stale: "This councillor's profile was changed by someone else since you loaded it: reload and try again.",
    bump: async (tx, c) => { await tx.query("UPDATE councillor SET version = version + 1 WHERE id = $1", [c.id]); },
    notify: () => [],
  };
  return aggregateCommand(ds, actor, aggregate, work);
}
