import type { DataSource, EntityManager } from "typeorm";
import type { Actor } from "../auth/tokens.js";
import { type Aggregate, aggregateCommand, type Change } from "../platform/command.js";
import { conflict, isWellFormedId, notFound } from "../platform/errors.js";
import type { PetitionStatus } from "./model.js";
import { MOVES, refusal } from "./rules.js";

export type LockedPetition = {
  id: string; status: PetitionStatus; received_at: Date; review_due_at: Date; discussed_at: Date | null; agenda_item_id: string | null; version: number;
};

/**
 * A change to one petition, on the write path of platform/command.ts: lock the petition, check
 * `expectedVersion` (a stale view of the secretariat is refused), check that the lifecycle allows the move
 * (rules.ts, a CONFLICT naming what to do instead), run the change, bump `petition.version` once, audit (ids,
 * statuses and dates only, never the petitioner's details). No live topic: the public pages read on request.
 */
export async function petitionCommand<R>(
  ds: DataSource, actor: Actor, target: { id: string; expectedVersion?: number | null; move: keyof typeof MOVES },
  work: (tx: EntityManager, petition: LockedPetition) => Promise<Change<R>>,
): Promise<R> {
  const aggregate: Aggregate<LockedPetition> = {
    async lock(tx) {
      if (!isWellFormedId(target.id)) throw notFound("petition", target.id);
      const [row]: LockedPetition[] = await tx.query(
        "SELECT id, status, received_at, review_due_at, discussed_at, agenda_item_id, version FROM petition WHERE id = $1 FOR UPDATE", [target.id]);
      if (!row) throw notFound("petition", target.id);
      return row;
    },
    expectedVersion: target.expectedVersion,
    version: (p) => p.version,
    stale: "This petition was changed by someone else since you loaded it: reload it and try again.",
    bump: async (tx, p) => { await tx.query("UPDATE petition SET version = version + 1 WHERE id = $1", [p.id]); },
    notify: () => [],
  };
  return aggregateCommand(ds, actor, aggregate, async (tx, p) => {
    const why = refusal(target.move, p.status);
    if (why) throw conflict(why);
    return work(tx, p);
  });
}
