import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Gender } from "../council/councillor.js";
import { Receipt } from "../platform/receipts.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { CommentChannel, CommentOutcome, CommentStatus, RejectReason } from "./rules.js";

registerEnumType(CommentStatus, { name: "CommentStatus", description: "A comment's moderation: PENDING → PUBLISHED or REJECTED." });
registerEnumType(CommentChannel, { name: "CommentChannel", description: "ONLINE (the public page) or PAPER (recorded by the secretariat)." });
registerEnumType(RejectReason, { name: "CommentRejectReason", description: "Why a comment was not published: offensive, personal data, off topic, duplicate." });
registerEnumType(CommentOutcome, { name: "CommentOutcome", description: "How the council handled a published comment." });

@ObjectType({ description: "The secretariat's answer to a published comment: how it was handled, and why." })
export class CommentAnswer {
  @Field(() => CommentOutcome) outcome: CommentOutcome;
  @Field(() => String) reason: string;
  @Field(() => DateTimeScalar) answeredAt: Date;
}

/**
 * A published comment as the public reads it: the name its author gave (published with the comment: the form
 * says so), the text and the answer. Never the e-mail, the gender or the vulnerable-group flag: this type has no
 * such fields (ModeratedDraftComment is the secretariat's).
 */
@ObjectType({ description: "A published comment on a draft decision [koment për projektvendimin], with its answer." })
export class DraftComment {
  @Field(() => ID) id: string;
  @Field(() => ID) agendaItemId: string;
  @Field(() => String, { description: "The name its author gave; \"—\" once erased after the retention period." }) authorName: string;
  @Field(() => String) text: string;
  @Field(() => CommentChannel) channel: CommentChannel;
  @Field(() => DateTimeScalar) receivedAt: Date;
  @Field(() => DateTimeScalar) publishedAt: Date;
  @Field(() => CommentAnswer, { nullable: true, description: "Null until the secretariat answers it." }) answer: CommentAnswer | null;
}

@ObjectType({ description: "SECRETARIAT: a comment with its author's details, for moderation and answers." })
export class ModeratedDraftComment {
  @Field(() => ID) id: string;
  @Field(() => ID) agendaItemId: string;
  @Field(() => String) itemTitle: string;
  @Field(() => String) sessionTitle: string;
  @Field(() => String, { nullable: true, description: "The receipt's reference (the secretariat quotes it; the code is never kept)." }) reference: string | null;
  @Field(() => String) authorName: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => Gender, { nullable: true }) gender: Gender | null;
  @Field(() => Boolean, { nullable: true }) vulnerableGroup: boolean | null;
  @Field(() => String) text: string;
  @Field(() => CommentChannel) channel: CommentChannel;
  @Field(() => DateTimeScalar) receivedAt: Date;
  @Field(() => CommentStatus) status: CommentStatus;
  @Field(() => RejectReason, { nullable: true }) rejectReason: RejectReason | null;
  @Field(() => DateTimeScalar, { nullable: true }) moderatedAt: Date | null;
  @Field(() => CommentAnswer, { nullable: true }) answer: CommentAnswer | null;
  @Field(() => Boolean, { description: "The author's details were erased after the retention period." }) personalDataErased: boolean;
  @Field(() => Int) version: number;
}

@ObjectType()
export class RejectReasonCount {
  @Field(() => RejectReason) reason: RejectReason;
  @Field(() => Int) count: number;
}

@ObjectType()
export class OutcomeCount {
  @Field(() => CommentOutcome) outcome: CommentOutcome;
  @Field(() => Int) count: number;
}

/**
 * The consultation report of a draft decision (issue 16 point 1): how many comments came, how they were
 * moderated and answered, and who took part by gender (Elbasan plan OS-4 point 7). Counts only.
 */
@ObjectType({ description: "The consultation report [raporti i konsultimit] of a draft: comments received, published, rejected by reason, answered by outcome, by gender. Counts only." })
export class ConsultationReport {
  @Field(() => ID) agendaItemId: string;
  @Field(() => Int) received: number;
  @Field(() => Int) online: number;
  @Field(() => Int) paper: number;
  @Field(() => Int, { description: "Not moderated yet." }) pending: number;
  @Field(() => Int) published: number;
  @Field(() => Int) rejected: number;
  @Field(() => [RejectReasonCount]) rejectedByReason: RejectReasonCount[];
  @Field(() => Int, { description: "Published comments with their answer." }) answered: number;
  @Field(() => [OutcomeCount]) byOutcome: OutcomeCount[];
  @Field(() => Int, { description: "Every comment received whose author gave FEMALE." }) women: number;
  @Field(() => Int) men: number;
  @Field(() => Int) otherGender: number;
  @Field(() => Int, { description: "No gender given (or erased after the retention period)." }) undisclosed: number;
  @Field(() => Float, { nullable: true, description: "Women's share of those who gave their gender (0–1), against the 40 % target; null when none did." }) womenShare: number | null;
  @Field(() => Int, { description: "Comments whose authors said they belong to a vulnerable group (statistics only)." }) vulnerableGroup: number;
  @Field(() => Boolean, { description: "The secretariat published the report (every comment moderated, every published one answered); its figures are then final." }) reportPublished: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) reportPublishedAt: Date | null;
}

@ObjectType({ description: "A draft decision [projektvendim] published for public comment." })
export class DraftForComment {
  @Field(() => ID) agendaItemId: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => ID) sessionId: string;
  @Field(() => String) sessionTitle: string;
  @Field(() => DateTimeScalar) scheduledAt: Date;
  @Field(() => DateTimeScalar) draftPublishedAt: Date;
  @Field(() => DateTimeScalar, { description: "When the comment period ends: the vote's opening, or the session's start while there is no vote." }) commentsCloseAt: Date;
  @Field(() => Boolean, { description: "Comments are taken now (comments/rules.ts isOpenForComment)." }) open: boolean;
  @Field(() => Int, { description: "Working days between publication and the vote (Elbasan plan OS-2: at least 10)." }) commentPeriodWorkingDays: number;
  @Field(() => Int, { description: "Comments published so far." }) publishedComments: number;
}

@ObjectType({ description: "A comment just filed: its id and the receipt to follow it at /ndiq (the code is shown only here)." })
export class SubmitDraftCommentPayload {
  @Field(() => ID) commentId: string;
  @Field(() => Receipt) receipt: Receipt;
}
