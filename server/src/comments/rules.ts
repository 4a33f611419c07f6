import { SessionStatus } from "../sessions/model.js";

/**
 * The rules of comments on draft decisions [komente për projektvendimin] (issue 16 point 1; Elbasan plan OS-2,
 * the e-Council plan's "procedure for receiving and reviewing comments"). Pure functions, tested in rules.test.ts.
 */

export enum CommentStatus { PENDING = "PENDING", PUBLISHED = "PUBLISHED", REJECTED = "REJECTED" }
export enum CommentChannel { ONLINE = "ONLINE", PAPER = "PAPER" }
/** The short list of reasons to refuse publication. */
export enum RejectReason { OFFENSIVE = "OFFENSIVE", PERSONAL_DATA = "PERSONAL_DATA", OFF_TOPIC = "OFF_TOPIC", DUPLICATE = "DUPLICATE" }
export enum CommentOutcome { ACCEPTED = "ACCEPTED", PARTLY_ACCEPTED = "PARTLY_ACCEPTED", NOT_ACCEPTED = "NOT_ACCEPTED" }
/** What /ndiq shows: the moderation status, and ANSWERED once a published comment has its answer. */
export enum TrackedCommentStatus { PENDING = "PENDING", PUBLISHED = "PUBLISHED", REJECTED = "REJECTED", ANSWERED = "ANSWERED" }

export type DraftState = {
  draftPublishedAt: Date | null;
  /** A vote was opened on the item (open or closed): the comment period ended at its opening. */
  hasVote: boolean;
  sessionStatus: SessionStatus;
  itemStatus?: string;
  /** The consultation report is published: its figures are final, so no comment is taken after it. */
  reportPublished?: boolean;
};

/**
 * A draft is open for comment while it is published, its item has no vote opened yet, and its session is not
 * closed (a withdrawn item's draft is closed too, and so is one whose consultation report is published). The one place this is decided: submissions, the list of
 * open drafts and the public page all ask here.
 */
export function isOpenForComment(d: DraftState, now: Date): boolean {
  return d.draftPublishedAt !== null
    && d.draftPublishedAt.getTime() <= now.getTime()
    && !d.hasVote
    && d.sessionStatus !== SessionStatus.CLOSED
    && d.itemStatus !== "WITHDRAWN"
    && !d.reportPublished;
}

/** Why a draft is not open (for the refusal's message), or null when it is. */
export function whyClosedForComment(d: DraftState, now: Date): string | null {
  if (d.draftPublishedAt === null || d.draftPublishedAt.getTime() > now.getTime()) return "its draft decision is not published for comment";
  if (d.hasVote) return "the council has already opened the vote on it";
  if (d.sessionStatus === SessionStatus.CLOSED) return "its session is closed";
  if (d.itemStatus === "WITHDRAWN") return "the item was withdrawn from the agenda";
  if (d.reportPublished) return "its consultation report is already published";
  return null;
}

/** Moderation happens once: a PENDING comment is published or rejected, never moderated again. */
export function moderationRefusal(status: CommentStatus): string | null {
  return status === CommentStatus.PENDING ? null : `This comment was already ${status === CommentStatus.PUBLISHED ? "published" : "rejected"}; moderation is final.`;
}

/** Only a published comment is answered, once. */
export function answerRefusal(status: CommentStatus, answered: boolean): string | null {
  if (status === CommentStatus.PENDING) return "This comment is not moderated yet: publish it before answering it.";
  if (status === CommentStatus.REJECTED) return "A rejected comment is not answered: its reason for rejection is its answer.";
  if (answered) return "This comment already has its answer; answers are final.";
  return null;
}

export function trackedStatus(status: CommentStatus, answered: boolean): TrackedCommentStatus {
  if (status === CommentStatus.PUBLISHED && answered) return TrackedCommentStatus.ANSWERED;
  return status as unknown as TrackedCommentStatus;
}

/** The figures of a consultation report, from the comments' status, reason, outcome and gender. */
export type ReportCounts = {
  received: number; online: number; paper: number; pending: number; published: number; rejected: number;
  rejectedByReason: Record<RejectReason, number>;
  answered: number; byOutcome: Record<CommentOutcome, number>;
  byGender: { female: number; male: number; other: number; undisclosed: number };
  vulnerableGroup: number;
};

export type CountedComment = {
  status: CommentStatus; channel: CommentChannel; rejectReason: RejectReason | null; outcome: CommentOutcome | null;
  gender: string | null; vulnerableGroup: boolean | null;
};

/**
 * Counts every comment received (whatever its moderation) by gender: participation is counted against the 40 %
 * target (Elbasan plan OS-4 point 7) among all who took part, not only those published. No gender given counts
 * as undisclosed (and so does a comment whose personal data was erased: a published report keeps the figures
 * it was published with, consultation_report.figures).
 */
export function reportCounts(comments: readonly CountedComment[]): ReportCounts {
  const r: ReportCounts = {
    received: 0, online: 0, paper: 0, pending: 0, published: 0, rejected: 0,
    rejectedByReason: { OFFENSIVE: 0, PERSONAL_DATA: 0, OFF_TOPIC: 0, DUPLICATE: 0 },
    answered: 0, byOutcome: { ACCEPTED: 0, PARTLY_ACCEPTED: 0, NOT_ACCEPTED: 0 },
    byGender: { female: 0, male: 0, other: 0, undisclosed: 0 }, vulnerableGroup: 0,
  };
  for (const c of comments) {
    r.received++;
    if (c.channel === CommentChannel.PAPER) r.paper++; else r.online++;
    if (c.status === CommentStatus.PENDING) r.pending++;
    if (c.status === CommentStatus.PUBLISHED) r.published++;
    if (c.status === CommentStatus.REJECTED) { r.rejected++; if (c.rejectReason) r.rejectedByReason[c.rejectReason]++; }
    if (c.outcome) { r.answered++; r.byOutcome[c.outcome]++; }
    if (c.gender === "FEMALE") r.byGender.female++;
    else if (c.gender === "MALE") r.byGender.male++;
    else if (c.gender === "OTHER") r.byGender.other++;
    else r.byGender.undisclosed++;
    if (c.vulnerableGroup) r.vulnerableGroup++;
  }
  return r;
}

/**
 * The secretariat publishes a draft's consultation report once every comment is moderated and every published
 * comment answered (the council "reports how each comment was handled"). Null when it may; else why not.
 */
export function reportPublicationRefusal(c: Pick<ReportCounts, "pending" | "published" | "answered">, alreadyPublished: boolean): string | null {
  if (alreadyPublished) return "The consultation report of this draft is already published; it is final.";
  if (c.pending > 0) return `${c.pending} comment(s) still wait for moderation: publish or reject them first.`;
  if (c.answered < c.published) return `${c.published - c.answered} published comment(s) still wait for an answer.`;
  return null;
}
