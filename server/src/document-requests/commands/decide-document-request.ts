import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { documentRequestCommand, type DocumentRequestDeps } from "../command.js";
import type { DocumentRequestOutcome } from "../model.js";
import { closedClock, requireDecidable } from "../rules.js";

export type DecideDocumentRequestProps = {
  id: string; expectedVersion?: number | null; outcome: DocumentRequestOutcome; answerNote: string | null;
  refusalReason: string | null; appealNotice: string | null; transferredTo: string | null;
};

/**
 * Answers the request and closes it: granted, partly granted, refused (with the legal reason and the notice
 * of the right of appeal) or transferred to the institution that holds the documents. Closing stops the
 * clock: MET when answered by the due moment, MISSED after it.
 */
export async function decideDocumentRequest(deps: DocumentRequestDeps, actor: Actor, props: DecideDocumentRequestProps): Promise<void> {
  await documentRequestCommand(deps, actor, props, async (tx, r) => {
    requireDecidable(r);
    const closedAt = deps.now();
    const clock = closedClock(closedAt, r.due_at);
    await tx.query(
      `UPDATE document_request SET status = 'CLOSED', closed_at = $2, outcome = $3, answer_note = $4, refusal_reason = $5, appeal_notice = $6,
         transferred_to = $7, sla_state = $8, next_check_at = NULL WHERE id = $1`,
      [r.id, closedAt, props.outcome, props.answerNote, props.refusalReason, props.appealNotice, props.transferredTo, clock.slaState]);
    return changed(undefined, {
      action: "decideDocumentRequest", subjectType: "document_request", subjectId: r.id,
      before: { status: r.status, slaState: r.sla_state }, after: { outcome: props.outcome, closedAt, slaState: clock.slaState },
    });
  });
}
