import { type Queryable, row, rows } from "../platform/db/rows.js";
import { DocumentVersion, type DocumentKind, MeetingDocument } from "./model.js";

/** One version of one document, with the document's own columns: what every list reads (never the bytes, never the text). */
type VersionRow = {
  id: string; session_id: string; agenda_item_id: string | null; kind: DocumentKind; title: string; created_at: Date; created_by: string;
  withdrawn_at: Date | null; withdrawn_by: string | null; withdrawal_reason: string | null;
  version: number; file_name: string; media_type: string; size_bytes: number; sha256: string; uploaded_at: Date; uploaded_by: string;
};

const VERSION_COLUMNS = `d.id, d.session_id, d.agenda_item_id, d.kind, d.title, d.created_at, d.created_by, d.withdrawn_at, d.withdrawn_by,
  d.withdrawal_reason, v.version, v.file_name, v.media_type, v.size_bytes, v.sha256, v.uploaded_at, v.uploaded_by`;

export const documentUrl = (documentId: string) => `/packages/documents/${documentId}`;
export const versionUrl = (documentId: string, version: number) => `/packages/documents/${documentId}/versions/${version}`;
export const sessionPackageUrl = (sessionId: string) => `/packages/sessions/${sessionId}.zip`;
export const itemPackageUrl = (agendaItemId: string) => `/packages/items/${agendaItemId}.zip`;

/** Rows of one document's versions, newest first, into the GraphQL object (its fields are the current version's). */
function documentOf(versions: VersionRow[]): MeetingDocument {
  const [current] = versions;
  const doc = new MeetingDocument();
  Object.assign(doc, {
    id: current.id, sessionId: current.session_id, agendaItemId: current.agenda_item_id, kind: current.kind, title: current.title,
    createdAt: current.created_at, createdBy: current.created_by, withdrawnAt: current.withdrawn_at, withdrawnBy: current.withdrawn_by,
    withdrawalReason: current.withdrawal_reason, version: current.version, fileName: current.file_name, mediaType: current.media_type,
    size: current.size_bytes, sha256: current.sha256, uploadedAt: current.uploaded_at,
    url: current.withdrawn_at ? null : documentUrl(current.id),
    versions: versions.map((v) => Object.assign(new DocumentVersion(), {
      documentId: v.id, version: v.version, fileName: v.file_name, mediaType: v.media_type, size: v.size_bytes, sha256: v.sha256,
      uploadedAt: v.uploaded_at, uploadedBy: v.uploaded_by, url: versionUrl(v.id, v.version),
    })),
  });
  return doc;
}

function group(found: VersionRow[]): MeetingDocument[] {
  const byId = new Map<string, VersionRow[]>();
  for (const r of found) {
    const list = byId.get(r.id);
    if (list) list.push(r);
    else byId.set(r.id, [r]);
  }
  return [...byId.values()].map(documentOf);
}

/** Kind order in a package: notice, agenda, draft act, report, supporting documents; then by attachment. */
const ORDER = `array_position(ARRAY['NOTICE','AGENDA','DRAFT_ACT','REPORT','SUPPORTING'], d.kind), d.created_at, d.id, v.version DESC`;

/** The documents of these sessions (all of them, the items' too), withdrawn ones included, in package order. */
export async function documentsOfSessions(db: Queryable, sessionIds: readonly string[]): Promise<MeetingDocument[]> {
  return group(await rows<VersionRow>(db,
    `SELECT ${VERSION_COLUMNS} FROM meeting_document d JOIN meeting_document_version v ON v.document_id = d.id
     WHERE d.session_id = ANY($1::uuid[]) ORDER BY ${ORDER}`, [[...new Set(sessionIds)]]));
}

/** The documents of these agenda items, withdrawn ones included, in package order. */
export async function documentsOfItems(db: Queryable, itemIds: readonly string[]): Promise<MeetingDocument[]> {
  return group(await rows<VersionRow>(db,
    `SELECT ${VERSION_COLUMNS} FROM meeting_document d JOIN meeting_document_version v ON v.document_id = d.id
     WHERE d.agenda_item_id = ANY($1::uuid[]) ORDER BY ${ORDER}`, [[...new Set(itemIds)]]));
}

export async function documentById(db: Queryable, documentId: string): Promise<MeetingDocument | null> {
  const found = await rows<VersionRow>(db,
    `SELECT ${VERSION_COLUMNS} FROM meeting_document d JOIN meeting_document_version v ON v.document_id = d.id
     WHERE d.id = $1 ORDER BY v.version DESC`, [documentId]);
  return found.length ? documentOf(found) : null;
}

/** A version's file as served: what the headers need and the bytes; the current version when `version` is null. */
export type ServedFile = {
  document_id: string; version: number; file_name: string; media_type: string; size_bytes: number; sha256: string;
  uploaded_at: Date; withdrawn_at: Date | null; current: boolean; bytes: Buffer;
};

export async function servedFile(db: Queryable, documentId: string, version: number | null): Promise<ServedFile | null> {
  return row<ServedFile>(db,
    `SELECT v.document_id, v.version, v.file_name, v.media_type, v.size_bytes, v.sha256, v.uploaded_at, d.withdrawn_at,
            v.version = (SELECT max(version) FROM meeting_document_version WHERE document_id = d.id) AS current, f.bytes
     FROM meeting_document d JOIN meeting_document_version v ON v.document_id = d.id
     JOIN meeting_document_file f ON f.document_id = v.document_id AND f.version = v.version
     WHERE d.id = $1 AND ($2::int IS NULL OR v.version = $2)
     ORDER BY v.version DESC LIMIT 1`, [documentId, version]);
}

/** What a package's ZIP holds: every current version of the documents not withdrawn, in package order, without bytes. */
export type PackageEntry = {
  document_id: string; version: number; file_name: string; sha256: string; uploaded_at: Date;
  item_position: number | null; item_title: string | null;
};

export async function packageEntries(db: Queryable, where: { sessionId: string } | { agendaItemId: string }): Promise<PackageEntry[]> {
  const [column, id] = "sessionId" in where ? ["d.session_id", where.sessionId] : ["d.agenda_item_id", where.agendaItemId];
  return rows<PackageEntry>(db,
    `SELECT d.id AS document_id, v.version, v.file_name, v.sha256, v.uploaded_at, i.position AS item_position, i.title AS item_title
     FROM meeting_document d JOIN meeting_document_version v ON v.document_id = d.id
     LEFT JOIN agenda_item i ON i.id = d.agenda_item_id
     WHERE ${column} = $1 AND d.withdrawn_at IS NULL
       AND v.version = (SELECT max(version) FROM meeting_document_version WHERE document_id = d.id)
     ORDER BY i.position NULLS FIRST, ${ORDER}`, [id]);
}

/** One stored file's bytes (a ZIP reads them one at a time). */
export async function fileBytes(db: Queryable, documentId: string, version: number): Promise<Buffer | null> {
  return (await row<{ bytes: Buffer }>(db, "SELECT bytes FROM meeting_document_file WHERE document_id = $1 AND version = $2", [documentId, version]))?.bytes ?? null;
}

/** Whether the session's package has a document not withdrawn (its ZIP is not empty). */
export async function hasPackage(db: Queryable, sessionId: string): Promise<boolean> {
  return (await row(db, "SELECT 1 AS found FROM meeting_document WHERE session_id = $1 AND withdrawn_at IS NULL LIMIT 1", [sessionId])) !== null;
}
