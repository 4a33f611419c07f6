import type { DataSource, EntityManager } from "typeorm";
import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import type { Gender } from "../../council/councillor.js";
import { transaction } from "../../platform/db/transaction.js";
import { badInput, conflict, isWellFormedId, notFound, notFoundWith } from "../../platform/errors.js";
import { notifyChange } from "../../platform/realtime/events.js";
import type { CalendarService } from "../../calendar/calendar-service.js";
import {
  allowedMinutes, canMoveRequest, closedState, deadlines, isClosed, nextClockChange, RequestStatus, runningState, SlaState,
} from "../sla.js";

export type OssDeps = { ds: DataSource; calendars: CalendarService; now: () => Date };

/**
 * Registers a request received at an office (default: the central One Stop Shop),
 * now or back-dated for a paper request. Its SLA clock starts at once: the due
 * moment follows the service's published SLA on the working-time calendar.
 */
export async function submitServiceRequest(
  deps: OssDeps, actor: Actor,
  props: { serviceTypeCode: string; receivedAt: Date | null; citizenGender: Gender | null; officeCode: string | null },
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
       VALUES ('ZNN-' || to_char($3::timestamptz AT TIME ZONE 'Europe/Tirane', 'YYYY') || '-' || lpad(nextval('service_request_number')::text, 6, '0'),
               $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [type.id, office.id, receivedAt, props.citizenGender, allowed, d.dueAt, d.atRiskAt, state, nextClockChange(state, d), actor.userId],
    );
    await tx.query("INSERT INTO service_request_event (request_id, at, from_status, to_status, by_user) VALUES ($1, $2, NULL, 'RECEIVED', $3)", [id, receivedAt, actor.userId]);
    await recordAudit(tx, actor, { action: "submitServiceRequest", subjectType: "service_request", subjectId: id, after: { serviceType: type.code, receivedAt, dueAt: d.dueAt } });
    await notifyChange(tx, { topic: "serviceRequest", id });
    return id as string;
  });
}

type RequestRow = {
  id: string; status: RequestStatus; received_at: Date; due_at: Date; at_risk_at: Date; allowed_minutes: number;
  waiting_minutes: string; paused_at: Date | null; version: number; sla_state: SlaState;
};

async function lockRequest(tx: EntityManager, id: string): Promise<RequestRow> {
  if (!isWellFormedId(id)) throw notFound("service request", id);
  const [row] = await tx.query("SELECT * FROM service_request WHERE id = $1 FOR UPDATE", [id]);
  if (!row) throw notFound("service request", id);
  return row;
}

/**
 * Moves a request along RECEIVED → IN_PROGRESS → (WAITING_ON_CITIZEN ⇄ IN_PROGRESS)
 * → COMPLETED or REJECTED. Waiting on the citizen stops the clock; resuming moves
 * the due moment later by the working time waited. Closing fixes MET or MISSED
 * and the processing time (working time, less waiting). With `expectedVersion`,
 * a change based on a stale view is refused (two operators on one request).
 */
export async function setServiceRequestStatus(
  deps: OssDeps, actor: Actor, props: { id: string; status: RequestStatus; expectedVersion?: number | null },
): Promise<string> {
  const now = deps.now();
  const calendar = deps.calendars.calendar;
  return transaction(deps.ds, async (tx) => {
    const r = await lockRequest(tx, props.id);
    if (props.expectedVersion != null && props.expectedVersion !== r.version) {
      throw conflict("This request was changed by someone else since you loaded it: reload and try again.");
    }
    if (r.status === props.status) return r.id;
    if (!canMoveRequest(r.status, props.status)) {
      throw conflict(`A request that is ${r.status} cannot move to ${props.status} (RECEIVED → IN_PROGRESS → WAITING_ON_CITIZEN ⇄ IN_PROGRESS → COMPLETED or REJECTED).`);
    }
    const to = props.status;
    if (to === RequestStatus.WAITING_ON_CITIZEN) {
      const state = runningState(now, { dueAt: r.due_at, atRiskAt: r.at_risk_at });
      await tx.query(
        `UPDATE service_request SET status = $2, paused_at = $3, remaining_at_pause = $4, sla_state = $5, next_check_at = NULL, version = version + 1 WHERE id = $1`,
        [r.id, to, now, calendar.workingMinutesBetween(now, r.due_at), state],
      );
    } else if (r.status === RequestStatus.WAITING_ON_CITIZEN) {
      const waited = Math.max(0, calendar.workingMinutesBetween(r.paused_at as Date, now));
      const waiting = Number(r.waiting_minutes) + waited;
      const d = deadlines({ receivedAt: r.received_at, allowedMinutes: r.allowed_minutes, waitingMinutes: waiting }, calendar);
      const state = runningState(now, d);
      await tx.query(
        `UPDATE service_request SET status = $2, paused_at = NULL, remaining_at_pause = NULL, waiting_minutes = $3, due_at = $4, at_risk_at = $5,
           sla_state = $6, next_check_at = $7, version = version + 1 WHERE id = $1`,
        [r.id, to, waiting, d.dueAt, d.atRiskAt, state, nextClockChange(state, d)],
      );
    } else if (isClosed(to)) {
      const processing = Math.max(0, calendar.workingMinutesBetween(r.received_at, now) - Number(r.waiting_minutes));
      await tx.query(
        `UPDATE service_request SET status = $2, completed_at = $3, sla_state = $4, processing_minutes = $5, next_check_at = NULL, version = version + 1 WHERE id = $1`,
        [r.id, to, now, closedState(now, r.due_at), processing],
      );
    } else {
      await tx.query("UPDATE service_request SET status = $2, version = version + 1 WHERE id = $1", [r.id, to]);
    }
    await tx.query("INSERT INTO service_request_event (request_id, at, from_status, to_status, by_user) VALUES ($1, $2, $3, $4, $5)", [r.id, now, r.status, to, actor.userId]);
    await recordAudit(tx, actor, { action: "setServiceRequestStatus", subjectType: "service_request", subjectId: r.id, before: { status: r.status }, after: { status: to } });
    await notifyChange(tx, { topic: "serviceRequest", id: r.id });
    return r.id;
  });
}

/** A citizen's complaint about a request or an office (Elbasan plan action 29: complaints per month). */
export async function recordComplaint(
  deps: OssDeps, actor: Actor, props: { requestId: string | null; officeCode: string | null; description: string; receivedAt: Date | null },
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

/** The citizen's 1–5 satisfaction rating of a completed request, once. */
export async function rateServiceRequest(deps: OssDeps, actor: Actor, props: { requestId: string; rating: number }): Promise<string> {
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

/**
 * A day the municipality declares closed (a decree closing the offices). Open
 * requests' due moments are recalculated on the new calendar.
 */
export async function declareClosedDay(deps: OssDeps, actor: Actor, props: { day: string; reason: string }): Promise<number> {
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
