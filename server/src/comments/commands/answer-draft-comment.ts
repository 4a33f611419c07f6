import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { commentCommand } from "../command.js";
import { answerRefusal, type CommentOutcome } from "../rules.js";

export type AnswerDraftCommentProps = { id: string; outcome: CommentOutcome; reason: string; expectedVersion?: number | null };

/**
 * Answers a published comment with how the council handled it (accepted, partly accepted, not accepted) and
 * why: the "report how each comment was handled" of the e-Council plan. Once; never on a pending or rejected one.
 * The answer is public (it is the council's, not the citizen's); the audit keeps the outcome and the text's length.
 */
export async function answerDraftComment(ds: DataSource, actor: Actor, now: Date, props: AnswerDraftCommentProps): Promise<string> {
  return commentCommand(ds, actor, props, async (tx, c) => {
    const refusal = answerRefusal(c.status, c.outcome !== null);
    if (refusal) throw conflict(refusal);
    await tx.query("UPDATE draft_comment SET outcome = $2, answer = $3, answered_at = $4, answered_by = $5 WHERE id = $1",
      [c.id, props.outcome, props.reason, now, actor.userId]);
    return changed(c.id, {
      action: "answerDraftComment", subjectType: "draft_comment", subjectId: c.id,
      after: { outcome: props.outcome, reasonLength: props.reason.length, agendaItemId: c.agenda_item_id },
    });
  });
}
