import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { isWellFormedId, notFound } from "../../platform/errors.js";
import { row } from "../../platform/db/rows.js";
import { sessionCommand } from "../../sessions/command.js";
import type { DocumentKind } from "../model.js";
import { indexDocumentText } from "../search-text.js";
import { type CheckedFile, insertVersion, requirePackageOpen, versionRecord } from "./common.js";

export type AttachDocumentProps = {
  sessionId: string;
  /** null: a document of the session itself (the notice, the agenda). */
  agendaItemId: string | null;
  kind: DocumentKind;
  title: string;
  file: CheckedFile;
  expectedVersion?: number | null;
};

/**
 * Attaches a document [dokument] to a session's meeting package [paketa e mbledhjes], or to one of its
 * agenda items: the document and its version 1 (the bytes checked by content before the transaction,
 * their SHA-256 in the audit event). Through sessionCommand: the session is locked, its version bumped,
 * its subscribers told (`sessionUpdated`).
 */
export async function attachDocument(ds: DataSource, actor: Actor, props: AttachDocumentProps): Promise<{ documentId: string; version: number }> {
  const { sessionId, agendaItemId, kind, title, file } = props;
  if (agendaItemId !== null && !isWellFormedId(agendaItemId)) throw notFound("agenda item", agendaItemId);
  return sessionCommand(ds, actor, { sessionId, expectedVersion: props.expectedVersion }, async (tx, { session }) => {
    requirePackageOpen(session, "attach documents to its package");
    if (agendaItemId !== null && !(await row(tx, "SELECT 1 FROM agenda_item WHERE id = $1 AND session_id = $2", [agendaItemId, sessionId]))) {
      throw notFound("agenda item of this session", agendaItemId);
    }
    const [{ id }]: { id: string }[] = await tx.query(
      "INSERT INTO meeting_document (session_id, agenda_item_id, kind, title, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id",
      [sessionId, agendaItemId, kind, title, actor.userId],
    );
    const uploadedAt = await insertVersion(tx, id, 1, file, actor.userId);
    await indexDocumentText(tx, { documentId: id, agendaItemId, title, text: file.text });
    return changed({ documentId: id, version: 1 }, {
      action: "attachDocument", subjectType: "meetingDocument", subjectId: id, sessionId,
      after: { kind, title, agendaItemId, ...versionRecord(1, file, uploadedAt) },
    });
  });
}
