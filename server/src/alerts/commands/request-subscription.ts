import type { DataSource } from "typeorm";
import { recordAudit } from "../../platform/audit/record.js";
import { transaction } from "../../platform/db/transaction.js";
import { conflict, notFound } from "../../platform/errors.js";
import { AlertTargetKind } from "../model.js";
import { CONFIRM_HOURS, emailSha256, normalEmail, REQUESTS_PER_HOUR, withinRateLimit } from "../rules.js";

export type RequestSubscriptionProps = {
  email: string; councillorId?: string | null; bodyId?: string | null; search?: string | null;
  /** The client's address (TRUST_PROXY decides it): the rate limit counts per address too. */
  clientAddress: string;
};

/** What to send after commit: a confirmation for this subscription, or nothing (already confirmed). */
export type RequestOutcome = { subscriptionId: string; sendConfirmation: boolean };

/**
 * A citizen asks to follow a councillor, a body or a search by e-mail (double opt-in: nothing is sent
 * but the confirmation until they follow its link). Within the hour's limits per address and per client
 * (CONFLICT beyond them). A repeated request for the same address and target renews the pending
 * confirmation rather than adding a subscription; for a confirmed one it sends nothing. The answer is
 * the same in every case, so it never tells whether an address is subscribed. The audit event holds
 * the address's SHA-256, never the address.
 */
export async function requestSubscription(ds: DataSource, props: RequestSubscriptionProps): Promise<RequestOutcome> {
  const email = normalEmail(props.email);
  const hash = emailSha256(email);
  return transaction(ds, async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 15))", [hash]); // one request per address at a time
    const [{ same_email, same_client }] = await tx.query(
      `SELECT (SELECT count(*) FROM alert_request WHERE email_sha256 = $1 AND requested_at > now() - interval '1 hour')::int AS same_email,
              (SELECT count(*) FROM alert_request WHERE client_address = $2 AND requested_at > now() - interval '1 hour')::int AS same_client`,
      [hash, props.clientAddress.slice(0, 100)]);
    if (!withinRateLimit(same_email, same_client)) {
      throw conflict(`Too many alert requests: at most ${REQUESTS_PER_HOUR.email} an hour for one address. Try again in an hour.`);
    }
    await tx.query("INSERT INTO alert_request (email_sha256, client_address) VALUES ($1, $2)", [hash, props.clientAddress.slice(0, 100)]);

    const kind = props.councillorId ? AlertTargetKind.COUNCILLOR : props.bodyId ? AlertTargetKind.BODY : AlertTargetKind.SEARCH;
    if (props.councillorId && (await tx.query("SELECT 1 FROM councillor WHERE id = $1", [props.councillorId])).length === 0) throw notFound("councillor", props.councillorId);
    if (props.bodyId && (await tx.query("SELECT 1 FROM body WHERE id = $1", [props.bodyId])).length === 0) throw notFound("body", props.bodyId);
    const target = { kind, councillorId: props.councillorId ?? null, bodyId: props.bodyId ?? null, search: props.search ?? null };

    const [live]: { id: string; confirmed_at: Date | null }[] = await tx.query(
      `SELECT id, confirmed_at FROM alert_subscription
       WHERE email_sha256 = $1 AND target_kind = $2 AND coalesce(councillor_id::text, body_id::text, lower(search)) = coalesce($3::text, $4::text, lower($5::text))
         AND unsubscribed_at IS NULL FOR UPDATE`,
      [hash, kind, target.councillorId, target.bodyId, target.search]);
    if (live?.confirmed_at) return { subscriptionId: live.id, sendConfirmation: false };
    let id: string;
    if (live) {
      id = live.id;
      await tx.query(`UPDATE alert_subscription SET confirm_by = now() + make_interval(hours => $2), email = $3 WHERE id = $1`, [id, CONFIRM_HOURS, email]);
    } else {
      [{ id }] = await tx.query(
        `INSERT INTO alert_subscription (email, email_sha256, target_kind, councillor_id, body_id, search, confirm_by)
         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7)) RETURNING id`,
        [email, hash, kind, target.councillorId, target.bodyId, target.search, CONFIRM_HOURS]);
    }
    await recordAudit(tx, null, { action: "requestAlertSubscription", subjectType: "alertSubscription", subjectId: id, after: { emailSha256: hash, target } });
    return { subscriptionId: id, sendConfirmation: true };
  });
}
