import type { DataSource } from "typeorm";
import { type Queryable, returnedRows, rows } from "../platform/db/rows.js";
import type { RetentionTask } from "../platform/retention.js";
import { ReceiptKind, type TrackedRequest, type TrackedStep } from "../platform/receipts.js";
import { voteMomentOf } from "../sessions/rules.js";
import { CommentStatus, TrackedCommentStatus, trackedStatus } from "./rules.js";

/** The step's public note, in the council's words (the reason for a rejection, the answer's outcome). */
const NOTE: Record<string, string> = {
  OFFENSIVE: "Fyes", PERSONAL_DATA: "Të dhëna personale", OFF_TOPIC: "Jashtë teme", DUPLICATE: "I përsëritur",
  ACCEPTED: "Pranuar", PARTLY_ACCEPTED: "Pranuar pjesërisht", NOT_ACCEPTED: "Nuk u pranua",
};
const noteOf = (code: string | null) => (code ? NOTE[code] ?? code : null);

type TrackRow = {
  title: string; status: CommentStatus; received_at: Date; moderated_at: Date | null; answered_at: Date | null; outcome: string | null;
  reject_reason: string | null; scheduled_at: Date; first_vote_at: Date | null;
};

/**
 * A comment as its receipt shows it at /ndiq: the draft's title, PENDING → PUBLISHED or REJECTED (the reason, in
 * Albanian, as the step's note) → ANSWERED (the outcome as the note), received at, and due at the vote moment (the comment period's end,
 * by when the council should have weighed it) while it waits; no SLA runs. Never the name, e-mail or text.
 */
export async function trackDraftComment(ds: DataSource, subjectId: string, reference: string): Promise<TrackedRequest | null> {
  const [r] = await rows<TrackRow>(ds,
    `SELECT i.title, c.status, c.received_at, c.moderated_at, c.answered_at, c.outcome, c.reject_reason, s.scheduled_at,
            (SELECT min(v.opened_at) FROM vote v WHERE v.agenda_item_id = i.id) AS first_vote_at
       FROM draft_comment c JOIN agenda_item i ON i.id = c.agenda_item_id JOIN council_session s ON s.id = i.session_id
      WHERE c.id = $1`, [subjectId]);
  if (!r) return null;
  const history: TrackedStep[] = [{ at: r.received_at, status: TrackedCommentStatus.PENDING, note: null }];
  if (r.moderated_at) history.push({ at: r.moderated_at, status: r.status, note: noteOf(r.reject_reason) });
  if (r.answered_at) history.push({ at: r.answered_at, status: TrackedCommentStatus.ANSWERED, note: noteOf(r.outcome) });
  const status = trackedStatus(r.status, r.answered_at !== null);
  const waiting = status === TrackedCommentStatus.PENDING || status === TrackedCommentStatus.PUBLISHED;
  return {
    reference, kind: ReceiptKind.DRAFT_COMMENT, title: r.title, status, receivedAt: r.received_at,
    dueAt: waiting ? voteMomentOf(r.scheduled_at, r.first_vote_at ? [r.first_vote_at] : []) : null, slaState: null, history,
  };
}

/**
 * Retention (issue 16 point 7): the comments on drafts whose consultation ended before the cutoff (the item's
 * session closed, or its first vote opened, before it) lose their author's personal data: the name becomes
 * "—", the e-mail, gender and vulnerable-group flag are blanked. The text, the moderation, the answer and the
 * published report's figures (fixed at publication) stay: they are the public record of the consultation.
 */
export async function purgeCommentPersonalData(tx: Queryable, cutoff: Date): Promise<number> {
  const erased = await returnedRows<{ id: string }>(tx,
    `UPDATE draft_comment c SET author_name = '—', email = NULL, gender = NULL, vulnerable_group = NULL, personal_data_erased_at = now()
      FROM agenda_item i JOIN council_session s ON s.id = i.session_id
     WHERE i.id = c.agenda_item_id AND c.personal_data_erased_at IS NULL
       AND (s.closed_at < $1 OR (SELECT min(v.opened_at) FROM vote v WHERE v.agenda_item_id = i.id) < $1)
     RETURNING c.id`, [cutoff]);
  return erased.length;
}

export const draftCommentRetention: RetentionTask = { name: "draft_comment", purge: purgeCommentPersonalData };
