import type { Actor } from "../../auth/tokens.js";
import { changed, unchanged } from "../../platform/command.js";
import { documentRequestCommand, type DocumentRequestDeps } from "../command.js";

/**
 * What was asked is public in the register (the e-Council plan's register of requests), unless it holds
 * personal data (e.g. "my late father's building permit"): the secretariat withholds the text, and the
 * register shows that it was withheld. Allowed at any time, also after the answer.
 */
export async function withholdDocumentRequestText(deps: DocumentRequestDeps, actor: Actor, props: { id: string; expectedVersion?: number | null; withheld: boolean }): Promise<void> {
  await documentRequestCommand(deps, actor, props, async (tx, r) => {
    if (r.documents_withheld === props.withheld) return unchanged(undefined);
    await tx.query("UPDATE document_request SET documents_withheld = $2 WHERE id = $1", [r.id, props.withheld]);
    return changed(undefined, { action: "withholdDocumentRequestText", subjectType: "document_request", subjectId: r.id, before: { withheld: r.documents_withheld }, after: { withheld: props.withheld } });
  });
}
