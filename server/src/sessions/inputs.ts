import { Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { DateTimeScalar } from "../platform/scalars.js";
import { moment, optionalText, text } from "../platform/validation.js";
import { AttendanceStatus, BallotChoice, MajorityRule } from "./model.js";
import { SpeechKind } from "./speaker.js";

@InputType()
export class CreateSessionInput {
  @Field(() => String) title: string;
  @Field(() => DateTimeScalar) scheduledAt: Date;
  @Field(() => ID, { nullable: true, description: "A committee's id; the municipal council when omitted." })
  bodyId?: string | null;
}
export const createSessionSchema = z.object({ title: text(300), scheduledAt: moment, bodyId: z.string().nullish() });

@InputType()
export class AgendaItemInput {
  @Field(() => ID) sessionId: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "When its draft decision was published for public comment." })
  draftPublishedAt?: Date | null;
}
export const draftPublishedSchema = z.date().refine((d) => d.getTime() <= Date.now() + 60_000, "cannot be in the future")
  .refine((d) => d.getTime() >= Date.UTC(2000, 0, 1), "must be after 2000");
export const agendaItemSchema = z.object({
  sessionId: z.string(), title: text(500), description: optionalText(5000),
  draftPublishedAt: draftPublishedSchema.nullish().transform((v) => v ?? null),
});

@InputType()
export class AttendanceInput {
  @Field(() => ID) sessionId: string;
  @Field(() => ID) councillorId: string;
  @Field(() => AttendanceStatus) status: AttendanceStatus;
}

@InputType({ description: "Several councillors at once, e.g. everyone in the hall at the roll call." })
export class AttendanceBatchInput {
  @Field(() => ID) sessionId: string;
  @Field(() => [ID]) councillorIds: string[];
  @Field(() => AttendanceStatus) status: AttendanceStatus;
}
export const attendanceBatchSchema = z.object({
  sessionId: z.string(),
  councillorIds: z.array(z.string()).min(1, "name at least one councillor").max(200, "at most 200 councillors at once"),
  status: z.enum(AttendanceStatus),
});

@InputType()
export class OpenVoteInput {
  @Field(() => ID) agendaItemId: string;
  @Field(() => MajorityRule) majority: MajorityRule;
  @Field(() => Int, { nullable: true, description: "The session's version the console showed; a stale one is refused." }) expectedVersion?: number | null;
}
export const openVoteSchema = z.object({ agendaItemId: z.string(), majority: z.enum(MajorityRule), expectedVersion: z.number().int().nullish() });

@InputType()
export class BallotInput {
  @Field(() => ID) voteId: string;
  @Field(() => BallotChoice) choice: BallotChoice;
  @Field(() => ID, { nullable: true, description: "Required for SECRETARIAT; a COUNCILLOR votes only as themself." })
  councillorId?: string | null;
}
export const ballotSchema = z.object({ voteId: z.string(), choice: z.enum(BallotChoice), councillorId: z.string().nullish() });

@InputType()
export class FloorRequestInput {
  @Field(() => ID) agendaItemId: string;
  @Field(() => SpeechKind) kind: SpeechKind;
  @Field(() => ID, { nullable: true, description: "Required for SECRETARIAT, ignored for COUNCILLOR (self)." }) councillorId?: string | null;
}
export const floorRequestSchema = z.object({ agendaItemId: z.string(), kind: z.enum(SpeechKind), councillorId: z.string().nullish() });

/** A limit the secretariat gives when a speech starts: 10 seconds to 2 hours. */
export const startSpeechSchema = z.object({
  speakerId: z.string(),
  allottedSeconds: z.number().int("must be whole seconds").min(10, "must be at least 10 seconds").max(7200, "must be at most 7200 seconds (two hours)")
    .nullish().transform((v) => v ?? null),
  expectedVersion: z.number().int().nullish(),
});

/**
 * A live stream's address: https only (a page served over https must not embed
 * anything else, and a plain-http stream would leak what the viewer watches), no
 * user name or password in it, at most 500 characters. Empty or null removes it.
 */
export const streamUrlSchema = z.object({
  sessionId: z.string(),
  url: z.string().trim().max(500, "must be at most 500 characters").nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || httpsAddress(v), "must be an https:// address, without a user name or password"),
});
function httpsAddress(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === "https:" && u.hostname.length > 0 && !u.username && !u.password;
  } catch {
    return false;
  }
}
