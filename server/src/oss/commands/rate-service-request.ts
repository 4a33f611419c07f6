import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { transaction } from "../../platform/db/transaction.js";
import { conflict } from "../../platform/errors.js";
import { notifyChange } from "../../platform/realtime/events.js";
import { lockRequest, type OssDeps } from "../command.js";
import { RequestStatus } from "../sla.js";

export type RateServiceRequestProps = { requestId: string; rating: number };

/**
 * The citizen's 1–5 satisfaction rating of a completed request, once. It locks the
 * request like serviceRequestCommand (oss/command.ts) but keeps its version: the
 * rating counts in the KPIs and is not part of the request as the API shows it.
 */
export async function rateServiceRequest(deps: OssDeps, actor: Actor, props: RateServiceRequestProps): Promise<string> {
  const now = deps.now();
  return transaction(deps.ds, async (tx) => {
    const r = await lockRequest(tx, props.requestId);
    if (r.status !== RequestStatus.COMPLETED) throw conflict("Only a completed request can be rated.");
    const existing = await tx.query("SELECT 1 FROM satisfaction_rating WHERE request_id = $1", [r.id]);
    if (existing.length) throw conflict("This request has already been rated.");
    await tx.query("INSERT INTO satisfaction_rating (request_id, rating, rated_at) VALUES ($1, $2, $3)", [r.id, props.rating, now]);
    await recordAudit(tx, actor, { action: "rateServiceRequest", subjectType: "service_request", subjectId: r.id, after: { rating: props.rating } });
    await notifyChange(tx, { topic: "serviceRequest", id: r.id });
    return r.id;
  });
}
