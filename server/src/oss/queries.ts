import type { DataSource, EntityManager } from "typeorm";
import { isWellFormedId, notFound } from "../platform/errors.js";
import { Office, type OfficeKind, ServiceRequest, ServiceType } from "./model.js";
import type { RequestStatus, SlaState } from "./sla.js";

type Row = Record<string, unknown>;

export function toServiceType(r: Row): ServiceType {
  return Object.assign(new ServiceType(), {
    id: r.id, code: r.code, name: r.name_sq, nameSq: r.name_sq, nameEn: r.name_en, category: r.category,
    slaWorkingDays: (r.sla_working_days as number | null) ?? 0, slaDays: r.sla_working_days ?? null, slaWorkingHours: r.sla_working_hours ?? null,
  });
}

export function toOffice(r: Row): Office {
  return Object.assign(new Office(), { id: r.id, code: r.code, name: r.name, kind: r.kind as OfficeKind });
}

/** Requests with their service type and office, in one query. */
export async function loadRequests(m: DataSource | EntityManager, ids: readonly string[]): Promise<Map<string, ServiceRequest>> {
  const valid = ids.filter(isWellFormedId);
  if (valid.length === 0) return new Map();
  const rows: Row[] = await m.query(
    `SELECT r.*, row_to_json(t) AS type, row_to_json(o) AS office
     FROM service_request r JOIN service_type t ON t.id = r.service_type_id JOIN office o ON o.id = r.office_id
     WHERE r.id = ANY($1::uuid[])`, [valid]);
  return new Map(rows.map((r) => [r.id as string, toRequest(r)]));
}

export function toRequest(r: Row): ServiceRequest {
  return Object.assign(new ServiceRequest(), {
    id: r.id, reference: r.reference, serviceTypeId: r.service_type_id, officeId: r.office_id,
    status: r.status as RequestStatus, receivedAt: r.received_at, dueAt: r.due_at, atRiskAt: r.at_risk_at,
    completedAt: r.completed_at ?? null, slaState: r.sla_state as SlaState, allowedWorkingMinutes: r.allowed_minutes,
    pausedAt: r.paused_at ?? null, waitingMinutes: Number(r.waiting_minutes), processingMinutes: r.processing_minutes === null ? null : Number(r.processing_minutes),
    citizenGender: r.citizen_gender ?? null, version: r.version,
    serviceType: toServiceType(r.type as Row), office: toOffice(r.office as Row),
  });
}

export async function loadRequest(m: DataSource | EntityManager, id: string): Promise<ServiceRequest> {
  const found = (await loadRequests(m, [id])).get(id);
  if (!found) throw notFound("service request", id);
  return found;
}
