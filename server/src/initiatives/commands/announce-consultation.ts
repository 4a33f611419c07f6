import type { DataSource, EntityManager } from "typeorm";
import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { transaction } from "../../platform/db/transaction.js";
import { badInput, isWellFormedId, notFound } from "../../platform/errors.js";
import type { ConsultationKind } from "../model.js";

export type AnnounceConsultationProps = {
  title: string; kind: ConsultationKind; heldAt: Date; place: string; announcedAt: Date | null; agendaItemId: string | null;
};

/** The agenda item a consultation is about must exist. */
export async function requireAgendaItem(tx: EntityManager, agendaItemId: string | null): Promise<void> {
  if (agendaItemId === null) return;
  const found = isWellFormedId(agendaItemId) ? await tx.query("SELECT 1 FROM agenda_item WHERE id = $1", [agendaItemId]) : [];
  if (found.length === 0) throw notFound("agenda item", agendaItemId);
}

/**
 * A consultation or public meeting announced to the public (Kaçanik plan: at least 14 days ahead; closer
 * is allowed and marked late). It is ANNOUNCED until its participants are recorded.
 */
export async function announceConsultation(ds: DataSource, actor: Actor, now: Date, input: AnnounceConsultationProps): Promise<string> {
  const props = { ...input, announcedAt: input.announcedAt ?? now };
  if (props.announcedAt.getTime() > now.getTime() + 60_000) {
    throw badInput("announcedAt: cannot be in the future: it is when the public was told.", { announcedAt: "in the future" });
  }
  if (props.heldAt.getTime() < props.announcedAt.getTime()) throw badInput("heldAt: must be after the announcement.", { heldAt: "before announcedAt" });
  return transaction(ds, async (tx) => {
    await requireAgendaItem(tx, props.agendaItemId);
    const [{ id }] = await tx.query(
      `INSERT INTO consultation (title, kind, held_at, announced_at, place, agenda_item_id, status, women, men, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, 'ANNOUNCED', 0, 0, $7) RETURNING id`,
      [props.title, props.kind, props.heldAt, props.announcedAt, props.place, props.agendaItemId, actor.userId]);
    await recordAudit(tx, actor, { action: "announceConsultation", subjectType: "consultation", subjectId: id, after: props });
    return id as string;
  });
}
