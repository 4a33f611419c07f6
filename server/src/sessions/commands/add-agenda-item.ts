import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { sessionCommand } from "../command.js";
import { requireNotClosed } from "./common.js";

export type AddAgendaItemProps = { sessionId: string; title: string; description?: string | null; draftPublishedAt?: Date | null };

/** Adds an item at the end of the agenda [rendi i ditës] of a session that is not closed. */
export async function addAgendaItem(ds: DataSource, actor: Actor, props: AddAgendaItemProps): Promise<{ sessionId: string; itemId: string }> {
  return sessionCommand(ds, actor, { sessionId: props.sessionId }, async (tx, { session }) => {
    requireNotClosed(session, "add agenda items");
    const [{ id }] = await tx.query(
      `INSERT INTO agenda_item (session_id, position, title, description, draft_published_at)
       VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE session_id = $1), $2, $3, $4) RETURNING id`,
      [session.id, props.title, props.description ?? null, props.draftPublishedAt ?? null],
    );
    return changed({ sessionId: session.id, itemId: id as string },
      { action: "addAgendaItem", subjectType: "agenda_item", subjectId: id, sessionId: session.id, after: { title: props.title } });
  });
}
