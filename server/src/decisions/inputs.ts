import { Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { optionalText, pageSchema as platformPageSchema } from "../platform/validation.js";
import { VoteOutcome } from "../sessions/model.js";
import { DecisionKind, ReviewAuthority, ReviewStatus } from "./model.js";

@InputType({ description: "All conditions must hold; omit one to not filter on it." })
export class DecisionFilter {
  @Field(() => Int, { nullable: true, description: "The year of the decision (Tirana time)." }) year?: number | null;
  @Field(() => ID, { nullable: true, description: "The council or one of its committees." }) bodyId?: string | null;
  @Field(() => VoteOutcome, { nullable: true }) outcome?: VoteOutcome | null;
  @Field(() => DecisionKind, { nullable: true }) kind?: DecisionKind | null;
  @Field(() => String, { nullable: true, description: "Words in the title, description or documents; diacritics and case do not matter, and each word matches as a prefix." })
  text?: string | null;
}
export const MAX_SEARCH_LENGTH = 200;
export const filterSchema = z.object({
  year: z.number().int().min(2000, "must be 2000 or later").max(2200, "must be 2200 or earlier").nullish(),
  bodyId: z.string().nullish(),
  outcome: z.enum(VoteOutcome).nullish(),
  kind: z.enum(DecisionKind).nullish(),
  text: z.string().max(MAX_SEARCH_LENGTH, `must be at most ${MAX_SEARCH_LENGTH} characters`).nullish(),
});

export const MAX_PAGE = 100;
export const pageSchema = platformPageSchema(MAX_PAGE);

@InputType({ description: "The secretariat registers a decided item: its decision number and kind." })
export class RegisterDecisionInput {
  @Field(() => ID) agendaItemId: string;
  @Field(() => Int, { nullable: true, description: "Omit for the next number of the body's year; never for a rejected draft." }) number?: number | null;
  @Field(() => DecisionKind) kind: DecisionKind;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}
export const registerSchema = z.object({
  agendaItemId: z.string(),
  number: z.number().int().min(1, "must be at least 1").max(1_000_000, "is too large").nullish(),
  kind: z.enum(DecisionKind),
  expectedVersion: z.number().int().nullish(),
});

@InputType({ description: "The state of the review of an act's legality, recorded by the secretariat." })
export class DecisionReviewInput {
  @Field(() => ID) agendaItemId: string;
  @Field(() => ReviewStatus) status: ReviewStatus;
  @Field(() => ReviewAuthority, { nullable: true, description: "Required unless NOT_SENT: the prefect (Albania) or MAPL (Kosovo)." }) authority?: ReviewAuthority | null;
  @Field(() => String, { nullable: true, description: "The day it happened, YYYY-MM-DD; required unless NOT_SENT; not in the future." }) on?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}
export const MAX_REVIEW_NOTE = 2000;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day as YYYY-MM-DD")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "is not a day of the calendar");
export const reviewSchema = z.object({
  agendaItemId: z.string(),
  status: z.enum(ReviewStatus),
  authority: z.enum(ReviewAuthority).nullish(),
  on: day.nullish(),
  note: optionalText(MAX_REVIEW_NOTE),
  expectedVersion: z.number().int().nullish(),
}).superRefine((v, ctx) => {
  if (v.status === ReviewStatus.NOT_SENT) return;
  if (!v.authority) ctx.addIssue({ code: "custom", path: ["authority"], message: "is required: the prefect or the ministry (MAPL)" });
  if (!v.on) ctx.addIssue({ code: "custom", path: ["on"], message: "is required: the day it was sent or answered" });
});
