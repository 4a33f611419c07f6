import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { recordAudit } from "../../platform/audit/record.js";
import { transaction } from "../../platform/db/transaction.js";
import { conflict } from "../../platform/errors.js";

export type CommitteeProps = { name: string; functions: string | null; seats: number };

/**
 * Sets up a committee [komision] of the council: a body of kind COMMITTEE with its functions and seats.
 * There is no committee to lock yet, so the write is a plain transaction with its audit event.
 */
export async function createCommittee(ds: DataSource, actor: Actor, props: CommitteeProps): Promise<string> {
  return transaction(ds, async (tx) => {
    const same: unknown[] = await tx.query("SELECT 1 FROM body WHERE lower(name) = lower($1)", [props.name]);
    if (same.length > 0) throw conflict(`A body named "${props.name}" already exists: choose another name.`);
    const [{ id }]: { id: string }[] = await tx.query(
      "INSERT INTO body (name, kind, seats, functions) VALUES ($1, 'COMMITTEE', $2, $3) RETURNING id", [props.name, props.seats, props.functions]);
    await recordAudit(tx, actor, { action: "createCommittee", subjectType: "committee", subjectId: id, after: props });
    return id;
  });
}
