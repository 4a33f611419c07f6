import type { DataSource, EntityManager } from "typeorm";
import { returnedRows } from "../platform/db/rows.js";
import { ReceiptKind, TrackedRequest } from "../platform/receipts.js";
import type { RetentionTask } from "../platform/retention.js";
import { clockOf, historyOf, petitionRows } from "./queries.js";
import { petitionSlaState, runningDueAt } from "./rules.js";

/**
 * A petition as its receipt opens it on `/ndiq`: title, status, the running due moment (the review's, then
 * the answer's), the SLA state from the late-mark rules and the lifecycle; no name, contact or signature.
 */
export async function trackPetition(ds: DataSource, subjectId: string, reference: string, now: Date): Promise<TrackedRequest | null> {
  const [r] = await petitionRows(ds, "WHERE p.id = $1", [subjectId]);
  if (!r) return null;
  const clock = clockOf(r);
  return Object.assign(new TrackedRequest(), {
    reference, kind: ReceiptKind.PETITION, title: r.title, status: r.status, receivedAt: r.received_at,
    dueAt: runningDueAt(clock), slaState: petitionSlaState(clock, now), history: historyOf(r),
  });
}

/**
 * Retention (PERSONAL_DATA_RETENTION_DAYS): petitions answered or rejected before the cutoff lose the
 * petitioner's contact data, a private person's name and the signature list; the count, the text, an
 * organisation's (public) name and the lifecycle stay.
 */
export const petitionRetention: RetentionTask = {
  name: "petition",
  async purge(tx: EntityManager, cutoff: Date): Promise<number> {
    const erased = await returnedRows<{ id: string }>(tx,
      `UPDATE petition SET contact_email = NULL, contact_phone = NULL, signature_list = NULL,
         petitioner_name = CASE WHEN petitioner_kind = 'ORGANISATION' THEN petitioner_name END, personal_data_erased_at = now()
       WHERE personal_data_erased_at IS NULL AND coalesce(answered_at, rejected_at) < $1
       RETURNING id`, [cutoff]);
    return erased.length;
  },
};
