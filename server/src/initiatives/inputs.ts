import { Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { DateTimeScalar } from "../platform/scalars.js";
import { moment, optionalText, text } from "../platform/validation.js";
import { ConsultationKind, InitiativeKind } from "./model.js";

// Each GraphQL input beside the zod schema that validates it (parseInput in the resolver).

@InputType()
export class InitiativeInput {
  @Field(() => String) title: string;
  @Field(() => InitiativeKind) kind: InitiativeKind;
  @Field(() => DateTimeScalar, { nullable: true }) submittedAt?: Date | null;
  @Field(() => ID) leadSponsorId: string;
  @Field(() => [ID], { nullable: true }) coSponsorIds?: string[] | null;
}
export const initiativeSchema = z.object({
  title: text(500),
  kind: z.enum(InitiativeKind),
  submittedAt: z.date().nullish(),
  leadSponsorId: z.string(),
  coSponsorIds: z.array(z.string()).max(60, "at most 60 co-sponsors").nullish()
    .transform((v) => v ?? [])
    .refine((v) => new Set(v).size === v.length, "names a co-sponsor twice"),
});

@InputType()
export class ConsultationInput {
  @Field(() => String) title: string;
  @Field(() => ConsultationKind) kind: ConsultationKind;
  @Field(() => DateTimeScalar) heldAt: Date;
  @Field(() => Int) women: number;
  @Field(() => Int) men: number;
  @Field(() => Int, { nullable: true }) otherOrUndisclosed?: number | null;
  @Field(() => Int, { nullable: true, description: "Participants from vulnerable groups (counted among the others)." }) vulnerableGroups?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "When the public was told; without it, heldAt (no notice on record: marked late)." }) announcedAt?: Date | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => ID, { nullable: true, description: "The agenda item (draft decision) it consulted on." }) agendaItemId?: string | null;
}
const count = z.number().int("must be a whole number").min(0, "must be 0 or more").max(100_000, "is too large");
export const consultationSchema = z.object({
  title: text(300), kind: z.enum(ConsultationKind),
  heldAt: z.date().refine((d) => d.getTime() <= Date.now() + 60_000, "a consultation is recorded after it is held, not in the future"),
  women: count, men: count,
  otherOrUndisclosed: count.nullish().transform((v) => v ?? 0), vulnerableGroups: count.nullish().transform((v) => v ?? 0),
  announcedAt: moment.nullish().transform((v) => v ?? null), place: optionalText(300), agendaItemId: z.string().nullish().transform((v) => v ?? null),
});

@InputType({ description: "A consultation or public meeting announced in advance; its participants are recorded after it is held." })
export class ConsultationAnnouncementInput {
  @Field(() => String) title: string;
  @Field(() => ConsultationKind) kind: ConsultationKind;
  @Field(() => DateTimeScalar) heldAt: Date;
  @Field(() => String) place: string;
  @Field(() => DateTimeScalar, { nullable: true, description: "When the public was told (e.g. on the notice board); now when omitted." }) announcedAt?: Date | null;
  @Field(() => ID, { nullable: true, description: "The agenda item (draft decision) it consults on." }) agendaItemId?: string | null;
}
export const consultationAnnouncementSchema = z.object({
  title: text(300), kind: z.enum(ConsultationKind), heldAt: moment, place: text(300),
  announcedAt: moment.nullish().transform((v) => v ?? null),
  agendaItemId: z.string().nullish().transform((v) => v ?? null),
});

@InputType({ description: "The participants of an announced consultation, by gender, once it is held." })
export class ConsultationAttendanceInput {
  @Field(() => Int) women: number;
  @Field(() => Int) men: number;
  @Field(() => Int, { nullable: true }) otherOrUndisclosed?: number | null;
  @Field(() => Int, { nullable: true, description: "Participants from vulnerable groups (counted among the others)." }) vulnerableGroups?: number | null;
}
export const consultationAttendanceSchema = z.object({
  women: count, men: count,
  otherOrUndisclosed: count.nullish().transform((v) => v ?? 0), vulnerableGroups: count.nullish().transform((v) => v ?? 0),
}).refine((v) => v.vulnerableGroups <= v.women + v.men + v.otherOrUndisclosed, { message: "cannot exceed the number of participants", path: ["vulnerableGroups"] });
