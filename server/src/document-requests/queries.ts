import type { DataSource, EntityManager } from "typeorm";
import type { SlaState } from "../platform/deadlines/state.js";
import {
  DocumentRequest, DocumentRequestCase, type DocumentRequestChannel, type DocumentRequestExtensionReason, type DocumentRequestOutcome,
  type DocumentRequestStatus,
} from "./model.js";

/** A document_request row with its receipt's reference. */
export type DocumentRequestRow = {
  id: string; reference: string | null; requester_name: string | null; requester_email: string | null; requester_phone: string | null;
  requester_address: string | null; documents: string; documents_withheld: boolean; channel: DocumentRequestChannel;
  status: DocumentRequestStatus; received_at: Date; started_at: Date | null; extended_at: Date | null;
  extension_reason: DocumentRequestExtensionReason | null; extension_note: string | null; closed_at: Date | null;
  outcome: DocumentRequestOutcome | null; answer_note: string | null; refusal_reason: string | null; appeal_notice: string | null;
  transferred_to: string | null; due_at: Date; at_risk_at: Date; sla_state: SlaState; next_check_at: Date | null;
  personal_data_erased_at: Date | null; version: number;
};

export const SELECT_REQUEST = `
  SELECT r.*, rc.reference FROM document_request r
  LEFT JOIN receipt rc ON rc.kind = 'DOCUMENT_REQUEST' AND rc.subject_id = r.id`;

/** The public record: nothing of the requester, and the text withheld when it holds personal data. */
export function publicRequest(r: DocumentRequestRow): DocumentRequest {
  return Object.assign(new DocumentRequest(), {
    id: r.id,
    reference: r.reference ?? "—",
    documents: r.documents_withheld ? null : r.documents,
    documentsWithheld: r.documents_withheld,
    channel: r.channel,
    status: r.status,
    receivedAt: r.received_at,
    startedAt: r.started_at,
    dueAt: r.due_at,
    extendedAt: r.extended_at,
    extensionReason: r.extension_reason,
    extensionNote: r.extension_note,
    closedAt: r.closed_at,
    outcome: r.outcome,
    answerNote: r.answer_note,
    refusalReason: r.refusal_reason,
    appealNotice: r.appeal_notice,
    transferredTo: r.transferred_to,
    slaState: r.sla_state,
    answeredOnTime: r.closed_at ? r.closed_at.getTime() <= r.due_at.getTime() : null,
  });
}

export function requestCase(r: DocumentRequestRow): DocumentRequestCase {
  return Object.assign(new DocumentRequestCase(), publicRequest(r), {
    documentsText: r.documents,
    requesterName: r.requester_name,
    requesterEmail: r.requester_email,
    requesterPhone: r.requester_phone,
    requesterAddress: r.requester_address,
    personalDataErasedAt: r.personal_data_erased_at,
    version: r.version,
  });
}

export async function loadRequestRow(db: DataSource | EntityManager, id: string): Promise<DocumentRequestRow | null> {
  const [row] = await db.query(`${SELECT_REQUEST} WHERE r.id = $1`, [id]);
  return row ?? null;
}

export type RegisterFilter = {
  status: DocumentRequestStatus | null; outcome: DocumentRequestOutcome | null; slaState: SlaState | null;
  year: number | null; search: string | null; offset: number; limit: number;
};

/** The public register, newest first. Search looks in the reference and, unless withheld, the text. */
export async function loadRegister(ds: DataSource, f: RegisterFilter): Promise<{ total: number; items: DocumentRequest[] }> {
  const where = `WHERE ($1::text IS NULL OR r.status = $1) AND ($2::text IS NULL OR r.outcome = $2) AND ($3::text IS NULL OR r.sla_state = $3)
      AND ($4::int IS NULL OR extract(year FROM r.received_at AT TIME ZONE 'Europe/Tirane')::int = $4)
      AND ($5::text IS NULL OR rc.reference ILIKE '%' || $5 || '%' OR (NOT r.documents_withheld AND r.documents ILIKE '%' || $5 || '%'))`;
  const search = f.search?.replace(/[\\%_]/g, (c) => `\\${c}`) ?? null;
  const params = [f.status, f.outcome, f.slaState, f.year, search];
  const [{ total }]: { total: number }[] = await ds.query(
    `SELECT count(*)::int AS total FROM document_request r LEFT JOIN receipt rc ON rc.kind = 'DOCUMENT_REQUEST' AND rc.subject_id = r.id ${where}`, params);
  const rows: DocumentRequestRow[] = await ds.query(`${SELECT_REQUEST} ${where} ORDER BY r.received_at DESC, r.id LIMIT $6 OFFSET $7`, [...params, f.limit, f.offset]);
  return { total, items: rows.map(publicRequest) };
}

/** The secretariat's work list: open requests by due moment, then the latest answered. */
export async function loadCases(ds: DataSource, openOnly: boolean): Promise<DocumentRequestCase[]> {
  const rows: DocumentRequestRow[] = await ds.query(
    `${SELECT_REQUEST} WHERE ($1::boolean = false OR r.status <> 'CLOSED')
     ORDER BY (r.status = 'CLOSED'), CASE WHEN r.status <> 'CLOSED' THEN r.due_at END, r.closed_at DESC NULLS LAST LIMIT 500`, [openOnly]);
  return rows.map(requestCase);
}
