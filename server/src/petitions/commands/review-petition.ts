import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { PetitionStatus } from "../model.js";
import { petitionCommand } from "../command.js";

/** RECEIVED → UNDER_REVIEW: the secretariat (or the committee it sends it to) starts the review. */
export async function reviewPetition(ds: DataSource, actor: Actor, now: Date, props: { id: string; expectedVersion: number | null }): Promise<void> {
  await petitionCommand(ds, actor, { id: props.id, expectedVersion: props.expectedVersion, move: "review" }, async (tx, p) => {
    await tx.query("UPDATE petition SET status = 'UNDER_REVIEW', review_started_at = $2 WHERE id = $1", [p.id, now]);
    return changed(undefined, {
      action: "reviewPetition", subjectType: "petition", subjectId: p.id,
      before: { status: p.status }, after: { status: PetitionStatus.UNDER_REVIEW, reviewStartedAt: now },
    });
  });
}
