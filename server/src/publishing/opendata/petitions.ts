import type { EntityManager } from "typeorm";
import { clockOf, petitionRows } from "../../petitions/queries.js";
import { answerLate, reviewLate } from "../../petitions/rules.js";
import type { Value } from "./records.js";

/**
 * The register of petitions [regjistri i peticioneve] as open data (issue 16 point 2): the public record only —
 * an organisation's name, never a private person's, no contact data, no signature list (only its count).
 * Late marks as of the moment of the download.
 */
export const PETITION_COLUMNS = [
  "id", "reference", "title", "petitionerKind", "organisationName", "signaturesCount", "channel", "status", "receivedAt", "reviewDueAt",
  "reviewLate", "reviewStartedAt", "agendaItemId", "sessionId", "discussedAt", "answerDueAt", "answerLate", "answeredAt", "answerSummary",
  "rejectedAt", "rejectReason", "text",
] as const;
export type PetitionRecord = Record<(typeof PETITION_COLUMNS)[number], Value>;

const iso = (d: Date | null) => (d instanceof Date ? d.toISOString() : null);

export async function petitionRecords(m: EntityManager, now: Date = new Date()): Promise<PetitionRecord[]> {
  const found = await petitionRows(m, "", []);
  return found.reverse().map((r) => ({
    id: r.id, reference: r.reference, title: r.title, petitionerKind: r.petitioner_kind, organisationName: r.organisation_name,
    signaturesCount: r.signatures_count, channel: r.channel, status: r.status, receivedAt: iso(r.received_at), reviewDueAt: iso(r.review_due_at),
    reviewLate: reviewLate(clockOf(r), now), reviewStartedAt: iso(r.review_started_at), agendaItemId: r.agenda_item_id, sessionId: r.session_id,
    discussedAt: iso(r.discussed_at), answerDueAt: iso(r.answer_due_at), answerLate: answerLate(clockOf(r), now), answeredAt: iso(r.answered_at),
    answerSummary: r.answer_summary, rejectedAt: iso(r.rejected_at), rejectReason: r.reject_reason, text: r.body,
  }));
}
