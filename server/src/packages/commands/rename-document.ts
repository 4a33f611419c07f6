import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { aggregateCommand, changed, unchanged } from "../../platform/command.js";
import { sessionAggregate } from "../../sessions/command.js";
import type { DocumentKind } from "../model.js";
import { currentText, indexDocumentText } from "../search-text.js";
import { lockDocument, requireNotWithdrawn, requirePackageOpen } from "./common.js";

export type RenameDocumentProps = { documentId: string; title: string; kind?: DocumentKind | null; expectedVersion?: number | null };

/** Gives a document of a package another title (and, if asked, another kind); its files stay as they are. */
export async function renameDocument(ds: DataSource, actor: Actor, props: RenameDocumentProps): Promise<{ documentId: string }> {
  const { documentId, title } = props;
  return aggregateCommand(ds, actor, sessionAggregate((tx) => lockDocument(tx, documentId), props.expectedVersion), async (tx, { session, document }) => {
    requirePackageOpen(session, "rename documents of its package");
    requireNotWithdrawn(document);
    const kind = props.kind ?? document.kind;
    if (title === document.title && kind === document.kind) return unchanged({ documentId });
    await tx.query("UPDATE meeting_document SET title = $2, kind = $3 WHERE id = $1", [documentId, title, kind]);
    await indexDocumentText(tx, { documentId, agendaItemId: document.agenda_item_id, title, text: await currentText(tx, documentId) });
    return changed({ documentId }, {
      action: "renameDocument", subjectType: "meetingDocument", subjectId: documentId, sessionId: session.id,
      before: { title: document.title, kind: document.kind }, after: { title, kind },
    });
  });
}
