import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import type { WorkingCalendar } from "../../calendar/working-calendar.js";
import { changed } from "../../platform/command.js";
import { conflict, isWellFormedId, notFound } from "../../platform/errors.js";
import { petitionCommand } from "../command.js";
import { PetitionStatus } from "../model.js";
import { answerDueAt } from "../rules.js";

type ItemRow = { id: string; session_id: string; session_title: string; held_at: Date; status: string };

/**
 * UNDER_REVIEW → DISCUSSED: the council discussed the petition at an agenda item. The discussion's moment is
 * its session's (when it started, or was scheduled): a session not yet held cannot have discussed it. The 15
 * days of the written answer count from it. The review's late mark follows from it (rules.ts).
 */
export async function recordPetitionDiscussion(
  ds: DataSource, actor: Actor, now: Date, calendar: WorkingCalendar, props: { id: string; agendaItemId: string; expectedVersion: number | null },
): Promise<void> {
  await petitionCommand(ds, actor, { id: props.id, expectedVersion: props.expectedVersion, move: "discuss" }, async (tx, p) => {
    if (!isWellFormedId(props.agendaItemId)) throw notFound("agenda item", props.agendaItemId);
    const [item]: ItemRow[] = await tx.query(
      `SELECT a.id, a.session_id, s.title AS session_title, coalesce(s.started_at, s.scheduled_at) AS held_at, a.status
       FROM agenda_item a JOIN council_session s ON s.id = a.session_id WHERE a.id = $1`, [props.agendaItemId]);
    if (!item) throw notFound("agenda item", props.agendaItemId);
    if (item.held_at > now) throw conflict(`"${item.session_title}" has not been held yet: record the discussion after the session.`);
    if (item.held_at < p.received_at) throw conflict(`"${item.session_title}" was held before this petition was received: choose the agenda item where the council discussed it.`);
    if (item.status === "WITHDRAWN") throw conflict("This agenda item was withdrawn, so the council did not discuss it there: choose the item where it was discussed.");
    const dueAt = answerDueAt(item.held_at, calendar);
    await tx.query("UPDATE petition SET status = 'DISCUSSED', agenda_item_id = $2, discussed_at = $3, answer_due_at = $4 WHERE id = $1",
      [p.id, item.id, item.held_at, dueAt]);
    return changed(undefined, {
      action: "recordPetitionDiscussion", subjectType: "petition", subjectId: p.id,
      before: { status: p.status }, after: { status: PetitionStatus.DISCUSSED, agendaItemId: item.id, discussedAt: item.held_at, answerDueAt: dueAt },
    });
  });
}
