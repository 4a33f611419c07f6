import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { transaction } from "../../platform/db/transaction.js";
import { conflict } from "../../platform/errors.js";
import { notifyChange } from "../../platform/realtime/events.js";
import type { OssDeps, RequestRow } from "../command.js";
import { deadlines, nextClockChange, RequestStatus, runningState } from "../sla.js";

export type DeclareClosedDayProps = { day: string; reason: string };

/**
 * A day the municipality declares closed (a decree closing the offices). Open
 * requests' due moments are recalculated on the new calendar.
 */
export async function declareClosedDay(deps: OssDeps, actor: Actor, props: DeclareClosedDayProps): Promise<number> {
  const now = deps.now();
  return transaction(deps.ds, async (tx) => {
    const exists = await tx.query("SELECT 1 FROM closed_day WHERE day = $1::date", [props.day]);
    if (exists.length) throw conflict(`${props.day} is already declared closed.`);
    await tx.query("INSERT INTO closed_day (day, reason) VALUES ($1::date, $2)", [props.day, props.reason]);
    const calendar = await deps.calendars.load(tx);
    const open: RequestRow[] = await tx.query("SELECT * FROM service_request WHERE status NOT IN ('COMPLETED','REJECTED') FOR UPDATE");
    for (const r of open) {
      const d = deadlines({ receivedAt: r.received_at, allowedMinutes: r.allowed_minutes, waitingMinutes: Number(r.waiting_minutes) }, calendar);
      const paused = r.status === RequestStatus.WAITING_ON_CITIZEN;
      const state = paused ? r.sla_state : runningState(now, d);
      await tx.query("UPDATE service_request SET due_at = $2, at_risk_at = $3, sla_state = $4, next_check_at = $5, version = version + 1 WHERE id = $1",
        [r.id, d.dueAt, d.atRiskAt, state, paused ? null : nextClockChange(state, d)]);
      await notifyChange(tx, { topic: "serviceRequest", id: r.id });
    }
    await recordAudit(tx, actor, { action: "declareClosedDay", subjectType: "closed_day", subjectId: props.day, after: { reason: props.reason, recalculated: open.length } });
    return open.length;
  });
}
