import { Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { optionalText } from "../platform/validation.js";

@InputType({ description: "A councillor's public profile. Each contact is published only if its flag says so." })
export class CouncillorProfileInput {
  @Field(() => ID) councillorId: string;
  @Field(() => Int, { nullable: true, description: "The profile's version as loaded (Councillor.profileVersion): a stale edit is refused." }) expectedVersion?: number | null;
  @Field(() => String, { nullable: true }) party?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) termStart?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; empty while the term runs." }) termEnd?: string | null;
  @Field(() => String, { nullable: true, description: "A short CV, at most 2000 characters." }) cv?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => Boolean) emailPublished: boolean;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Boolean) phonePublished: boolean;
}

const day = z.string().trim().nullish().transform((v) => (v ? v : null))
  .refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))
    && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v) && v >= "1990-01-01" && v <= "2100-12-31"), "must be a date YYYY-MM-DD");

export const councillorProfileSchema = z.object({
  councillorId: z.string(),
  expectedVersion: z.number().int().nullish().transform((v) => v ?? null),
  party: optionalText(200),
  termStart: day,
  termEnd: day,
  cv: optionalText(2000),
  email: optionalText(200).refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "must be an e-mail address"),
  emailPublished: z.boolean(),
  phone: optionalText(40).refine((v) => v === null || /^\+?[0-9 ()-]{6,39}$/.test(v), "must be a phone number (digits, spaces, + ( ) -)"),
  phonePublished: z.boolean(),
})
  .refine((p) => !p.termStart || !p.termEnd || p.termEnd >= p.termStart, { message: "must not be before the term's start", path: ["termEnd"] })
  .refine((p) => !p.emailPublished || p.email, { message: "there is no e-mail address to publish", path: ["emailPublished"] })
  .refine((p) => !p.phonePublished || p.phone, { message: "there is no phone number to publish", path: ["phonePublished"] });
