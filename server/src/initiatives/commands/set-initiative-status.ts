import type { DataSource } from "typeorm";
import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { transaction } from "../../platform/db/transaction.js";
import { badInput, conflict, isWellFormedId, notFound } from "../../platform/errors.js";
import { notifyChange } from "../../platform/realtime/events.js";
import { type ConsultationKind, type InitiativeKind, InitiativeStatus } from "../model.js";

/**
 * Registers an initiative with its lead sponsor and co-sponsors. A councillor
 * registers their own (as lead sponsor); the secretariat registers any.
 */
export async function submitInitiative(
  ds: DataSource, actor: Actor,
  props: { title: string; kind: InitiativeKind; submittedAt: Date; leadSponsorId: string; coSponsorIds: string[] },
): Promise<string> {
  if (props.coSponsorIds.includes(props.leadSponsorId)) {
    throw badInput("coSponsorIds: the lead sponsor cannot also be a co-sponsor.", { coSponsorIds: "includes the lead sponsor" });
  }
  return transaction(ds, async (tx) => {
    for (const id of [props.leadSponsorId, ...props.coSponsorIds]) {
      if (!isWellFormedId(id) || (await tx.query("SELECT 1 FROM councillor WHERE id = $1", [id])).length === 0) throw notFound("councillor", id);
    }
    const [{ id }] = await tx.query(
      "INSERT INTO initiative (title, kind, submitted_at, lead_sponsor_id, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id",
      [props.title, props.kind, props.submittedAt, props.leadSponsorId, actor.userId]);
    for (const c of props.coSponsorIds) await tx.query("INSERT INTO initiative_cosponsor (initiative_id, councillor_id) VALUES ($1, $2)", [id, c]);
    await recordAudit(tx, actor, { action: "submitInitiative", subjectType: "initiative", subjectId: id, after: { ...props } });
    return id as string;
  });
}

/** SUBMITTED → IN_COMMITTEE → ON_AGENDA → ADOPTED | REJECTED; WITHDRAWN from any open status. */
const MOVES: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  SUBMITTED: [InitiativeStatus.IN_COMMITTEE, InitiativeStatus.ON_AGENDA, InitiativeStatus.WITHDRAWN],
  IN_COMMITTEE: [InitiativeStatus.ON_AGENDA, InitiativeStatus.WITHDRAWN],
  ON_AGENDA: [InitiativeStatus.ADOPTED, InitiativeStatus.REJECTED, InitiativeStatus.WITHDRAWN, InitiativeStatus.IN_COMMITTEE],
  ADOPTED: [],
  REJECTED: [],
  WITHDRAWN: [],
};
export const canMoveInitiative = (from: InitiativeStatus, to: InitiativeStatus) => MOVES[from].includes(to);

/**
 * Moves an initiative along its lifecycle, optionally linking the agenda item
 * where it is (or was) decided; the item then shows the initiative.
 */
export async function setInitiativeStatus(
  ds: DataSource, actor: Actor, props: { id: string; status: InitiativeStatus; agendaItemId: string | null },
): Promise<string> {
  return transaction(ds, async (tx) => {
    if (!isWellFormedId(props.id)) throw notFound("initiative", props.id);
    const [row] = await tx.query("SELECT * FROM initiative WHERE id = $1 FOR UPDATE", [props.id]);
    if (!row) throw notFound("initiative", props.id);
    if (row.status !== props.status && !canMoveInitiative(row.status, props.status)) {
      throw conflict(`An initiative that is ${row.status} cannot become ${props.status}.`);
    }
    let sessionId: string | null = null;
    if (props.agendaItemId) {
      if (!isWellFormedId(props.agendaItemId)) throw notFound("agenda item", props.agendaItemId);
      const [item] = await tx.query("SELECT session_id FROM agenda_item WHERE id = $1", [props.agendaItemId]);
      if (!item) throw notFound("agenda item", props.agendaItemId);
      sessionId = item.session_id;
    }
    await tx.query("UPDATE initiative SET status = $2, agenda_item_id = COALESCE($3, agenda_item_id), version = version + 1 WHERE id = $1",
      [row.id, props.status, props.agendaItemId]);
    await recordAudit(tx, actor, { action: "setInitiativeStatus", subjectType: "initiative", subjectId: row.id, sessionId,
      before: { status: row.status, agendaItemId: row.agenda_item_id }, after: { status: props.status, agendaItemId: props.agendaItemId ?? row.agenda_item_id } });
    for (const s of new Set([sessionId, row.agenda_item_id ? (await tx.query("SELECT session_id FROM agenda_item WHERE id = $1", [row.agenda_item_id]))[0]?.session_id : null])) {
      if (s) await notifyChange(tx, { topic: "session", id: s });
    }
    return row.id as string;
  });
}

/** A public consultation or hearing with its participants by gender (Elbasan plan OS-4 point 7). */
export async function recordConsultation(
  ds: DataSource, actor: Actor,
  props: { title: string; kind: ConsultationKind; heldAt: Date; women: number; men: number; otherOrUndisclosed: number; vulnerableGroups: number },
): Promise<string> {
  if (props.vulnerableGroups > props.women + props.men + props.otherOrUndisclosed) {
    throw badInput("vulnerableGroups: cannot exceed the number of participants.", { vulnerableGroups: "more than participants" });
  }
  return transaction(ds, async (tx) => {
    const [{ id }] = await tx.query(
      `INSERT INTO consultation (title, kind, held_at, women, men, other_or_undisclosed, vulnerable_groups, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [props.title, props.kind, props.heldAt, props.women, props.men, props.otherOrUndisclosed, props.vulnerableGroups, actor.userId]);
    await recordAudit(tx, actor, { action: "recordConsultation", subjectType: "consultation", subjectId: id, after: props });
    return id as string;
  });
}
