import { Field, ID, InputType } from "type-graphql";
import { z } from "zod";
import { Gender } from "../council/councillor.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { text } from "../platform/validation.js";

@InputType()
export class ServiceRequestInput {
  @Field(() => String) serviceTypeCode: string;
  @Field(() => DateTimeScalar, { nullable: true, description: "Defaults to now; staff may back-date a paper request (up to a year)." })
  receivedAt?: Date | null;
  @Field(() => Gender, { nullable: true }) citizenGender?: Gender | null;
  @Field(() => String, { nullable: true, description: "The office's code; the central One Stop Shop when omitted." })
  officeCode?: string | null;
}
export const serviceRequestSchema = z.object({
  serviceTypeCode: z.string().trim().min(1, "must not be empty").max(20, "must be at most 20 characters"),
  receivedAt: z.date().nullish().transform((v) => v ?? null),
  citizenGender: z.enum(Gender).nullish().transform((v) => v ?? null),
  officeCode: z.string().trim().max(20, "must be at most 20 characters").nullish().transform((v) => v || null),
});

@InputType()
export class ComplaintInput {
  @Field(() => ID, { nullable: true }) requestId?: string | null;
  @Field(() => String, { nullable: true }) officeCode?: string | null;
  @Field(() => String) description: string;
  @Field(() => DateTimeScalar, { nullable: true }) receivedAt?: Date | null;
}
export const complaintSchema = z.object({
  requestId: z.string().nullish().transform((v) => v || null),
  officeCode: z.string().trim().max(20, "must be at most 20 characters").nullish().transform((v) => v || null),
  description: text(2000),
  receivedAt: z.date().nullish().transform((v) => v ?? null),
});

export const ratingSchema = z.object({ requestId: z.string(), rating: z.number().int("must be a whole number").min(1, "must be 1 to 5").max(5, "must be 1 to 5") });
export const closedDaySchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-12-24").refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "is not a real date"),
  reason: text(300),
});

/** A month, "2026-12" (its bounds are taken in Tirana time). */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like "2026-12"');
export const monthArgsSchema = z.object({ month: monthSchema });
export const trendArgsSchema = z.object({ month: monthSchema, months: z.number().int().min(1, "must be at least 1").max(36, "must be at most 36") });
export const queueArgsSchema = z.object({ limit: z.number().int().min(1, "must be at least 1").max(1000, "must be at most 1000") });
