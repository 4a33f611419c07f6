import type { WorkingCalendar } from "../calendar/working-calendar.js";
import type { Gender } from "../council/councillor.js";
import { type Queryable, rows } from "../platform/db/rows.js";
import { ReceiptKind, receiptReferences } from "../platform/receipts.js";
import type { SessionStatus } from "../sessions/model.js";
import { voteMomentOf } from "../sessions/rules.js";
import { commentWorkingDays } from "../transparency/drafts.js";
import { ConsultationReport, DraftComment, DraftForComment, ModeratedDraftComment } from "./model.js";
import {
  type CommentChannel, CommentOutcome, type CommentStatus, type DraftState, isOpenForComment, RejectReason, type ReportCounts, reportCounts,
} from "./rules.js";

/** What the comment rules need of an item's draft, read in one statement. */
export type DraftRow = {
  agenda_item_id: string; title: string; description: string | null; item_status: string; draft_published_at: Date | null;
  session_id: string; session_title: string; scheduled_at: Date; session_status: SessionStatus; first_vote_at: Date | null;
  report_published: boolean;
};

const DRAFT_SELECT = `
  SELECT i.id AS agenda_item_id, i.title, i.description, i.status AS item_status, i.draft_published_at,
         s.id AS session_id, s.title AS session_title, s.scheduled_at, s.status AS session_status,
         (SELECT min(v.opened_at) FROM vote v WHERE v.agenda_item_id = i.id) AS first_vote_at,
         EXISTS (SELECT 1 FROM consultation_report r WHERE r.agenda_item_id = i.id) AS report_published
    FROM agenda_item i JOIN council_session s ON s.id = i.session_id`;

export const draftState = (d: DraftRow): DraftState => ({
  draftPublishedAt: d.draft_published_at, hasVote: d.first_vote_at !== null, sessionStatus: d.session_status, itemStatus: d.item_status,
  reportPublished: d.report_published,
});

export async function draftRows(db: Queryable, itemIds: readonly string[]): Promise<DraftRow[]> {
  if (itemIds.length === 0) return [];
  return rows<DraftRow>(db, `${DRAFT_SELECT} WHERE i.id = ANY($1::uuid[])`, [itemIds]);
}

/** The drafts published and not yet voted on, in sessions that are not closed: the candidates for "open". */
async function candidateDrafts(db: Queryable): Promise<DraftRow[]> {
  return rows<DraftRow>(db, `${DRAFT_SELECT}
    WHERE i.draft_published_at IS NOT NULL AND s.status <> 'CLOSED' AND i.status <> 'WITHDRAWN'
      AND NOT EXISTS (SELECT 1 FROM vote v WHERE v.agenda_item_id = i.id)
    ORDER BY s.scheduled_at, i.position`);
}

export async function publishedCommentCounts(db: Queryable, itemIds: readonly string[]): Promise<Map<string, number>> {
  if (itemIds.length === 0) return new Map();
  const r = await rows<{ agenda_item_id: string; n: number }>(db,
    "SELECT agenda_item_id, count(*)::int AS n FROM draft_comment WHERE status = 'PUBLISHED' AND agenda_item_id = ANY($1::uuid[]) GROUP BY 1", [itemIds]);
  return new Map(r.map((x) => [x.agenda_item_id, x.n]));
}

function toDraft(d: DraftRow, calendar: WorkingCalendar, now: Date, published: Map<string, number>): DraftForComment {
  const closesAt = voteMomentOf(d.scheduled_at, d.first_vote_at ? [d.first_vote_at] : []);
  const publishedAt = d.draft_published_at as Date;
  return {
    agendaItemId: d.agenda_item_id, title: d.title, description: d.description, sessionId: d.session_id, sessionTitle: d.session_title,
    scheduledAt: d.scheduled_at, draftPublishedAt: publishedAt, commentsCloseAt: closesAt, open: isOpenForComment(draftState(d), now),
    commentPeriodWorkingDays: Math.max(0, commentWorkingDays(calendar, publishedAt, closesAt)), publishedComments: published.get(d.agenda_item_id) ?? 0,
  };
}

