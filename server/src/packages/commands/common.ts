import type { EntityManager } from "typeorm";
import { conflict, isWellFormedId, notFound } from "../../platform/errors.js";
import { row } from "../../platform/db/rows.js";
import { lockSession, requireNotClosed, type SessionRow } from "../../sessions/commands/common.js";
import type { DocumentKind } from "../model.js";
import type { AcceptedType } from "../rules.js";

/** A checked upload, ready to store: its type found in the content, its SHA-256, the PDF's text. */
export type CheckedFile = { bytes: Buffer; fileName: string; mediaType: AcceptedType; sha256: string; text: string | null };

export type DocumentRow = {
  id: string; session_id: string; agenda_item_id: string | null; kind: DocumentKind; title: string;
  withdrawn_at: Date | null; withdrawal_reason: string | null; version: number; sha256: string;
};

/** The document and its session, the session locked first (like every session command): a package changes one change at a time. */
export async function lockDocument(tx: EntityManager, documentId: string): Promise<{ session: SessionRow; document: DocumentRow }> {
  if (!isWellFormedId(documentId)) throw notFound("meeting document", documentId);
  const found = await row<{ session_id: string }>(tx, "SELECT session_id FROM meeting_document WHERE id = $1", [documentId]);
  if (!found) throw notFound("meeting document", documentId);
  const session = await lockSession(tx, found.session_id);
  const document = await row<DocumentRow>(tx,
    `SELECT d.id, d.session_id, d.agenda_item_id, d.kind, d.title, d.withdrawn_at, d.withdrawal_reason, v.version, v.sha256
     FROM meeting_document d JOIN meeting_document_version v ON v.document_id = d.id
     WHERE d.id = $1 ORDER BY v.version DESC LIMIT 1`, [documentId]);
  return { session, document: document! };
}

/** A package is the session's record before and during the sitting; once closed, it is read-only like the rest of the session (DOMAIN.md). */
export function requirePackageOpen(session: SessionRow, doing: string): void {
  requireNotClosed(session, doing);
}

export function requireNotWithdrawn(document: DocumentRow): void {
  if (document.withdrawn_at) {
    throw conflict(`The document "${document.title}" was withdrawn (${document.withdrawal_reason}); a withdrawn document is final: attach a new one instead.`);
  }
}

/** Writes one version and its bytes (the bytes in their own table, so lists never read them). */
export async function insertVersion(tx: EntityManager, documentId: string, version: number, file: CheckedFile, userId: string): Promise<Date> {
  const [{ uploaded_at }]: { uploaded_at: Date }[] = await tx.query(
    `INSERT INTO meeting_document_version (document_id, version, file_name, media_type, size_bytes, sha256, uploaded_by, text)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING uploaded_at`,
    [documentId, version, file.fileName, file.mediaType, file.bytes.length, file.sha256, userId, file.text],
  );
  await tx.query("INSERT INTO meeting_document_file (document_id, version, bytes) VALUES ($1, $2, $3)", [documentId, version, file.bytes]);
  return uploaded_at;
}

/** What the audit record keeps of a version: everything but the bytes, with their SHA-256 standing for them. */
export const versionRecord = (version: number, file: CheckedFile, uploadedAt: Date) => ({
  version, fileName: file.fileName, mediaType: file.mediaType, size: file.bytes.length, sha256: file.sha256, uploadedAt: uploadedAt.toISOString(),
});
