import type { DataSource } from "typeorm";
import { recordAudit } from "../../platform/audit/record.js";
import { transaction } from "../../platform/db/transaction.js";
import { notFoundWith } from "../../platform/errors.js";
import type { AlertSubscriptionState } from "../model.js";
import { stateOf, subscriptionRow } from "../queries.js";

/**
 * One click ends a subscription (RFC 8058 from a mail client, or the link in every message): no more
 * mail, and the address is erased from the row (the audit record keeps only its hash). Again: no change.
 */
export async function unsubscribe(ds: DataSource, subscriptionId: string): Promise<AlertSubscriptionState> {
  return transaction(ds, async (tx) => {
    const row = await subscriptionRow(tx, subscriptionId, true);
    if (!row) throw notFoundWith("This unsubscribe link is no longer valid (the subscription was never confirmed, or is gone).");
    if (row.unsubscribed_at) return stateOf(row);
    await tx.query("UPDATE alert_subscription SET unsubscribed_at = clock_timestamp(), email = NULL WHERE id = $1", [row.id]);
    await recordAudit(tx, null, { action: "unsubscribeFromAlerts", subjectType: "alertSubscription", subjectId: row.id, after: { emailSha256: row.email_sha256, unsubscribed: true } });
    return { ...stateOf(row), unsubscribed: true };
  });
}
