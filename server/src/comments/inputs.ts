import { Field, ID, InputType } from "type-graphql";
import { z } from "zod";
import { Gender } from "../council/councillor.js";
import { isWellFormedId } from "../platform/errors.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { optionalEmail, plainText } from "../platform/validation.js";
import { CommentOutcome, RejectReason } from "./rules.js";

export const COMMENT_MAX_CHARS = 4000;
export const ANSWER_MAX_CHARS = 4000;

const id = z.string().refine(isWellFormedId, "must be an id");

@InputType({ description: "A comment on a draft decision, from the public page (no account needed)." })
export class DraftCommentInput {
  @Field(() => ID) agendaItemId: string;
  @Field(() => String, { description: "Published with the comment." }) authorName: string;
  @Field(() => String, { nullable: true, description: "To be told of the answer; never published." }) email?: string | null;
  @Field(() => Gender, { nullable: true, description: "For the participation statistics only; never published individually." }) gender?: Gender | null;
  @Field(() => Boolean, { nullable: true, description: "Belongs to a vulnerable group (self-identified): statistics only, never published individually." }) vulnerableGroup?: boolean | null;
  @Field(() => String, { description: `Plain text, at most ${COMMENT_MAX_CHARS} characters.` }) text: string;
}

export const draftCommentSchema = z.object({
  agendaItemId: id,
  authorName: plainText(200),
  email: optionalEmail,
  gender: z.enum(Gender).nullish().transform((v) => v ?? null),
  vulnerableGroup: z.boolean().nullish().transform((v) => v ?? null),
  text: plainText(COMMENT_MAX_CHARS),
});

@InputType({ description: "SECRETARIAT: a comment received on paper, as written on it." })
export class PaperCommentInput extends DraftCommentInput {
  @Field(() => DateTimeScalar, { nullable: true, description: "When the paper arrived (defaults to now); it must fall while the draft was open." }) receivedAt?: Date | null;
}

export const paperCommentSchema = draftCommentSchema.extend({
  receivedAt: z.date().nullish().transform((v) => v ?? null),
});

export const rejectSchema = z.object({ id, reason: z.enum(RejectReason), expectedVersion: z.number().int().nullish() });
export const publishSchema = z.object({ id, expectedVersion: z.number().int().nullish() });
export const answerSchema = z.object({
  id, outcome: z.enum(CommentOutcome), reason: plainText(ANSWER_MAX_CHARS), expectedVersion: z.number().int().nullish(),
});
export const itemIdSchema = z.object({ agendaItemId: id });
