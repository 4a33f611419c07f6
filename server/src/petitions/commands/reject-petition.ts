import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { petitionCommand } from "../command.js";
import { PetitionStatus } from "../model.js";

/**
 * RECEIVED or UNDER_REVIEW → REJECTED: inadmissible (not a matter of the council, no petitioner to answer,
 * a duplicate…), with the reason, which is public. A rejection ends the review: past the 60 days it is late.
 */
export async function rejectPetition(ds: DataSource, actor: Actor, now: Date, props: { id: string; reason: string; expectedVersion: number | null }): Promise<void> {
  await petitionCommand(ds, actor, { id: props.id, expectedVersion: props.expectedVersion, move: "reject" }, async (tx, p) => {
    await tx.query("UPDATE petition SET status = 'REJECTED', rejected_at = $2, reject_reason = $3 WHERE id = $1", [p.id, now, props.reason]);
    return changed(undefined, {
      action: "rejectPetition", subjectType: "petition", subjectId: p.id,
      before: { status: p.status }, after: { status: PetitionStatus.REJECTED, rejectedAt: now, reasonLength: props.reason.length },
    });
  });
}
