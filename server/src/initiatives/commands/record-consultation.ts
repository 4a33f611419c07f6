import type { DataSource } from "typeorm";
import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { transaction } from "../../platform/db/transaction.js";
import { badInput } from "../../platform/errors.js";
import type { ConsultationKind } from "../model.js";
import { requireAgendaItem } from "./announce-consultation.js";

export type RecordConsultationProps = {
  title: string; kind: ConsultationKind; heldAt: Date; women: number; men: number; otherOrUndisclosed: number; vulnerableGroups: number;
  announcedAt: Date | null; place: string | null; agendaItemId: string | null;
};

/**
 * A public consultation or hearing already held, with its participants by gender (Elbasan plan OS-4 point 7).
 * Without `announcedAt` nothing shows when the public was told: it is recorded as announced when held (late).
 */
export async function recordConsultation(
  ds: DataSource, actor: Actor, props: RecordConsultationProps,
): Promise<string> {
  if (props.vulnerableGroups > props.women + props.men + props.otherOrUndisclosed) {
    throw badInput("vulnerableGroups: cannot exceed the number of participants.", { vulnerableGroups: "more than participants" });
  }
  const announcedAt = props.announcedAt ?? props.heldAt;
  if (announcedAt.getTime() > props.heldAt.getTime()) throw badInput("announcedAt: must be before the consultation was held.", { announcedAt: "after heldAt" });
  return transaction(ds, async (tx) => {
    await requireAgendaItem(tx, props.agendaItemId);
    const [{ id }] = await tx.query(
      `INSERT INTO consultation (title, kind, held_at, announced_at, place, agenda_item_id, status, women, men, other_or_undisclosed, vulnerable_groups, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, 'HELD', $7, $8, $9, $10, $11) RETURNING id`,
      [props.title, props.kind, props.heldAt, announcedAt, props.place, props.agendaItemId,
        props.women, props.men, props.otherOrUndisclosed, props.vulnerableGroups, actor.userId]);
    await recordAudit(tx, actor, { action: "recordConsultation", subjectType: "consultation", subjectId: id, after: { ...props, announcedAt } });
    return id as string;
  });
}
