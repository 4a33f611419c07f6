import type { DataSource, EntityManager } from "typeorm";
import type { Gender } from "../council/councillor.js";
import { type Queryable, rows } from "../platform/db/rows.js";
import { isWellFormedId, notFound } from "../platform/errors.js";
import { Office, type OfficeKind, ServiceRequest, ServiceType } from "./model.js";
import type { RequestStatus, SlaState } from "./sla.js";

/** The rows as PostgreSQL answers them (numeric as text); row_to_json keeps the same column names. */
export type ServiceTypeRow = {
  id: string; code: string; name_sq: string; name_en: string; category: string; sla_working_days: number | null; sla_working_hours: number | null;
};
export type OfficeRow = { id: string; code: string; name: string; kind: OfficeKind };
export type ServiceRequestRow = {
  id: string; reference: string; service_type_id: string; office_id: string; status: RequestStatus; received_at: Date; due_at: Date;
  at_risk_at: Date; completed_at: Date | null; sla_state: SlaState; allowed_minutes: number; paused_at: Date | null;
  waiting_minutes: string; processing_minutes: string | null; citizen_gender: Gender | null; version: number;
};
/** A request with its service type and office (REQUEST_WITH_TYPE_AND_OFFICE). */
type LoadedRequestRow = ServiceRequestRow & { type: ServiceTypeRow; office: OfficeRow };
const REQUEST_WITH_TYPE_AND_OFFICE = `SELECT r.*, row_to_json(t) AS type, row_to_json(o) AS office
  FROM service_request r JOIN service_type t ON t.id = r.service_type_id JOIN office o ON o.id = r.office_id`;

export function toServiceType(r: ServiceTypeRow): ServiceType {
  return Object.assign(new ServiceType(), {
    id: r.id, code: r.code, name: r.name_sq, nameSq: r.name_sq, nameEn: r.name_en, category: r.category,
    slaWorkingDays: r.sla_working_days ?? 0, slaDays: r.sla_working_days ?? null, slaWorkingHours: r.sla_working_hours ?? null,
  });
}

export function toOffice(r: OfficeRow): Office {
  return Object.assign(new Office(), { id: r.id, code: r.code, name: r.name, kind: r.kind });
}

/** The published service charter: every service with its SLA. */
export async function serviceTypes(db: Queryable): Promise<ServiceType[]> {
  return (await rows<ServiceTypeRow>(db, "SELECT * FROM service_type ORDER BY category, name_sq")).map(toServiceType);
}

export async function offices(db: Queryable): Promise<Office[]> {
  return (await rows<OfficeRow>(db, "SELECT * FROM office ORDER BY kind, name")).map(toOffice);
}

/** The operators' queue, most urgent first (open requests by due moment; waiting ones last). */
export async function requestQueue(db: Queryable, q: { openOnly: boolean; officeCode: string | null; limit: number }): Promise<ServiceRequest[]> {
  const found = await rows<LoadedRequestRow>(db,
    `${REQUEST_WITH_TYPE_AND_OFFICE}
     WHERE ($1::boolean = false OR r.status NOT IN ('COMPLETED','REJECTED')) AND ($2::text IS NULL OR o.code = $2)
     ORDER BY (r.status = 'WAITING_ON_CITIZEN'), r.completed_at DESC NULLS FIRST, r.due_at LIMIT $3`,
    [q.openOnly, q.officeCode, q.limit]);
  return found.map(toRequest);
}

/** Requests with their service type and office, in one query. */
export async function loadRequests(m: DataSource | EntityManager, ids: readonly string[]): Promise<Map<string, ServiceRequest>> {
  const valid = ids.filter(isWellFormedId);
  if (valid.length === 0) return new Map();
  const found = await rows<LoadedRequestRow>(m, `${REQUEST_WITH_TYPE_AND_OFFICE} WHERE r.id = ANY($1::uuid[])`, [valid]);
  return new Map(found.map((r) => [r.id, toRequest(r)]));
}

function toRequest(r: LoadedRequestRow): ServiceRequest {
  return Object.assign(new ServiceRequest(), {
    id: r.id, reference: r.reference, serviceTypeId: r.service_type_id, officeId: r.office_id,
    status: r.status, receivedAt: r.received_at, dueAt: r.due_at, atRiskAt: r.at_risk_at,
    completedAt: r.completed_at ?? null, slaState: r.sla_state, allowedWorkingMinutes: r.allowed_minutes,
    pausedAt: r.paused_at ?? null, waitingMinutes: Number(r.waiting_minutes), processingMinutes: r.processing_minutes === null ? null : Number(r.processing_minutes),
    citizenGender: r.citizen_gender ?? null, version: r.version,
    serviceType: toServiceType(r.type), office: toOffice(r.office),
  });
}

export async function loadRequest(m: DataSource | EntityManager, id: string): Promise<ServiceRequest> {
  const found = (await loadRequests(m, [id])).get(id);
  if (!found) throw notFound("service request", id);
  return found;
}
