import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { commentCommand } from "../command.js";
import { CommentStatus, moderationRefusal, type RejectReason } from "../rules.js";

export type ModerateDraftCommentProps = { id: string; expectedVersion?: number | null } & (
  { decision: CommentStatus.PUBLISHED } | { decision: CommentStatus.REJECTED; reason: RejectReason });

/**
 * Moderates a pending comment, once: PUBLISHED (shown on the draft's page, with the name its author gave) or
 * REJECTED with a reason from the short list (offensive, personal data, off topic, duplicate). A second
 * moderation is refused (CONFLICT): moderation is final, as the consultation report counts it.
 */
export async function moderateDraftComment(ds: DataSource, actor: Actor, now: Date, props: ModerateDraftCommentProps): Promise<string> {
  return commentCommand(ds, actor, props, async (tx, c) => {
    const refusal = moderationRefusal(c.status);
    if (refusal) throw conflict(refusal);
    const reason = props.decision === CommentStatus.REJECTED ? props.reason : null;
    await tx.query("UPDATE draft_comment SET status = $2, reject_reason = $3, moderated_at = $4, moderated_by = $5 WHERE id = $1",
      [c.id, props.decision, reason, now, actor.userId]);
    return changed(c.id, {
      action: props.decision === CommentStatus.PUBLISHED ? "publishDraftComment" : "rejectDraftComment", subjectType: "draft_comment", subjectId: c.id,
      before: { status: c.status }, after: { status: props.decision, reason, agendaItemId: c.agenda_item_id },
    });
  });
}
