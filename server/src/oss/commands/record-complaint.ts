import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { transaction } from "../../platform/db/transaction.js";
import { badInput, isWellFormedId, notFound, notFoundWith } from "../../platform/errors.js";
import type { OssDeps } from "../command.js";

export type RecordComplaintProps = { requestId: string | null; officeCode: string | null; description: string; receivedAt: Date | null };

/** A citizen's complaint about a request or an office (Elbasan plan action 29: complaints per month). */
export async function recordComplaint(
  deps: OssDeps, actor: Actor, props: RecordComplaintProps,
): Promise<string> {
  const now = deps.now();
  const receivedAt = props.receivedAt ?? now;
  if (receivedAt > new Date(now.getTime() + 60_000)) throw badInput("receivedAt: a complaint cannot be received in the future.");
  return transaction(deps.ds, async (tx) => {
    let officeId: string | null = null;
    if (props.requestId) {
      if (!isWellFormedId(props.requestId)) throw notFound("service request", props.requestId);
      const [r] = await tx.query("SELECT office_id FROM service_request WHERE id = $1", [props.requestId]);
      if (!r) throw notFound("service request", props.requestId);
      officeId = r.office_id;
    }
    if (props.officeCode) {
      const [o] = await tx.query("SELECT id FROM office WHERE code = $1", [props.officeCode]);
      if (!o) throw notFoundWith(`No office with code "${props.officeCode}".`);
      if (officeId && officeId !== o.id) throw badInput("The request was handled at another office than the one named.");
      officeId = o.id;
    }
    if (!officeId) throw badInput("Name the request or the office the complaint is about.", { requestId: "or officeCode required" });
    const [{ id }] = await tx.query(
      "INSERT INTO complaint (office_id, request_id, received_at, description, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id",
      [officeId, props.requestId, receivedAt, props.description, actor.userId],
    );
    await recordAudit(tx, actor, { action: "recordComplaint", subjectType: "complaint", subjectId: id, after: { officeId, requestId: props.requestId } });
    return id as string;
  });
}
