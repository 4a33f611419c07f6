import type { DataSource } from "typeorm";
import { row, rows } from "../platform/db/rows.js";
import { isWellFormedId } from "../platform/errors.js";
import { ReceiptKind, TrackedRequest, TrackedStep } from "../platform/receipts.js";
import type { RequestStatus, SlaState } from "./sla.js";

type TrackedRow = { name_sq: string; status: RequestStatus; received_at: Date; due_at: Date; sla_state: SlaState };
type StepRow = { at: Date; to_status: RequestStatus };

/**
 * A One Stop Shop request as its counter receipt shows it on /ndiq (issue 16 point 6): the service's name, the
 * status, the due moment (later while the request waited on the citizen), the SLA state the clock keeps, and
 * its own status changes (service_request_event) as the history. Nothing about the citizen (no gender) nor the
 * operator who moved it.
 */
export async function trackServiceRequest(ds: DataSource, subjectId: string, reference: string): Promise<TrackedRequest | null> {
  if (!isWellFormedId(subjectId)) return null;
  const r = await row<TrackedRow>(ds,
    `SELECT t.name_sq, r.status, r.received_at, r.due_at, r.sla_state
       FROM service_request r JOIN service_type t ON t.id = r.service_type_id WHERE r.id = $1`, [subjectId]);
  if (!r) return null;
  const steps = await rows<StepRow>(ds, "SELECT at, to_status FROM service_request_event WHERE request_id = $1 ORDER BY at, id", [subjectId]);
  return Object.assign(new TrackedRequest(), {
    reference, kind: ReceiptKind.SERVICE_REQUEST, title: r.name_sq, status: r.status, receivedAt: r.received_at,
    dueAt: r.due_at, slaState: r.sla_state,
    history: steps.map((s) => Object.assign(new TrackedStep(), { at: s.at, status: s.to_status, note: null })),
  });
}
