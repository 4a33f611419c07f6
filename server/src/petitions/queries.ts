import { type Queryable, rows } from "../platform/db/rows.js";
import type { TrackedStep } from "../platform/receipts.js";
import { Petition, PetitionAgendaItem, type PetitionChannel, PetitionerKind, PetitionPersonalData, PetitionStatus } from "./model.js";
import { answerLate, type PetitionClock, reviewLate } from "./rules.js";

/** A petition's public columns, with its receipt's reference and its agenda item (never the personal data). */
export type PetitionRow = {
  id: string; reference: string | null; petitioner_kind: PetitionerKind; organisation_name: string | null;
  title: string; body: string; signatures_count: number; channel: PetitionChannel; status: PetitionStatus;
  received_at: Date; review_due_at: Date; review_started_at: Date | null; agenda_item_id: string | null; discussed_at: Date | null;
  answer_due_at: Date | null; answered_at: Date | null; answer_summary: string | null; rejected_at: Date | null; reject_reason: string | null;
  version: number; item_title: string | null; item_position: number | null; session_id: string | null; session_title: string | null;
};

/** The public columns; a private person's name is not among them. */
export const PUBLIC_COLUMNS = `p.id, r.reference, p.petitioner_kind,
  CASE WHEN p.petitioner_kind = 'ORGANISATION' THEN p.petitioner_name END AS organisation_name,
  p.title, p.body, p.signatures_count, p.channel, p.status, p.received_at, p.review_due_at, p.review_started_at,
  p.agenda_item_id, p.discussed_at, p.answer_due_at, p.answered_at, p.answer_summary, p.rejected_at, p.reject_reason, p.version,
  a.title AS item_title, a.position AS item_position, s.id AS session_id, s.title AS session_title`;
export const PUBLIC_FROM = `petition p
  LEFT JOIN receipt r ON r.kind = 'PETITION' AND r.subject_id = p.id
  LEFT JOIN agenda_item a ON a.id = p.agenda_item_id
  LEFT JOIN council_session s ON s.id = a.session_id`;

export const clockOf = (r: PetitionRow): PetitionClock => ({
  status: r.status, receivedAt: r.received_at, reviewDueAt: r.review_due_at, discussedAt: r.discussed_at,
  rejectedAt: r.rejected_at, answerDueAt: r.answer_due_at, answeredAt: r.answered_at,
});

/** The lifecycle's steps from the moments the row keeps (each move sets its own moment once). */
export function historyOf(r: PetitionRow): TrackedStep[] {
  const steps: TrackedStep[] = [{ at: r.received_at, status: PetitionStatus.RECEIVED, note: null }];
  if (r.review_started_at) steps.push({ at: r.review_started_at, status: PetitionStatus.UNDER_REVIEW, note: null });
  if (r.discussed_at) steps.push({ at: r.discussed_at, status: PetitionStatus.DISCUSSED, note: r.item_title });
  if (r.answered_at) steps.push({ at: r.answered_at, status: PetitionStatus.ANSWERED, note: null });
  if (r.rejected_at) steps.push({ at: r.rejected_at, status: PetitionStatus.REJECTED, note: r.reject_reason });
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime());
}

export function toPetition(r: PetitionRow, now: Date): Petition {
  const clock = clockOf(r);
  return Object.assign(new Petition(), {
    id: r.id, reference: r.reference, petitionerKind: r.petitioner_kind, organisationName: r.organisation_name,
    title: r.title, text: r.body, signaturesCount: r.signatures_count, channel: r.channel, status: r.status,
    receivedAt: r.received_at, reviewDueAt: r.review_due_at, reviewStartedAt: r.review_started_at,
    agendaItemId: r.agenda_item_id,
    agendaItem: r.agenda_item_id && r.session_id
      ? Object.assign(new PetitionAgendaItem(), { id: r.agenda_item_id, title: r.item_title, position: r.item_position, sessionId: r.session_id, sessionTitle: r.session_title })
      : null,
    discussedAt: r.discussed_at, answerDueAt: r.answer_due_at, answeredAt: r.answered_at, answerSummary: r.answer_summary,
    rejectedAt: r.rejected_at, rejectReason: r.reject_reason,
    reviewLate: reviewLate(clock, now), answerLate: answerLate(clock, now),
    history: historyOf(r), version: r.version,
  });
}

/** Petitions, newest received first; `where` filters `petition p` with `params`. */
export async function petitionRows(db: Queryable, where: string, params: unknown[], page?: { offset: number; limit: number }): Promise<PetitionRow[]> {
  const n = params.length;
  const paging = page ? `LIMIT $${n + 1} OFFSET $${n + 2}` : "";
  return rows<PetitionRow>(db, `SELECT ${PUBLIC_COLUMNS} FROM ${PUBLIC_FROM} ${where} ORDER BY p.received_at DESC, p.id ${paging}`,
    page ? [...params, page.limit, page.offset] : params);
}

export async function loadPetition(db: Queryable, id: string, now: Date): Promise<Petition | null> {
  const [r] = await petitionRows(db, "WHERE p.id = $1", [id]);
  return r ? toPetition(r, now) : null;
}

export async function countPetitions(db: Queryable, where: string, params: unknown[]): Promise<number> {
  const [{ n }] = await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM petition p ${where}`, params);
  return n;
}

type PersonalRow = { id: string; petitioner_name: string | null; contact_email: string | null; contact_phone: string | null; signature_list: string | null; personal_data_erased_at: Date | null };

/** The secretariat's view of a petition's personal data (the caller has checked the policy). */
export async function loadPersonalData(db: Queryable, id: string): Promise<PetitionPersonalData | null> {
  const [r] = await rows<PersonalRow>(db,
    "SELECT id, petitioner_name, contact_email, contact_phone, signature_list, personal_data_erased_at FROM petition WHERE id = $1", [id]);
  return r ? Object.assign(new PetitionPersonalData(), {
    petitionId: r.id, petitionerName: r.petitioner_name, contactEmail: r.contact_email, contactPhone: r.contact_phone,
    signatureList: r.signature_list, erasedAt: r.personal_data_erased_at,
  }) : null;
}
