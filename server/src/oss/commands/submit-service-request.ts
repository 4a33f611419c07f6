import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { transaction } from "../../platform/db/transaction.js";
import type { Gender } from "../../council/councillor.js";
import { badInput, conflict, notFoundWith } from "../../platform/errors.js";
import { notifyChange } from "../../platform/realtime/events.js";
import { TIRANA_ZONE } from "../../platform/tirana-time.js";
import type { OssDeps } from "../command.js";
import { allowedMinutes, deadlines, nextClockChange, runningState } from "../sla.js";

export type SubmitServiceRequestProps = { serviceTypeCode: string; receivedAt: Date | null; citizenGender: Gender | null; officeCode: string | null };

/**
 * Registers a request received at an office (default: the central One Stop Shop),
 * now or back-dated for a paper request. Its SLA clock starts at once: the due
 * moment follows the service's published SLA on the working-time calendar.
 */
export async function submitServiceRequest(
  deps: OssDeps, actor: Actor,
  props: SubmitServiceRequestProps,
): Promise<string> {
  const now = deps.now();
  const receivedAt = props.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + 60_000) throw badInput("receivedAt: a request cannot be received in the future.", { receivedAt: "in the future" });
  if (now.getTime() - receivedAt.getTime() > 366 * 86_400_000) throw badInput("receivedAt: back-dating is limited to one year.", { receivedAt: "more than a year ago" });
  const calendar = deps.calendars.calendar;
  return transaction(deps.ds, async (tx) => {
    const [type] = await tx.query("SELECT * FROM service_type WHERE code = $1", [props.serviceTypeCode]);
    if (!type) throw notFoundWith(`No service type with code "${props.serviceTypeCode}": see the service charter (serviceTypes).`);
    const [office] = props.officeCode
      ? await tx.query("SELECT id FROM office WHERE code = $1", [props.officeCode])
      : await tx.query("SELECT id FROM office WHERE kind = 'CENTRAL' ORDER BY code LIMIT 1");
    if (!office) throw props.officeCode ? notFoundWith(`No office with code "${props.officeCode}".`) : conflict("No One Stop Shop office is set up yet.");
    const allowed = allowedMinutes({ workingDays: type.sla_working_days, workingHours: type.sla_working_hours }, calendar);
    const d = deadlines({ receivedAt, allowedMinutes: allowed, waitingMinutes: 0 }, calendar);
    const state = runningState(now, d);
    const [{ id }] = await tx.query(
      `INSERT INTO service_request (reference, service_type_id, office_id, received_at, citizen_gender, allowed_minutes, due_at, at_risk_at, sla_state, next_check_at, created_by)
       VALUES ('ZNN-' || to_char($3::timestamptz AT TIME ZONE $11::text, 'YYYY') || '-' || lpad(nextval('service_request_number')::text, 6, '0'),
               $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [type.id, office.id, receivedAt, props.citizenGender, allowed, d.dueAt, d.atRiskAt, state, nextClockChange(state, d), actor.userId, TIRANA_ZONE],
    );
    await tx.query("INSERT INTO service_request_event (request_id, at, from_status, to_status, by_user) VALUES ($1, $2, NULL, 'RECEIVED', $3)", [id, receivedAt, actor.userId]);
    await recordAudit(tx, actor, { action: "submitServiceRequest", subjectType: "service_request", subjectId: id, after: { serviceType: type.code, receivedAt, dueAt: d.dueAt } });
    await notifyChange(tx, { topic: "serviceRequest", id });
    return id as string;
  });
}
