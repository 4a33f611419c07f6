import type { DataSource, EntityManager } from "typeorm";
import type { Actor } from "../auth/tokens.js";
import { aggregateCommand, type Change } from "../platform/command.js";
import { isWellFormedId, notFound } from "../platform/errors.js";

/** A committee's row, locked, and its meetings not yet closed (their seated members follow its memberships). */
export type LockedCommittee = { id: string; name: string; functions: string | null; seats: number; version: number; openSessionIds: string[] };

export const STALE_COMMITTEE = "The committee has changed since you loaded it (someone else is editing it too): look at it again and retry.";

/** Locks the committee's body row (kind COMMITTEE) for the rest of the transaction. */
export async function lockCommittee(tx: EntityManager, committeeId: string): Promise<LockedCommittee> {
  if (!isWellFormedId(committeeId)) throw notFound("committee", committeeId);
  const found: Omit<LockedCommittee, "openSessionIds">[] = await tx.query(
    "SELECT id, name, functions, seats, version FROM body WHERE id = $1 AND kind = 'COMMITTEE' FOR UPDATE", [committeeId]);
  if (found.length === 0) throw notFound("committee", committeeId);
  const open: { id: string }[] = await tx.query("SELECT id FROM council_session WHERE body_id = $1 AND status <> 'CLOSED'", [committeeId]);
  return { ...found[0], openSessionIds: open.map((s) => s.id) };
}

/**
 * Every change to a committee (its name, functions, seats) or its memberships goes through here: the write
 * path of platform/command.ts with the committee's body row as the aggregate. A membership changes who is
 * seated in the committee's meetings not yet closed (session_seat), so their versions go up too and their
 * live subscribers hear of it.
 */
export async function committeeCommand<R>(
  ds: DataSource, actor: Actor, target: { committeeId: string; expectedVersion?: number | null } | { membershipId: string },
  work: (tx: EntityManager, committee: LockedCommittee) => Promise<Change<R>>,
): Promise<R> {
  return aggregateCommand(ds, actor, {
    lock: async (tx) => {
      if ("committeeId" in target) return lockCommittee(tx, target.committeeId);
      if (!isWellFormedId(target.membershipId)) throw notFound("committee membership", target.membershipId);
      const [m]: { body_id: string }[] = await tx.query("SELECT body_id FROM committee_membership WHERE id = $1", [target.membershipId]);
      if (!m) throw notFound("committee membership", target.membershipId);
      return lockCommittee(tx, m.body_id);
    },
    expectedVersion: "committeeId" in target ? target.expectedVersion : null,
    version: (c) => c.version,
    stale: STALE_COMMITTEE,
    bump: async (tx, c) => {
      await tx.query("UPDATE body SET version = version + 1 WHERE id = $1", [c.id]);
      if (c.openSessionIds.length > 0) await tx.query("UPDATE council_session SET version = version + 1 WHERE id = ANY($1::uuid[])", [c.openSessionIds]);
    },
    notify: (c) => c.openSessionIds.map((id) => ({ topic: "session" as const, id })),
  }, work);
}
