import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed, unchanged } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { tiranaDate } from "../../platform/tirana-time.js";
import { committeeCommand } from "../command.js";
import type { CommitteeProps } from "./create-committee.js";

/**
 * Renames a committee, restates its functions or changes its seats. Seats never fall below the members it
 * has today or has appointed from a later date (its meetings count quorum against the seats). A meeting
 * already scheduled keeps the seats it was created with (docs/decisions.md, "Seats are fixed when the session is created").
 */
export async function updateCommittee(
  ds: DataSource, actor: Actor, props: CommitteeProps & { committeeId: string; expectedVersion?: number | null },
): Promise<string> {
  return committeeCommand(ds, actor, props, async (tx, c) => {
    const before = { name: c.name, functions: c.functions, seats: c.seats };
    const after = { name: props.name, functions: props.functions, seats: props.seats };
    if (before.name === after.name && before.functions === after.functions && before.seats === after.seats) return unchanged(c.id);
    if (after.name.toLowerCase() !== before.name.toLowerCase()) {
      const same: unknown[] = await tx.query("SELECT 1 FROM body WHERE lower(name) = lower($1) AND id <> $2", [after.name, c.id]);
      if (same.length > 0) throw conflict(`A body named "${after.name}" already exists: choose another name.`);
    }
    const [{ n }]: { n: number }[] = await tx.query(
      "SELECT count(*)::int AS n FROM committee_membership WHERE body_id = $1 AND (left_on IS NULL OR left_on >= $2::date)", [c.id, tiranaDate(new Date())]);
    if (after.seats < n) throw conflict(`The committee has ${n} members today or appointed: it cannot have fewer seats (${after.seats}); end memberships first.`);
    await tx.query("UPDATE body SET name = $2, functions = $3, seats = $4 WHERE id = $1", [c.id, after.name, after.functions, after.seats]);
    return changed(c.id, { action: "updateCommittee", subjectType: "committee", subjectId: c.id, before, after });
  });
}
