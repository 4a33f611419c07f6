import type { DataSource } from "typeorm";
import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { transaction } from "../../platform/db/transaction.js";
import { badInput, isWellFormedId, notFound } from "../../platform/errors.js";
import type { InitiativeKind } from "../model.js";

export type SubmitInitiativeProps = { title: string; kind: InitiativeKind; submittedAt: Date; leadSponsorId: string; coSponsorIds: string[] };

/**
 * Registers an initiative with its lead sponsor and co-sponsors. A councillor
 * registers their own (as lead sponsor); the secretariat registers any.
 */
export async function submitInitiative(
  ds: DataSource, actor: Actor, props: SubmitInitiativeProps,
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