export async function openDrafts(db: Queryable, calendar: WorkingCalendar, now: Date): Promise<DraftForComment[]> {
  const candidates = (await candidateDrafts(db)).filter((d) => isOpenForComment(draftState(d), now));
  const published = await publishedCommentCounts(db, candidates.map((d) => d.agenda_item_id));
  return candidates.map((d) => toDraft(d, calendar, now, published));
}

/** An item's draft for its public page, open or not; null when the item has no published draft. */
export async function draftForComment(db: Queryable, calendar: WorkingCalendar, now: Date, itemId: string): Promise<DraftForComment | null> {
  const [d] = await draftRows(db, [itemId]);
  if (!d || !d.draft_published_at || d.draft_published_at.getTime() > now.getTime()) return null;
  return toDraft(d, calendar, now, await publishedCommentCounts(db, [itemId]));
}

type CommentRow = {
  id: string; agenda_item_id: string; author_name: string; email: string | null; gender: Gender | null; vulnerable_group: boolean | null;
  body: string; channel: CommentChannel; received_at: Date; status: CommentStatus; reject_reason: RejectReason | null;
  moderated_at: Date | null; outcome: CommentOutcome | null; answer: string | null; answered_at: Date | null;
  personal_data_erased_at: Date | null; version: number; item_title: string; session_title: string;
};

const answerOf = (r: CommentRow) => (r.outcome && r.answer && r.answered_at ? { outcome: r.outcome, reason: r.answer, answeredAt: r.answered_at } : null);

/** The public's view of an item's comments: the published ones, oldest first, with their answers. Never e-mail, gender or the flag. */
export async function publishedComments(db: Queryable, itemId: string): Promise<DraftComment[]> {
  const r = await rows<CommentRow>(db,
    `SELECT id, agenda_item_id, author_name, body, channel, received_at, moderated_at, outcome, answer, answered_at
       FROM draft_comment WHERE agenda_item_id = $1 AND status = 'PUBLISHED' ORDER BY received_at, id`, [itemId]);
  return r.map((c) => ({
    id: c.id, agendaItemId: c.agenda_item_id, authorName: c.author_name, text: c.body, channel: c.channel, receivedAt: c.received_at,
    publishedAt: c.moderated_at as Date, answer: answerOf(c),
  }));
}

const MODERATED_SELECT = `
  SELECT c.*, i.title AS item_title, s.title AS session_title
    FROM draft_comment c JOIN agenda_item i ON i.id = c.agenda_item_id JOIN council_session s ON s.id = i.session_id`;

async function toModerated(db: Queryable, r: CommentRow[]): Promise<ModeratedDraftComment[]> {
  const refs = await receiptReferences(db as Parameters<typeof receiptReferences>[0], ReceiptKind.DRAFT_COMMENT, r.map((c) => c.id));
  return r.map((c) => ({
    id: c.id, agendaItemId: c.agenda_item_id, itemTitle: c.item_title, sessionTitle: c.session_title, reference: refs.get(c.id) ?? null,
    authorName: c.author_name, email: c.email, gender: c.gender, vulnerableGroup: c.vulnerable_group, text: c.body, channel: c.channel,
    receivedAt: c.received_at, status: c.status, rejectReason: c.reject_reason, moderatedAt: c.moderated_at, answer: answerOf(c),
    personalDataErased: c.personal_data_erased_at !== null, version: c.version,
  }));
}

/**
 * The secretariat's queue: what waits for it (PENDING to moderate, then PUBLISHED without an answer), oldest
 * first; with `all`, every comment of the item (or of every item), newest first.
 */
