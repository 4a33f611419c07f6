import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { aggregateCommand, changed } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { sessionAggregate } from "../../sessions/command.js";
import { indexDocumentText } from "../search-text.js";
import { type CheckedFile, insertVersion, lockDocument, requireNotWithdrawn, requirePackageOpen, versionRecord } from "./common.js";

export type ReplaceDocumentProps = { documentId: string; file: CheckedFile; expectedVersion?: number | null };

/**
 * Replaces a document's file with a new version (n + 1). The earlier versions stay on the record and
 * are still served at their own addresses; the public sees the current one and the list of those it
 * replaced, with their dates. The same bytes again are refused: there would be nothing to replace.
 */
export async function replaceDocument(ds: DataSource, actor: Actor, props: ReplaceDocumentProps): Promise<{ documentId: string; version: number }> {
  const { documentId, file } = props;
  return aggregateCommand(ds, actor, sessionAggregate((tx) => lockDocument(tx, documentId), props.expectedVersion), async (tx, { session, document }) => {
    requirePackageOpen(session, "replace documents of its package");
    requireNotWithdrawn(document);
    if (document.sha256 === file.sha256) {
      throw conflict(`This file is identical to version ${document.version} of "${document.title}" (same SHA-256): there is nothing to replace.`);
    }
    const version = document.version + 1;
    const uploadedAt = await insertVersion(tx, documentId, version, file, actor.userId);
    await indexDocumentText(tx, { documentId, agendaItemId: document.agenda_item_id, title: document.title, text: file.text });
    return changed({ documentId, version }, {
      action: "replaceDocument", subjectType: "meetingDocument", subjectId: documentId, sessionId: session.id,
      before: { version: document.version, sha256: document.sha256 },
      after: versionRecord(version, file, uploadedAt),
    });
  });
}
