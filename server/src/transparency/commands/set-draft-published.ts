import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { sessionCommand } from "../../sessions/command.js";
import { requireNotClosed } from "../../sessions/commands/common.js";

export type SetDraftPublishedProps = { agendaItemId: string; publishedAt: Date };

/**
 * Records when an agenda item's draft decision was published for public comment
 * (Elbasan plan OS-2: at least 10 working days before the vote). The session's
 * snapshot shows the date and the short-comment mark, so this is a session change
 * like any other: its version goes up and its subscribers hear of it.
 */
export async function setDraftPublished(ds: DataSource, actor: Actor, props: SetDraftPublishedProps): Promise<string> {
  return sessionCommand(ds, actor, { agendaItemId: props.agendaItemId }, async (tx, { session, item }) => {
    requireNotClosed(session, "change the draft's publication date");
    await tx.query("UPDATE agenda_item SET draft_published_at = $2 WHERE id = $1", [item.id, props.publishedAt]);
    return changed(session.id,
      { action: "setDraftPublished", subjectType: "agenda_item", subjectId: item.id, sessionId: session.id, after: { publishedAt: props.publishedAt } });
  });
}
