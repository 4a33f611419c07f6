import type { EntityManager } from "typeorm";
import { type DocumentRequestRow, publicRequest, SELECT_REQUEST } from "../../document-requests/queries.js";
import type { Value } from "./records.js";

/**
 * The register of requests for public documents as open data (issue 16 point 3; the e-Council plan's register
 * of requests): the public record only, as `/kerkesat-per-dokumente` shows it — never who asked, and no text
 * the secretariat withheld as personal data. Oldest first.
 */
export const DOCUMENT_REQUEST_COLUMNS = [
  "id", "reference", "documents", "documentsWithheld", "channel", "status", "receivedAt", "dueAt", "extendedAt", "extensionReason",
  "extensionNote", "closedAt", "outcome", "answerNote", "refusalReason", "appealNotice", "transferredTo", "slaState", "answeredOnTime",
] as const;
export type DocumentRequestRecord = Record<(typeof DOCUMENT_REQUEST_COLUMNS)[number], Value>;

const iso = (d: Date | null) => (d instanceof Date ? d.toISOString() : null);

export async function documentRequestRecords(m: EntityManager): Promise<DocumentRequestRecord[]> {
  const rows: DocumentRequestRow[] = await m.query(`${SELECT_REQUEST} ORDER BY r.received_at, r.id`);
  return rows.map(publicRequest).map((r) => ({
    id: r.id, reference: r.reference, documents: r.documents, documentsWithheld: r.documentsWithheld, channel: r.channel, status: r.status,
    receivedAt: iso(r.receivedAt), dueAt: iso(r.dueAt), extendedAt: iso(r.extendedAt), extensionReason: r.extensionReason, extensionNote: r.extensionNote,
    closedAt: iso(r.closedAt), outcome: r.outcome, answerNote: r.answerNote, refusalReason: r.refusalReason, appealNotice: r.appealNotice,
    transferredTo: r.transferredTo, slaState: r.slaState, answeredOnTime: r.answeredOnTime,
  }));
}
