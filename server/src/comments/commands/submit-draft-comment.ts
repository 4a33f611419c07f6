import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import type { Gender } from "../../council/councillor.js";
import { recordAudit } from "../../platform/audit/record.js";
import { transaction } from "../../platform/db/transaction.js";
import { badInput, conflict, notFound } from "../../platform/errors.js";
import { issueReceipt, type Receipt, ReceiptKind } from "../../platform/receipts.js";
import { draftRows, draftState } from "../queries.js";
import { CommentChannel, whyClosedForComment } from "../rules.js";

export type SubmitDraftCommentProps = {
  agendaItemId: string; authorName: string; email: string | null; gender: Gender | null; vulnerableGroup: boolean | null; text: string;
  /** PAPER: recorded by the secretariat (`actor`), received at `receivedAt`. */
  channel: CommentChannel; receivedAt: Date | null;
};

/**
 * Files a comment on an item's draft decision: online by anyone (no account: `actor` is null) or from paper by
 * the secretariat. The draft must be open for comment at the moment it was received (comments/rules.ts); the
 * item's session is locked FOR SHARE, so a vote opened at the same time comes strictly before or after. The
 * comment, its receipt and the audit event (ids and channel only, no personal data) commit together.
 */
export async function submitDraftComment(ds: DataSource, actor: Actor | null, now: Date, props: SubmitDraftCommentProps): Promise<{ commentId: string; receipt: Receipt }> {
  const receivedAt = props.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + 60_000) throw badInput("receivedAt: a comment cannot be received in the future.", { receivedAt: "in the future" });
  return transaction(ds, async (tx) => {
    const [item]: { session_id: string }[] = await tx.query("SELECT session_id FROM agenda_item WHERE id = $1", [props.agendaItemId]);
    if (!item) throw notFound("agenda item", props.agendaItemId);
    await tx.query("SELECT id FROM council_session WHERE id = $1 FOR SHARE", [item.session_id]);
    const [draft] = await draftRows(tx, [props.agendaItemId]);
    // Open now, and (for paper) open when the letter arrived.
    const why = whyClosedForComment(draftState(draft), now)
      ?? (props.channel === CommentChannel.PAPER ? whyClosedForComment(draftState(draft), receivedAt) : null);
    if (why) throw conflict(`"${draft.title}" is not open for comment: ${why}.`);
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO draft_comment (agenda_item_id, author_name, email, gender, vulnerable_group, body, channel, received_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [props.agendaItemId, props.authorName, props.email, props.gender, props.vulnerableGroup, props.text, props.channel, receivedAt,
        props.channel === CommentChannel.PAPER ? actor?.userId ?? null : null],
    );
    const receipt = await issueReceipt(tx, ReceiptKind.DRAFT_COMMENT, id, receivedAt);
    await recordAudit(tx, actor, {
      action: props.channel === CommentChannel.PAPER ? "recordPaperComment" : "submitDraftComment", subjectType: "draft_comment", subjectId: id,
      after: { agendaItemId: props.agendaItemId, channel: props.channel, receivedAt, reference: receipt.reference, textLength: props.text.length },
    });
    return { commentId: id, receipt };
  });
}
