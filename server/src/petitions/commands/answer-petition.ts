import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { badInput, conflict } from "../../platform/errors.js";
import { petitionCommand } from "../command.js";
import { PetitionStatus } from "../model.js";

/**
 * DISCUSSED → ANSWERED: the petitioner was told the outcome in writing (Kaçanik plan: within 15 days of the
 * discussion). The answer's summary is public; its date may be earlier than today (sent by post), never
 * before the discussion nor in the future.
 */
export async function answerPetition(
  ds: DataSource, actor: Actor, now: Date, props: { id: string; summary: string; answeredAt: Date | null; expectedVersion: number | null },
): Promise<void> {
  const answeredAt = props.answeredAt ?? now;
  if (answeredAt.getTime() > now.getTime() + 60_000) throw badInput("answeredAt: the answer's date cannot be in the future.", { answeredAt: "in the future" });
  await petitionCommand(ds, actor, { id: props.id, expectedVersion: props.expectedVersion, move: "answer" }, async (tx, p) => {
    if (p.discussed_at && answeredAt < p.discussed_at) throw conflict("The answer's date is before the council discussed the petition: give the date the answer was sent.");
    await tx.query("UPDATE petition SET status = 'ANSWERED', answered_at = $2, answer_summary = $3 WHERE id = $1", [p.id, answeredAt, props.summary]);
    return changed(undefined, {
      action: "answerPetition", subjectType: "petition", subjectId: p.id,
      before: { status: p.status }, after: { status: PetitionStatus.ANSWERED, answeredAt, summaryLength: props.summary.length },
    });
  });
}