export async function moderationQueue(db: Queryable, opts: { agendaItemId: string | null; all: boolean; limit: number }): Promise<ModeratedDraftComment[]> {
  const where = opts.all ? "TRUE" : "(c.status = 'PENDING' OR (c.status = 'PUBLISHED' AND c.outcome IS NULL))";
  const order = opts.all ? "c.received_at DESC, c.id" : "(c.status = 'PENDING') DESC, c.received_at, c.id";
  const r = await rows<CommentRow>(db, `${MODERATED_SELECT} WHERE ${where} AND ($1::uuid IS NULL OR c.agenda_item_id = $1) ORDER BY ${order} LIMIT $2`,
    [opts.agendaItemId, opts.limit]);
  return toModerated(db, r);
}

export async function moderatedComment(db: Queryable, id: string): Promise<ModeratedDraftComment | null> {
  const r = await rows<CommentRow>(db, `${MODERATED_SELECT} WHERE c.id = $1`, [id]);
  return (await toModerated(db, r))[0] ?? null;
}

type CountRow = {
  agenda_item_id: string; status: CommentStatus; channel: CommentChannel; reject_reason: RejectReason | null;
  outcome: CommentOutcome | null; gender: string | null; vulnerable_group: boolean | null;
};
type PublishedReportRow = { agenda_item_id: string; published_at: Date; figures: ReportCounts };

/** The live figures of the items' comments (the rules' reportCounts over their rows). */
export async function liveCounts(db: Queryable, itemIds: readonly string[]): Promise<Map<string, ReportCounts>> {
  const r = itemIds.length === 0 ? [] : await rows<CountRow>(db,
    "SELECT agenda_item_id, status, channel, reject_reason, outcome, gender, vulnerable_group FROM draft_comment WHERE agenda_item_id = ANY($1::uuid[])", [itemIds]);
  const by = new Map<string, CountRow[]>();
  for (const c of r) by.set(c.agenda_item_id, [...(by.get(c.agenda_item_id) ?? []), c]);
  return new Map(itemIds.map((id) => [id, reportCounts((by.get(id) ?? []).map((c) => ({
    status: c.status, channel: c.channel, rejectReason: c.reject_reason, outcome: c.outcome, gender: c.gender, vulnerableGroup: c.vulnerable_group,
  })))]));
}

export function toReport(agendaItemId: string, counts: ReportCounts, published: { published_at: Date } | null): ConsultationReport {
  const gave = counts.byGender.female + counts.byGender.male + counts.byGender.other;
  return {
    agendaItemId, received: counts.received, online: counts.online, paper: counts.paper, pending: counts.pending, published: counts.published,
    rejected: counts.rejected, answered: counts.answered,
    rejectedByReason: Object.values(RejectReason).map((reason) => ({ reason, count: counts.rejectedByReason[reason] })),
    byOutcome: Object.values(CommentOutcome).map((outcome) => ({ outcome, count: counts.byOutcome[outcome] })),
    women: counts.byGender.female, men: counts.byGender.male, otherGender: counts.byGender.other, undisclosed: counts.byGender.undisclosed,
    womenShare: gave > 0 ? counts.byGender.female / gave : null, vulnerableGroup: counts.vulnerableGroup,
    reportPublished: published !== null, reportPublishedAt: published?.published_at ?? null,
  };
}

/**
 * The consultation reports of items: a published report answers the figures it was published with (final);
 * otherwise the live figures. Items without a published draft answer none.
 */
export async function consultationReports(db: Queryable, itemIds: readonly string[]): Promise<Map<string, ConsultationReport>> {
  if (itemIds.length === 0) return new Map();
  const withDraft = (await rows<{ id: string }>(db, "SELECT id FROM agenda_item WHERE id = ANY($1::uuid[]) AND draft_published_at IS NOT NULL", [itemIds])).map((r) => r.id);
  const published = new Map((await rows<PublishedReportRow>(db,
    "SELECT agenda_item_id, published_at, figures FROM consultation_report WHERE agenda_item_id = ANY($1::uuid[])", [withDraft])).map((r) => [r.agenda_item_id, r]));
  const live = await liveCounts(db, withDraft.filter((id) => !published.has(id)));
  return new Map(withDraft.map((id) => {
    const p = published.get(id);
    return [id, toReport(id, p ? p.figures : (live.get(id) as ReportCounts), p ?? null)];
  }));
}
