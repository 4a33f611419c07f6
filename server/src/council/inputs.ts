import { Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { weakPasswordReason } from "../auth/passwords.js";
import { Role } from "../auth/user.js";
import { optionalText, text } from "../platform/validation.js";
import { Gender } from "./councillor.js";

// Each GraphQL input beside the zod schema that validates it (parseInput in the resolver).

@InputType()
export class CouncillorInput {
  @Field(() => String) fullName: string;
  @Field(() => Gender) gender: Gender;
  @Field(() => String, { nullable: true }) party?: string | null;
}
export const councillorSchema = z.object({ fullName: text(200), gender: z.enum(Gender), party: optionalText(200) });

@InputType()
export class AccountInput {
  @Field(() => String) username: string;
  @Field(() => String) password: string;
  @Field(() => Role) role: Role;
  @Field(() => ID, { nullable: true, description: "Required for a COUNCILLOR account." }) councillorId?: string | null;
}
const password = z.string().max(256, "must be at most 256 characters").superRefine((p, ctx) => {
  const weak = weakPasswordReason(p);
  if (weak) ctx.addIssue({ code: "custom", message: weak });
});
export const accountSchema = z.object({
  username: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{2,64}$/, "lower-case letters, digits, . _ - (2 to 64)"),
  password,
  role: z.enum(Role),
  councillorId: z.string().nullish().transform((v) => v ?? null),
}).refine((a) => a.role !== Role.COUNCILLOR || a.councillorId, { message: "a COUNCILLOR account needs councillorId", path: ["councillorId"] });

export const passwordChangeSchema = z.object({ current: z.string().max(256, "must be at most 256 characters"), next: password });

@InputType({ description: "Default speaking times in seconds (10 to 3600 each)." })
export class SpeakingTimesInput {
  @Field(() => ID, { nullable: true, description: "A committee's id; the municipal council when omitted." }) bodyId?: string | null;
  @Field(() => Int) contribution: number;
  @Field(() => Int) reply: number;
  @Field(() => Int) pointOfOrder: number;
}
const seconds = z.number().int("must be whole seconds").min(10, "must be at least 10 seconds").max(3600, "must be at most 3600 seconds (an hour)");
export const speakingTimesSchema = z.object({
  bodyId: z.string().nullish().transform((v) => v ?? null), contribution: seconds, reply: seconds, pointOfOrder: seconds,
});
