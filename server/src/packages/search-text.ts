import type { EntityManager } from "typeorm";
import { putSearchText, removeSearchText } from "../decisions/search.js";

/** The source name of a package document's text in the search (decisions/search.ts). */
export const PACKAGE_DOCUMENT_SOURCE = "package_document";

/**
 * Keeps a document's current text in the search of the register of decisions (decisions/search.ts:
 * unaccent + simple, so "cerdhe" finds "çerdhe"), in the command's transaction: an item's PDF under
 * its item, labelled with the document's title; replaced by the new version's text, taken out when
 * the document is withdrawn or its current version has none. The session's own documents (notice,
 * agenda) belong to no item and are left out.
 */
export async function indexDocumentText(tx: EntityManager, doc: { documentId: string; agendaItemId: string | null; title: string; text: string | null }): Promise<void> {
  if (doc.agendaItemId === null) return;
  if (doc.text === null) return removeSearchText(tx, PACKAGE_DOCUMENT_SOURCE, doc.documentId);
  await putSearchText(tx, { agendaItemId: doc.agendaItemId, source: PACKAGE_DOCUMENT_SOURCE, sourceId: doc.documentId, label: doc.title, weight: "C", body: doc.text });
}

export const unindexDocument = (tx: EntityManager, documentId: string) => removeSearchText(tx, PACKAGE_DOCUMENT_SOURCE, documentId);

/** The current version's stored text (a rename relabels it). */
export async function currentText(tx: EntityManager, documentId: string): Promise<string | null> {
  const [found]: { text: string | null }[] = await tx.query(
    "SELECT text FROM meeting_document_version WHERE document_id = $1 ORDER BY version DESC LIMIT 1", [documentId]);
  return found?.text ?? null;
}
