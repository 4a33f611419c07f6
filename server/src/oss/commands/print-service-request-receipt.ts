import type { Actor } from "../../auth/tokens.js";
import { recordAudit } from "../../platform/audit/record.js";
import { transaction } from "../../platform/db/transaction.js";
import { issueReceipt, type Receipt, ReceiptKind, renewReceiptCode } from "../../platform/receipts.js";
import { lockRequest, type OssDeps } from "../command.js";

/**
 * The counter's receipt for a request (issue 16 point 6): its reference and a secret code, to follow it on
 * /ndiq. The first print issues the receipt; a reprint (the citizen lost it) issues a new code and the old one
 * stops working. The request itself does not change (no version bump): the receipt is its own row. Audited
 * with the reference only: the code is never stored nor logged, only its hash.
 */
export async function printServiceRequestReceipt(deps: OssDeps, actor: Actor, id: string): Promise<Receipt> {
  return transaction(deps.ds, async (tx) => {
    const r = await lockRequest(tx, id); // one print at a time per request: two first prints cannot both issue
    const renewed = await renewReceiptCode(tx, ReceiptKind.SERVICE_REQUEST, r.id);
    const receipt = renewed ?? await issueReceipt(tx, ReceiptKind.SERVICE_REQUEST, r.id, r.received_at);
    await recordAudit(tx, actor, {
      action: "printServiceRequestReceipt", subjectType: "service_request", subjectId: r.id,
      after: { reference: receipt.reference, reprint: renewed !== null },
    });
    return receipt;
  });
}
