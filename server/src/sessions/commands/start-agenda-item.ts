import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed, unchanged } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { AgendaItemStatus } from "../model.js";
import { sessionCommand } from "../command.js";
import { endSpeechInProgress, openVoteOf, requireInProgress } from "./common.js";

export type StartAgendaItemProps = { agendaItemId: string; expectedVersion?: number | null };

/**
 * Makes an agenda item the current one (UNDER_DISCUSSION). At most one item is
 * current: the previous one, if still under discussion, goes back to PENDING.
 * Not while a vote is open; not for an item already decided or withdrawn.
 */
export async function startAgendaItem(ds: DataSource, actor: Actor, props: StartAgendaItemProps): Promise<string> {
  return sessionCommand(ds, actor, props, async (tx, { session, item }) => {
    requireInProgress(session, "start an agenda item");
    if (session.current_item_id === item.id) return unchanged(session.id);
    if (await openVoteOf(tx, session.id)) throw conflict("A vote is open on the current item: close it before moving to another item.");
    if (item.status === AgendaItemStatus.DECIDED || item.status === AgendaItemStatus.WITHDRAWN) {
      throw conflict(`Item ${item.position} "${item.title}" is ${item.status} and cannot be taken up again.`);
    }
    if (session.current_item_id) {
      await tx.query("UPDATE agenda_item SET status = $2 WHERE id = $1 AND status = $3",
        [session.current_item_id, AgendaItemStatus.PENDING, AgendaItemStatus.UNDER_DISCUSSION]);
    }
    await tx.query("UPDATE agenda_item SET status = $2 WHERE id = $1", [item.id, AgendaItemStatus.UNDER_DISCUSSION]);
    await tx.query("UPDATE council_session SET current_item_id = $2 WHERE id = $1", [session.id, item.id]);
    // The speech on the item left ends; waiting requests stay on it, for when it is taken up again.
    const ended = await endSpeechInProgress(tx, session.id, "startAgendaItem");
    return changed(session.id, ...ended, {
      action: "startAgendaItem", subjectType: "agenda_item", subjectId: item.id, sessionId: session.id,
      before: { currentItemId: session.current_item_id, status: item.status }, after: { currentItemId: item.id, status: AgendaItemStatus.UNDER_DISCUSSION },
    });
  });
}
