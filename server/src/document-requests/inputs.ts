import { Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { SlaState } from "../platform/deadlines/state.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { optionalEmail, optionalPlainText, pageFields, plainText } from "../platform/validation.js";
import { DocumentRequestExtensionReason, DocumentRequestOutcome, DocumentRequestStatus } from "./model.js";

/** What a citizen fills in online; the counter's form adds when it was received. */
@InputType({ description: "A request for public documents: who asks (never public) and what they ask for." })
export class DocumentRequestInput {
  @Field(() => String, { description: "The requester's name (never public)." }) requesterName: string;
  @Field(() => String, { nullable: true, description: "To be told of the answer (never public)." }) requesterEmail?: string | null;
  @Field(() => String, { nullable: true }) requesterPhone?: string | null;
  @Field(() => String, { nullable: true, description: "A postal address for a written answer (never public)." }) requesterAddress?: string | null;
  @Field(() => String, { description: "The documents asked for, as precisely as the requester can (public in the register)." }) documents: string;
}

@InputType({ description: "A request received at the One Stop Shop counter or on paper." })
export class CounterDocumentRequestInput extends DocumentRequestInput {
  @Field(() => DateTimeScalar, { nullable: true, description: "Defaults to now; a paper request may be back-dated up to 30 days." }) receivedAt?: Date | null;
}

const phone = z.string().trim().max(40, "must be at most 40 characters").nullish().transform((v) => (v ? v : null))
  .refine((v) => v === null || /^[+0-9 ()/-]{6,40}$/.test(v), "must be a phone number such as +383 44 123 456");

export const documentRequestSchema = z.object({
  requesterName: plainText(200),
  requesterEmail: optionalEmail,
  requesterPhone: phone,
  requesterAddress: optionalPlainText(300),
  documents: plainText(4000),
});
export const counterDocumentRequestSchema = documentRequestSchema.extend({
  receivedAt: z.date().nullish().transform((v) => v ?? null),
});

@InputType()
export class ExtendDocumentRequestInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true, description: "The version you saw: a different one is refused (CONFLICT)." }) expectedVersion?: number | null;
  @Field(() => DocumentRequestExtensionReason) reason: DocumentRequestExtensionReason;
  @Field(() => String, { nullable: true, description: "A public note on why (no personal data)." }) note?: string | null;
}
export const extendSchema = z.object({
  id: z.string(),
  expectedVersion: z.number().int().nullish(),
  reason: z.enum(DocumentRequestExtensionReason),
  note: optionalPlainText(1000),
});

@InputType()
export class DecideDocumentRequestInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
  @Field(() => DocumentRequestOutcome) outcome: DocumentRequestOutcome;
  @Field(() => String, { nullable: true, description: "A public note on the answer (what was given, in what form)." }) answerNote?: string | null;
  @Field(() => String, { nullable: true, description: "REFUSED (and PARTLY_GRANTED, for what was withheld): the legal reason. Required for REFUSED." }) refusalReason?: string | null;
  @Field(() => String, { nullable: true, description: "REFUSED: the notice of the right of appeal. Required for REFUSED." }) appealNotice?: string | null;
  @Field(() => String, { nullable: true, description: "TRANSFERRED: the institution that holds the documents. Required for TRANSFERRED." }) transferredTo?: string | null;
}
export const decideSchema = z.object({
  id: z.string(),
  expectedVersion: z.number().int().nullish(),
  outcome: z.enum(DocumentRequestOutcome),
  answerNote: optionalPlainText(2000),
  refusalReason: optionalPlainText(2000),
  appealNotice: optionalPlainText(2000),
  transferredTo: optionalPlainText(300),
}).superRefine((v, ctx) => {
  if (v.outcome === DocumentRequestOutcome.REFUSED) {
    if (!v.refusalReason) ctx.addIssue({ code: "custom", path: ["refusalReason"], message: "a refusal must give its legal reason" });
    if (!v.appealNotice) ctx.addIssue({ code: "custom", path: ["appealNotice"], message: "a refusal must tell the requester of the right of appeal" });
  }
  if (v.outcome === DocumentRequestOutcome.TRANSFERRED && !v.transferredTo) ctx.addIssue({ code: "custom", path: ["transferredTo"], message: "name the institution the request goes to" });
}).transform((v) => ({
  ...v,
  // Each outcome keeps only what belongs to it (the database checks the same).
  refusalReason: v.outcome === DocumentRequestOutcome.REFUSED || v.outcome === DocumentRequestOutcome.PARTLY_GRANTED ? v.refusalReason : null,
  appealNotice: v.outcome === DocumentRequestOutcome.REFUSED ? v.appealNotice : null,
  transferredTo: v.outcome === DocumentRequestOutcome.TRANSFERRED ? v.transferredTo : null,
}));

@InputType({ description: "Filters of the public register." })
export class DocumentRequestFilter {
  @Field(() => DocumentRequestStatus, { nullable: true }) status?: DocumentRequestStatus | null;
  @Field(() => DocumentRequestOutcome, { nullable: true }) outcome?: DocumentRequestOutcome | null;
  @Field(() => SlaState, { nullable: true }) slaState?: SlaState | null;
  @Field(() => Int, { nullable: true, description: "The year received (Tirana time)." }) year?: number | null;
  @Field(() => String, { nullable: true, description: "Words in the reference or in what was asked." }) search?: string | null;
}
export const registerArgsSchema = z.object({
  status: z.enum(DocumentRequestStatus).nullish().transform((v) => v ?? null),
  outcome: z.enum(DocumentRequestOutcome).nullish().transform((v) => v ?? null),
  slaState: z.enum(SlaState).nullish().transform((v) => v ?? null),
  year: z.number().int().min(2000, "must be 2000 or later").max(2100, "must be 2100 or earlier").nullish().transform((v) => v ?? null),
  search: z.string().trim().max(100, "must be at most 100 characters").nullish().transform((v) => (v ? v : null)),
  ...pageFields(200),
});
