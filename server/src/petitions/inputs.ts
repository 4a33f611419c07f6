import { Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { DateTimeScalar } from "../platform/scalars.js";
import { moment, optionalEmail, optionalPlainText, plainText } from "../platform/validation.js";
import { PetitionerKind } from "./model.js";

// Each GraphQL input beside the zod schema that validates it (parseInput in the resolver).

@InputType({ description: "A petition as a citizen submits it online." })
export class PetitionInput {
  @Field(() => PetitionerKind) petitionerKind: PetitionerKind;
  @Field(() => String, { description: "The person's or the organisation's name: the organisation's is published, a private person's never." }) petitionerName: string;
  @Field(() => String, { nullable: true, description: "To be told of the answer; never published." }) contactEmail?: string | null;
  @Field(() => String, { nullable: true, description: "Never published." }) contactPhone?: string | null;
  @Field(() => String) title: string;
  @Field(() => String) text: string;
  @Field(() => Int, { description: "How many signed it (the petitioner counts)." }) signaturesCount: number;
  @Field(() => String, { nullable: true, description: "The signatures, one per line (name, optional address); only the secretariat sees them." }) signatureList?: string | null;
}

@InputType({ description: "A petition received on paper, registered by the secretariat." })
export class PaperPetitionInput extends PetitionInput {
  @Field(() => DateTimeScalar, { nullable: true, description: "When it was received at the office; defaults to now (the deadline counts from it)." }) receivedAt?: Date | null;
}

const phone = z.string().trim().max(40, "must be at most 40 characters").nullish().transform((v) => (v ? v : null))
  .refine((v) => v === null || /^[+0-9 ()./-]{6,40}$/.test(v), "must be a telephone number such as +355 69 123 4567");

export const petitionSchema = z.object({
  petitionerKind: z.enum(PetitionerKind),
  petitionerName: plainText(300),
  contactEmail: optionalEmail,
  contactPhone: phone,
  title: plainText(300),
  text: plainText(20000),
  signaturesCount: z.number().int().min(1, "must be at least 1 (the petitioner)").max(10_000_000, "must be at most 10,000,000"),
  // Within the API's 100 kB request body (platform/http/graphql.ts), even in two-byte letters: about 1,500 signers.
  signatureList: optionalPlainText(40_000),
});
export type PetitionProps = z.output<typeof petitionSchema>;

export const paperPetitionSchema = petitionSchema.extend({
  receivedAt: moment.nullish().transform((v) => v ?? null),
});

export const versionSchema = z.number().int().min(1).nullish().transform((v) => v ?? null);

@InputType({ description: "The council discussed a petition at this agenda item." })
export class PetitionDiscussionInput {
  @Field(() => ID) petitionId: string;
  @Field(() => ID) agendaItemId: string;
  @Field(() => Int, { nullable: true, description: "The version you saw; a stale view is refused (CONFLICT)." }) expectedVersion?: number | null;
}

@InputType({ description: "The written answer to a discussed petition." })
export class PetitionAnswerInput {
  @Field(() => ID) petitionId: string;
  @Field(() => String, { description: "A summary of the written answer (public)." }) summary: string;
  @Field(() => DateTimeScalar, { nullable: true, description: "The answer's date; defaults to now." }) answeredAt?: Date | null;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}
export const answerSchema = z.object({
  petitionId: z.string(),
  summary: plainText(5000),
  answeredAt: moment.nullish().transform((v) => v ?? null),
  expectedVersion: versionSchema,
});

@InputType({ description: "A petition rejected as inadmissible." })
export class PetitionRejectionInput {
  @Field(() => ID) petitionId: string;
  @Field(() => String, { description: "Why it is inadmissible (public)." }) reason: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}
export const rejectionSchema = z.object({
  petitionId: z.string(),
  reason: plainText(2000),
  expectedVersion: versionSchema,
});
