import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { authorize } from "../auth/policy.js";
import { Role } from "../auth/user.js";
import type { Context } from "../context.js";
import { COUNCILLOR_COLUMNS, type CouncillorRow, toCouncillor } from "../council/councillor.js";
import { badInput, forbidden, notFound } from "../platform/errors.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { parseInput, text } from "../platform/validation.js";
import { recordConsultation } from "./commands/record-consultation.js";
import { setInitiativeStatus } from "./commands/set-initiative-status.js";
import { submitInitiative } from "./commands/submit-initiative.js";
import { parsePeriod, type Period, periodOf } from "./gender-indicator.js";
import { consultationStatsFor, consultationsIn, initiativeGenderStatsFor } from "./stats.js";
import {
  Consultation, ConsultationGenderStats, ConsultationKind, Initiative, InitiativeGenderStats, InitiativeKind, InitiativeStatus,
} from "./model.js";

@InputType()
class InitiativeInput {
  @Field(() => String) title: string;
  @Field(() => InitiativeKind) kind: InitiativeKind;
  @Field(() => DateTimeScalar, { nullable: true }) submittedAt?: Date | null;
  @Field(() => ID) leadSponsorId: string;
  @Field(() => [ID], { nullable: true }) coSponsorIds?: string[] | null;
}
const initiativeSchema = z.object({
  title: text(500),
  kind: z.enum(InitiativeKind),
  submittedAt: z.date().nullish(),
  leadSponsorId: z.string(),
  coSponsorIds: z.array(z.string()).max(60, "at most 60 co-sponsors").nullish()
    .transform((v) => v ?? [])
    .refine((v) => new Set(v).size === v.length, "names a co-sponsor twice"),
});

@InputType()
class ConsultationInput {
  @Field(() => String) title: string;
  @Field(() => ConsultationKind) kind: ConsultationKind;
  @Field(() => DateTimeScalar) heldAt: Date;
  @Field(() => Int) women: number;
  @Field(() => Int) men: number;
  @Field(() => Int, { nullable: true }) otherOrUndisclosed?: number | null;
  @Field(() => Int, { nullable: true, description: "Participants from vulnerable groups (counted among the others)." }) vulnerableGroups?: number | null;
}
const count = z.number().int("must be a whole number").min(0, "must be 0 or more").max(100_000, "is too large");
const consultationSchema = z.object({
  title: text(300), kind: z.enum(ConsultationKind),
  heldAt: z.date().refine((d) => d.getTime() <= Date.now() + 60_000, "a consultation is recorded after it is held, not in the future"),
  women: count, men: count,
  otherOrUndisclosed: count.nullish().transform((v) => v ?? 0), vulnerableGroups: count.nullish().transform((v) => v ?? 0),
});

function period(label: string): Period {
  const p = parsePeriod(label);
  if (!p) throw badInput(`period: must be a half-year like "2026-H1" (January–June) or "2026-H2" (July–December); got "${label}".`, { period: "invalid" });
  return p;
}

type Row = Record<string, unknown>;

