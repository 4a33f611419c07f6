import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { documentRequestCommand, type DocumentRequestDeps } from "../command.js";
import type { DocumentRequestExtensionReason } from "../model.js";
import { documentRequestDeadlines, openClock, requireExtendable } from "../rules.js";

/**
 * Extends the deadline, once, from 7 to 15 days after receipt (Kaçanik plan: the document is held outside the
 * municipality's bodies, or many documents are asked for), before the 7 days run out. The due and at-risk
 * moments, the SLA state and the clock's next check are recomputed together, so the clock goes on from there.
 */
export async function extendDocumentRequest(
  deps: DocumentRequestDeps, actor: Actor,
  props: { id: string; expectedVersion?: number | null; reason: DocumentRequestExtensionReason; note: string | null },
): Promise<void> {
  await documentRequestCommand(deps, actor, props, async (tx, r) => {
    const now = deps.now();
    requireExtendable({ status: r.status, extendedAt: r.extended_at, dueAt: r.due_at }, now);
    const d = documentRequestDeadlines(r.received_at, true, deps.calendar());
    const clock = openClock(now, d);
    await tx.query(
      `UPDATE document_request SET extended_at = $2, extension_reason = $3, extension_note = $4, due_at = $5, at_risk_at = $6, sla_state = $7, next_check_at = $8
       WHERE id = $1`, [r.id, now, props.reason, props.note, d.dueAt, d.atRiskAt, clock.slaState, clock.nextCheckAt]);
    return changed(undefined, {
      action: "extendDocumentRequest", subjectType: "document_request", subjectId: r.id,
      before: { dueAt: r.due_at, slaState: r.sla_state }, after: { reason: props.reason, dueAt: d.dueAt, slaState: clock.slaState },
    });
  });
}
