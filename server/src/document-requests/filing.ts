import type { DataSource, EntityManager } from "typeorm";
import type { DeadlineTrack } from "../platform/deadlines/clock.js";
import { ReceiptKind, TrackedRequest, type TrackedStep } from "../platform/receipts.js";
import { returnedRows } from "../platform/db/rows.js";
import type { RetentionTask } from "../platform/retention.js";
import { type DocumentRequestRow, loadRequestRow } from "./queries.js";

/**
 * What requests for documents hand to the platform's shared engines (server/src/filings.ts,
 * publishing/tracking.ts): their table on the one deadline clock, the retention of the requester's
 * identity, and what `/ndiq` shows of a request.
 */

/** On the server's one deadline clock (no live topic: the register is read on demand). */
export const documentRequestTrack: DeadlineTrack = { table: "document_request", subjectType: "document_request" };

/** Erases who asked, and how to reach them, from requests answered before the cutoff; the public record stays. */
export const documentRequestRetention: RetentionTask = {
  name: "document_request",
  async purge(tx: EntityManager, cutoff: Date): Promise<number> {
    const erased = await returnedRows<{ id: string }>(tx,
      `UPDATE document_request SET requester_name = NULL, requester_email = NULL, requester_phone = NULL, requester_address = NULL,
         personal_data_erased_at = now()
       WHERE status = 'CLOSED' AND closed_at < $1 AND personal_data_erased_at IS NULL RETURNING id`, [cutoff]);
    return erased.length;
  },
};

const EXTENSION_WORDS: Record<string, string> = {
  HELD_ELSEWHERE: "dokumenti mbahet jashtë organeve të Komunës",
  MANY_DOCUMENTS: "kërkohen shumë dokumente",
};

function step(at: Date, status: string, note: string | null = null): TrackedStep {
  return { at, status, note };
}

/** The history a receipt shows: received, taken up, extended (and why), answered. No personal data. */
export function documentRequestHistory(r: DocumentRequestRow): TrackedStep[] {
  const steps = [step(r.received_at, "RECEIVED")];
  if (r.started_at) steps.push(step(r.started_at, "IN_PROGRESS"));
  if (r.extended_at && r.extension_reason) {
    const why = [EXTENSION_WORDS[r.extension_reason], r.extension_note].filter(Boolean).join(". ");
    steps.push(step(r.extended_at, r.started_at && r.started_at <= r.extended_at ? "IN_PROGRESS" : "RECEIVED", `Afati u zgjat në 15 ditë: ${why}.`));
  }
  if (r.closed_at && r.outcome) {
    const note = r.outcome === "REFUSED" ? r.refusal_reason : r.outcome === "TRANSFERRED" ? `Përcjellë te: ${r.transferred_to}` : r.answer_note;
    steps.push(step(r.closed_at, r.outcome, note));
  }
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** `/ndiq` for a request for documents: status (the outcome once answered), due moment, SLA state, history. */
export async function trackDocumentRequest(ds: DataSource, subjectId: string, reference: string): Promise<TrackedRequest | null> {
  const r = await loadRequestRow(ds, subjectId);
  if (!r) return null;
  return Object.assign(new TrackedRequest(), {
    reference,
    kind: ReceiptKind.DOCUMENT_REQUEST,
    title: r.documents_withheld ? "Kërkesë për qasje në dokumente publike" : r.documents.slice(0, 200),
    status: r.outcome ?? r.status,
    receivedAt: r.received_at,
    dueAt: r.due_at,
    slaState: r.sla_state,
    history: documentRequestHistory(r),
  });
}
