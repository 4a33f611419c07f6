import { describe, expect, it } from "vitest";
import { SessionStatus } from "../sessions/model.js";
import {
  answerRefusal, CommentChannel, CommentOutcome, CommentStatus, isOpenForComment, moderationRefusal, RejectReason, reportCounts,
  reportPublicationRefusal, trackedStatus, TrackedCommentStatus, whyClosedForComment,
} from "./rules.js";

const now = new Date("2026-12-07T10:00:00+01:00");
const published = new Date("2026-11-20T10:00:00+01:00");

describe("isOpenForComment", () => {
  it.each([
    ["published, no vote, session scheduled", { draftPublishedAt: published, hasVote: false, sessionStatus: SessionStatus.SCHEDULED }, true, null],
    ["published, no vote, session in progress", { draftPublishedAt: published, hasVote: false, sessionStatus: SessionStatus.IN_PROGRESS }, true, null],
    ["published, no vote, session suspended", { draftPublishedAt: published, hasVote: false, sessionStatus: SessionStatus.SUSPENDED }, true, null],
    ["not published", { draftPublishedAt: null, hasVote: false, sessionStatus: SessionStatus.SCHEDULED }, false, "not published"],
    ["published later than now", { draftPublishedAt: new Date(now.getTime() + 60_000), hasVote: false, sessionStatus: SessionStatus.SCHEDULED }, false, "not published"],
    ["a vote was opened", { draftPublishedAt: published, hasVote: true, sessionStatus: SessionStatus.IN_PROGRESS }, false, "opened the vote"],
    ["session closed", { draftPublishedAt: published, hasVote: false, sessionStatus: SessionStatus.CLOSED }, false, "closed"],
    ["report published", { draftPublishedAt: published, hasVote: false, sessionStatus: SessionStatus.SCHEDULED, reportPublished: true }, false, "report is already published"],
    ["item withdrawn", { draftPublishedAt: published, hasVote: false, sessionStatus: SessionStatus.SCHEDULED, itemStatus: "WITHDRAWN" }, false, "withdrawn"],
  ])("%s", (_name, state, open, why) => {
    expect(isOpenForComment(state, now)).toBe(open);
    const reason = whyClosedForComment(state, now);
    if (why === null) expect(reason).toBeNull();
    else expect(reason).toContain(why);
  });
});

describe("the lifecycle", () => {
  it("moderates a pending comment once", () => {
    expect(moderationRefusal(CommentStatus.PENDING)).toBeNull();
    expect(moderationRefusal(CommentStatus.PUBLISHED)).toContain("already published");
    expect(moderationRefusal(CommentStatus.REJECTED)).toContain("already rejected");
  });

  it("answers a published comment once, never a pending or rejected one", () => {
    expect(answerRefusal(CommentStatus.PUBLISHED, false)).toBeNull();
    expect(answerRefusal(CommentStatus.PUBLISHED, true)).toContain("already has its answer");
    expect(answerRefusal(CommentStatus.PENDING, false)).toContain("not moderated");
    expect(answerRefusal(CommentStatus.REJECTED, false)).toContain("rejected");
  });

  it("tracks ANSWERED once a published comment has its answer", () => {
    expect(trackedStatus(CommentStatus.PENDING, false)).toBe(TrackedCommentStatus.PENDING);
    expect(trackedStatus(CommentStatus.PUBLISHED, false)).toBe(TrackedCommentStatus.PUBLISHED);
    expect(trackedStatus(CommentStatus.PUBLISHED, true)).toBe(TrackedCommentStatus.ANSWERED);
    expect(trackedStatus(CommentStatus.REJECTED, false)).toBe(TrackedCommentStatus.REJECTED);
  });
});

describe("the consultation report", () => {
  const c = (status: CommentStatus, extra: Partial<Parameters<typeof reportCounts>[0][number]> = {}) => ({
    status, channel: CommentChannel.ONLINE, rejectReason: null, outcome: null, gender: null, vulnerableGroup: null, ...extra,
  });

  it("counts received, published, rejected by reason, answered by outcome, and everyone received by gender", () => {
    const r = reportCounts([
      c(CommentStatus.PUBLISHED, { outcome: CommentOutcome.ACCEPTED, gender: "FEMALE" }),
      c(CommentStatus.PUBLISHED, { outcome: CommentOutcome.NOT_ACCEPTED, gender: "MALE", channel: CommentChannel.PAPER }),
      c(CommentStatus.PUBLISHED, { gender: "FEMALE", vulnerableGroup: true }),
      c(CommentStatus.REJECTED, { rejectReason: RejectReason.OFFENSIVE, gender: "OTHER" }),
      c(CommentStatus.PENDING),
    ]);
    expect(r).toMatchObject({ received: 5, online: 4, paper: 1, pending: 1, published: 3, rejected: 1, answered: 2, vulnerableGroup: 1 });
    expect(r.rejectedByReason).toEqual({ OFFENSIVE: 1, PERSONAL_DATA: 0, OFF_TOPIC: 0, DUPLICATE: 0 });
    expect(r.byOutcome).toEqual({ ACCEPTED: 1, PARTLY_ACCEPTED: 0, NOT_ACCEPTED: 1 });
    expect(r.byGender).toEqual({ female: 2, male: 1, other: 1, undisclosed: 1 });
  });

  it("is published once everything is moderated and every published comment answered", () => {
    expect(reportPublicationRefusal({ pending: 0, published: 2, answered: 2 }, false)).toBeNull();
    expect(reportPublicationRefusal({ pending: 0, published: 0, answered: 0 }, false)).toBeNull();
    expect(reportPublicationRefusal({ pending: 1, published: 2, answered: 2 }, false)).toContain("wait for moderation");
    expect(reportPublicationRefusal({ pending: 0, published: 2, answered: 1 }, false)).toContain("wait for an answer");
    expect(reportPublicationRefusal({ pending: 0, published: 2, answered: 2 }, true)).toContain("already published");
  });
});
