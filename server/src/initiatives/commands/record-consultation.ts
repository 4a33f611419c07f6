import type { DataSource } from "typeorm";
import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { transaction } from "../../platform/db/transaction.js";
import { badInput } from "../../platform/errors.js";
import type { ConsultationKind } from "../model.js";

export type RecordConsultationProps = {
  title: string; kind: ConsultationKind; heldAt: Date; women: number; men: number; otherOrUndisclosed: number; vulnerableGroups: number;
};

/** A public consultation or hearing with its participants by gender (Elbasan plan OS-4 point 7). */
export async function recordConsultation(
  ds: DataSource, actor: Actor, props: RecordConsultationProps,
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
