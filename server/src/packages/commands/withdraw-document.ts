import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { aggregateCommand, changed } from "../../platform/command.js";
import { returnedRows } from "../../platform/db/rows.js";
import { sessionAggregate } from "../../sessions/command.js";
import { unindexDocument } from "../search-text.js";
import { lockDocument, requireNotWithdrawn, requirePackageOpen } from "./common.js";

export type WithdrawDocumentProps = { documentId: string; reason: string; expectedVersion?: number | null };

/**
 * Withdraws a document from the package [tërhiqet], with the reason. It is never deleted: the public
 * still sees that it was there, when and why it was withdrawn; its files are no longer served (the
 * usual reason is a wrong file), but stay in the database, on the record.
 */
export async function withdrawDocument(ds: DataSource, actor: Actor, props: WithdrawDocumentProps): Promise<{ documentId: string }> {
  const { documentId, reason } = props;
  return aggregateCommand(ds, actor, sessionAggregate((tx) => lockDocument(tx, documentId), props.expectedVersion), async (tx, { session, document }) => {
    requirePackageOpen(session, "withdraw documents of its package");
    requireNotWithdrawn(document);
    const [{ withdrawn_at }] = await returnedRows<{ withdrawn_at: Date }>(tx,
      "UPDATE meeting_document SET withdrawn_at = clock_timestamp(), withdrawn_by = $2, withdrawal_reason = $3 WHERE id = $1 RETURNING withdrawn_at",
      [documentId, actor.userId, reason]);
    await unindexDocument(tx, documentId);
    return changed({ documentId }, {
      action: "withdrawDocument", subjectType: "meetingDocument", subjectId: documentId, sessionId: session.id,
      before: { title: document.title, version: document.version }, after: { withdrawnAt: withdrawn_at.toISOString(), reason },
    });
  });
}
