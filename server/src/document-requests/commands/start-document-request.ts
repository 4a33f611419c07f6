import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { documentRequestCommand, type DocumentRequestDeps } from "../command.js";
import { requireStartable } from "../rules.js";

/** The responsible official takes the request up: RECEIVED → IN_PROGRESS. The deadline runs on, unchanged. */
export async function startDocumentRequest(deps: DocumentRequestDeps, actor: Actor, target: { id: string; expectedVersion?: number | null }): Promise<void> {
  await documentRequestCommand(deps, actor, target, async (tx, r) => {
    requireStartable(r);
    const at = deps.now();
    await tx.query("UPDATE document_request SET status = 'IN_PROGRESS', started_at = $2 WHERE id = $1", [r.id, at]);
    return changed(undefined, { action: "startDocumentRequest", subjectType: "document_request", subjectId: r.id, before: { status: r.status }, after: { status: "IN_PROGRESS", at } });
  });
}
