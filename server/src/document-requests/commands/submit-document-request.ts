import type { Actor } from "../../auth/tokens.js";
import { recordAudit } from "../../platform/audit/record.js";
import { transaction } from "../../platform/db/transaction.js";
import { badInput } from "../../platform/errors.js";
import { issueReceipt, type Receipt, ReceiptKind } from "../../platform/receipts.js";
import type { DocumentRequestDeps } from "../command.js";
import { DocumentRequestChannel } from "../model.js";
import { documentRequestDeadlines, openClock } from "../rules.js";

export type SubmitDocumentRequestProps = {
  requesterName: string; requesterEmail: string | null; requesterPhone: string | null; requesterAddress: string | null;
  documents: string; channel: DocumentRequestChannel; receivedAt: Date | null;
};

/**
 * Files a request for public documents, online (no account: `actor` null) or at the counter, and issues its
 * receipt in the same transaction. Its 7 days start at receipt (Kaçanik plan) and the deadline clock takes it
 * from there. The audit event names the channel and the deadline, never the requester.
 */
export async function submitDocumentRequest(deps: DocumentRequestDeps, actor: Actor | null, props: SubmitDocumentRequestProps): Promise<{ id: string; receipt: Receipt }> {
  const now = deps.now();
  const receivedAt = props.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + 60_000) throw badInput("receivedAt: a request cannot be received in the future.", { receivedAt: "in the future" });
  if (now.getTime() - receivedAt.getTime() > 30 * 86_400_000) throw badInput("receivedAt: a paper request may be back-dated by at most 30 days.", { receivedAt: "more than 30 days ago" });
  const d = documentRequestDeadlines(receivedAt, false, deps.calendar());
  const clock = openClock(now, d);
  return transaction(deps.ds, async (tx) => {
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO document_request (requester_name, requester_email, requester_phone, requester_address, documents, channel, received_at,
         due_at, at_risk_at, sla_state, next_check_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [props.requesterName, props.requesterEmail, props.requesterPhone, props.requesterAddress, props.documents, props.channel, receivedAt,
        d.dueAt, d.atRiskAt, clock.slaState, clock.nextCheckAt, actor?.userId ?? null]);
    const receipt = await issueReceipt(tx, ReceiptKind.DOCUMENT_REQUEST, id, receivedAt);
    await recordAudit(tx, actor, {
      action: "submitDocumentRequest", subjectType: "document_request", subjectId: id,
      after: { reference: receipt.reference, channel: props.channel, receivedAt, dueAt: d.dueAt, slaState: clock.slaState },
    });
    return { id, receipt };
  });
}
