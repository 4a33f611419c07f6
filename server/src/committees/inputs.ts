import { Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { optionalText, text } from "../platform/validation.js";
import { CommitteeOpinionKind, CommitteeRole } from "./model.js";

// Each GraphQL input beside the zod schema that validates it (parseInput in the resolver).

/** A calendar date "YYYY-MM-DD" that exists (2000–2100): memberships begin and end on days, in Tirana. */
export const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD").refine((v) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100;
}, "must be a real date between 2000 and 2100");

@InputType({ description: "A committee's name, functions [funksionet] and seats." })
export class CommitteeInput {
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true, description: "Its functions and mandate, as the council's decision states them." }) functions?: string | null;
  @Field(() => Int, { description: "How many members it has (1 to 200): quorum and majorities of its meetings count them." }) seats: number;
}
export const committeeSchema = z.object({
  name: text(200),
  functions: optionalText(4000),
  seats: z.number().int("must be a whole number").min(1, "must be at least 1").max(200, "must be at most 200"),
});

@InputType({ description: "A councillor joins a committee, as chair or member, from a date (and, if known, to a date)." })
export class CommitteeMemberInput {
  @Field(() => ID) committeeId: string;
  @Field(() => ID) councillorId: string;
  @Field(() => CommitteeRole) role: CommitteeRole;
  @Field(() => String, { description: "The first day (YYYY-MM-DD)." }) joinedOn: string;
  @Field(() => String, { nullable: true, description: "The last day (YYYY-MM-DD), if already known." }) leftOn?: string | null;
}
export const committeeMemberSchema = z.object({
  committeeId: z.string(),
  councillorId: z.string(),
  role: z.enum(CommitteeRole),
  joinedOn: calendarDate,
  leftOn: calendarDate.nullish().transform((v) => v ?? null),
}).refine((m) => m.leftOn === null || m.leftOn >= m.joinedOn, { message: "must be on or after joinedOn", path: ["leftOn"] });

export const endMembershipSchema = z.object({ membershipId: z.string(), leftOn: calendarDate });

@InputType({ description: "A committee's opinion [relacion] on an item of the council's agenda." })
export class CommitteeOpinionInput {
  @Field(() => ID, { description: "The council's agenda item." }) agendaItemId: string;
  @Field(() => ID) committeeId: string;
  @Field(() => ID, { nullable: true, description: "The committee meeting where it was adopted." }) committeeSessionId?: string | null;
  @Field(() => ID, { nullable: true, description: "That meeting's agenda item." }) committeeItemId?: string | null;
  @Field(() => CommitteeOpinionKind) opinion: CommitteeOpinionKind;
  @Field(() => String, { description: "The opinion's text." }) text: string;
}
export const committeeOpinionSchema = z.object({
  agendaItemId: z.string(),
  committeeId: z.string(),
  committeeSessionId: z.string().nullish().transform((v) => v ?? null),
  committeeItemId: z.string().nullish().transform((v) => v ?? null),
  opinion: z.enum(CommitteeOpinionKind),
  text: text(4000),
}).refine((o) => o.committeeItemId === null || o.committeeSessionId !== null, { message: "needs committeeSessionId", path: ["committeeItemId"] });
