import type { DataSource } from "typeorm";
import { recordAudit } from "../../platform/audit/record.js";
import { transaction } from "../../platform/db/transaction.js";
import { conflict, notFoundWith } from "../../platform/errors.js";
import type { AlertSubscriptionState } from "../model.js";
import { stateOf, subscriptionRow } from "../queries.js";

/**
 * The confirmation link's one use (double opt-in): before its deadline, the subscription starts; alerts
 * are about what happens from now on. A second use changes nothing; after the deadline, or once
 * unsubscribed, the link no longer works.
 */
export async function confirmSubscription(ds: DataSource, subscriptionId: string): Promise<AlertSubscriptionState> {
  return transaction(ds, async (tx) => {
    const row = await subscriptionRow(tx, subscriptionId, true);
    if (!row || row.unsubscribed_at) throw notFoundWith("This confirmation link is no longer valid: subscribe again.");
    if (row.confirmed_at) return stateOf(row);
    if (row.confirm_by.getTime() < Date.now()) throw conflict("This confirmation link has expired: subscribe again.");
    await tx.query("UPDATE alert_subscription SET confirmed_at = clock_timestamp() WHERE id = $1", [row.id]);
    await recordAudit(tx, null, { action: "confirmAlertSubscription", subjectType: "alertSubscription", subjectId: row.id, after: { emailSha256: row.email_sha256, confirmed: true } });
    return { ...stateOf(row), confirmed: true };
  });
}