async function loadInitiatives(ctx: Context, where: string, params: unknown[]): Promise<Initiative[]> {
  const rows: Row[] = await ctx.services.ds.query(`SELECT * FROM initiative ${where} ORDER BY submitted_at DESC, id`, params);
  if (rows.length === 0) return [];
  const co: { initiative_id: string; councillor_id: string }[] = await ctx.services.ds.query(
    "SELECT initiative_id, councillor_id FROM initiative_cosponsor WHERE initiative_id = ANY($1::uuid[])", [rows.map((r) => r.id)]);
  const ids = [...new Set([...rows.map((r) => r.lead_sponsor_id as string), ...co.map((c) => c.councillor_id)])];
  const people: CouncillorRow[] = await ctx.services.ds.query(`SELECT ${COUNCILLOR_COLUMNS} FROM councillor WHERE id = ANY($1::uuid[])`, [ids]);
  const byId = new Map(people.map((p) => [p.id, toCouncillor(p)]));
  return rows.map((r) => Object.assign(new Initiative(), {
    id: r.id, title: r.title, kind: r.kind, submittedAt: r.submitted_at, leadSponsorId: r.lead_sponsor_id,
    leadSponsor: byId.get(r.lead_sponsor_id as string), status: r.status, agendaItemId: r.agenda_item_id, version: r.version,
    coSponsors: co.filter((c) => c.initiative_id === r.id).map((c) => byId.get(c.councillor_id)).filter(Boolean),
    period: periodOf(r.submitted_at as Date),
  }));
}

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => [Initiative], { description: "The public register of initiatives, newest first." })
  async initiatives(
    @Arg("period", () => String, { nullable: true }) periodLabel: string | null,
    @Arg("councillorId", () => ID, { nullable: true, description: "As lead sponsor or co-sponsor." }) councillorId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Initiative[]> {
    const p = periodLabel ? period(periodLabel) : null;
    return loadInitiatives(ctx,
      `WHERE ($1::timestamptz IS NULL OR (submitted_at >= $1 AND submitted_at < $2))
         AND ($3::text IS NULL OR lead_sponsor_id::text = $3 OR id IN (SELECT initiative_id FROM initiative_cosponsor WHERE councillor_id::text = $3))`,
      [p?.start ?? null, p?.end ?? null, councillorId]);
  }

  @Query(() => InitiativeGenderStats, { description: "The semi-annual indicator (Elbasan plan OS-4 point 8): initiatives led by women against women's share of seats." })
  async initiativeGenderStats(@Arg("period", () => String) periodLabel: string, @Ctx() ctx: Context): Promise<InitiativeGenderStats> {
    return initiativeGenderStatsFor(ctx.services.ds, period(periodLabel));
  }

  @Query(() => [Consultation])
  async consultations(@Arg("period", () => String) periodLabel: string, @Ctx() ctx: Context): Promise<Consultation[]> {
    return consultationsIn(ctx.services.ds, period(periodLabel));
  }

  @Query(() => ConsultationGenderStats, { description: "Participation of women in consultations and hearings against the 40 % target." })
  async consultationGenderStats(@Arg("period", () => String) periodLabel: string, @Ctx() ctx: Context): Promise<ConsultationGenderStats> {
    return consultationStatsFor(ctx.services.ds, period(periodLabel));
  }

  @Mutation(() => Initiative, { description: "SECRETARIAT, or a COUNCILLOR as lead sponsor." })
  async submitInitiative(@Arg("input", () => InitiativeInput) input: InitiativeInput, @Ctx() ctx: Context): Promise<Initiative> {
    const actor = authorize(ctx.actor, "initiative.submit");
    const props = parseInput(initiativeSchema, input);
    if (actor.role === Role.COUNCILLOR && props.leadSponsorId !== actor.councillorId) {
      throw forbidden("A councillor registers initiatives as their lead sponsor; the secretariat registers others'.");
    }
    const submittedAt = props.submittedAt ?? new Date();
    if (submittedAt.getTime() > Date.now() + 60_000) throw badInput("submittedAt: cannot be in the future.", { submittedAt: "in the future" });
    const id = await submitInitiative(ctx.services.ds, actor, { ...props, submittedAt });
    return (await loadInitiatives(ctx, "WHERE id = $1", [id]))[0];
  }

  @Mutation(() => Initiative, { description: "SECRETARIAT: moves an initiative along its lifecycle and may link the agenda item where it is decided." })
  async setInitiativeStatus(
    @Arg("id", () => ID) id: string,
    @Arg("status", () => InitiativeStatus) status: InitiativeStatus,
    @Arg("agendaItemId", () => ID, { nullable: true }) agendaItemId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Initiative> {
    const actor = authorize(ctx.actor, "initiative.manage");
    await setInitiativeStatus(ctx.services.ds, actor, { id, status, agendaItemId });
    const [found] = await loadInitiatives(ctx, "WHERE id = $1", [id]);
    if (!found) throw notFound("initiative", id);
    return found;
  }

  @Mutation(() => Consultation, { description: "SECRETARIAT: records a public consultation or hearing with participants by gender." })
  async recordConsultation(@Arg("input", () => ConsultationInput) input: ConsultationInput, @Ctx() ctx: Context): Promise<Consultation> {
    const actor = authorize(ctx.actor, "consultation.record");
    const props = parseInput(consultationSchema, input);
    const id = await recordConsultation(ctx.services.ds, actor, props);
    return Object.assign(new Consultation(), { id, ...props });
  }
}
