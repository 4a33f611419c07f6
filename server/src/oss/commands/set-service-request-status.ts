import type { Actor } from "../../auth/tokens.js";
import { changed, unchanged } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { type OssDeps, serviceRequestCommand } from "../command.js";
import { canMoveRequest, closedState, deadlines, isClosed, nextClockChange, RequestStatus, runningState } from "../sla.js";

export type SetServiceRequestStatusProps = { id: string; status: RequestStatus; expectedVersion?: number | null };

/**
 * Moves a request along RECEIVED → IN_PROGRESS → (WAITING_ON_CITIZEN ⇄ IN_PROGRESS)
 * → COMPLETED or REJECTED. Waiting on the citizen stops the clock; resuming moves
 * the due moment later by the working time waited. Closing fixes MET or MISSED
 * and the processing time (working time, less waiting). With `expectedVersion`,
 * a change based on a stale view is refused (two operators on one request).
 */
export async function setServiceRequestStatus(
  deps: OssDeps, actor: Actor, props: SetServiceRequestStatusProps,
): Promise<string> {
  const now = deps.now();
  const calendar = deps.calendars.calendar;
  return serviceRequestCommand(deps, actor, props, async (tx, r) => {
    if (r.status === props.status) return unchanged(r.id);
    if (!canMoveRequest(r.status, props.status)) {
      throw conflict(`A request that is ${r.status} cannot move to ${props.status} (RECEIVED → IN_PROGRESS → WAITING_ON_CITIZEN ⇄ IN_PROGRESS → COMPLETED or REJECTED).`);
    }
    const to = props.status;
    if (to === RequestStatus.WAITING_ON_CITIZEN) {
      const state = runningState(now, { dueAt: r.due_at, atRiskAt: r.at_risk_at });
      await tx.query(
        `UPDATE service_request SET status = $2, paused_at = $3, remaining_at_pause = $4, sla_state = $5, next_check_at = NULL WHERE id = $1`,
        [r.id, to, now, calendar.workingMinutesBetween(now, r.due_at), state],
      );
    } else if (r.status === RequestStatus.WAITING_ON_CITIZEN) {
      const waited = Math.max(0, calendar.workingMinutesBetween(r.paused_at as Date, now));
      const waiting = Number(r.waiting_minutes) + waited;
      const d = deadlines({ receivedAt: r.received_at, allowedMinutes: r.allowed_minutes, waitingMinutes: waiting }, calendar);
      const state = runningState(now, d);
      await tx.query(
        `UPDATE service_request SET status = $2, paused_at = NULL, remaining_at_pause = NULL, waiting_minutes = $3, due_at = $4, at_risk_at = $5,
           sla_state = $6, next_check_at = $7 WHERE id = $1`,
        [r.id, to, waiting, d.dueAt, d.atRiskAt, state, nextClockChange(state, d)],
      );
    } else if (isClosed(to)) {
      const processing = Math.max(0, calendar.workingMinutesBetween(r.received_at, now) - Number(r.waiting_minutes));
      await tx.query(
        `UPDATE service_request SET status = $2, completed_at = $3, sla_state = $4, processing_minutes = $5, next_check_at = NULL WHERE id = $1`,
        [r.id, to, now, closedState(now, r.due_at), processing],
      );
    } else {
      await tx.query("UPDATE service_request SET status = $2 WHERE id = $1", [r.id, to]);
    }
    await tx.query("INSERT INTO service_request_event (request_id, at, from_status, to_status, by_user) VALUES ($1, $2, $3, $4, $5)", [r.id, now, r.status, to, actor.userId]);
    return changed(r.id, { action: "setServiceRequestStatus", subjectType: "service_request", subjectId: r.id, before: { status: r.status }, after: { status: to } });
  });
}
