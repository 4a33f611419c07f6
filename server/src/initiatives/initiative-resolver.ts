import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { authorize, requireLeadSponsor } from "../auth/policy.js";
import type { Context } from "../context.js";
import { badInput, notFound } from "../platform/errors.js";
import { parseInput } from "../platform/validation.js";
import { announceConsultation } from "./commands/announce-consultation.js";
import { recordConsultation } from "./commands/record-consultation.js";
import { recordConsultationAttendance } from "./commands/record-consultation-attendance.js";
import { setInitiativeStatus } from "./commands/set-initiative-status.js";
import { submitInitiative } from "./commands/submit-initiative.js";
import { parsePeriod, type Period } from "./gender-indicator.js";
import {
  ConsultationAnnouncementInput, consultationAnnouncementSchema, ConsultationAttendanceInput, consultationAttendanceSchema,
  ConsultationInput, consultationSchema, InitiativeInput, initiativeSchema,
} from "./inputs.js";
import { loadConsultations, loadInitiatives } from "./queries.js";
import { consultationStatsFor, consultationsIn, initiativeGenderStatsFor } from "./stats.js";
import {
  Consultation, ConsultationGenderStats, Initiative, InitiativeGenderStats, InitiativeStatus,
} from "./model.js";

function period(label: string): Period {
  const p = parsePeriod(label);
  if (!p) throw badInput(`period: must be a half-year like "2026-H1" (January–June) or "2026-H2" (July–December); got "${label}".`, { period: "invalid" });
  return p;
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
    return loadInitiatives(ctx.services.ds,
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

  @Query(() => [Consultation], {
    description: "Consultations and public meetings, announced and held, with their notice and late-notice mark; the period's (by the day held) or all, soonest first.",
  })
  async consultationNotices(@Arg("period", () => String, { nullable: true }) periodLabel: string | null, @Ctx() ctx: Context): Promise<Consultation[]> {
    const p = periodLabel ? period(periodLabel) : null;
    return loadConsultations(ctx.services.ds, "WHERE ($1::timestamptz IS NULL OR (c.held_at >= $1 AND c.held_at < $2))", [p?.start ?? null, p?.end ?? null]);
  }

  @Query(() => ConsultationGenderStats, { description: "Participation of women in consultations and hearings against the 40 % target." })
  async consultationGenderStats(@Arg("period", () => String) periodLabel: string, @Ctx() ctx: Context): Promise<ConsultationGenderStats> {
    return consultationStatsFor(ctx.services.ds, period(periodLabel));
  }

  @Mutation(() => Initiative, { description: "SECRETARIAT, or a COUNCILLOR as lead sponsor." })
  async submitInitiative(@Arg("input", () => InitiativeInput) input: InitiativeInput, @Ctx() ctx: Context): Promise<Initiative> {
    const actor = authorize(ctx.actor, "initiative.submit");
    const props = parseInput(initiativeSchema, input);
    requireLeadSponsor(actor, props.leadSponsorId);
    const submittedAt = props.submittedAt ?? new Date();
    if (submittedAt.getTime() > Date.now() + 60_000) throw badInput("submittedAt: cannot be in the future.", { submittedAt: "in the future" });
    const id = await submitInitiative(ctx.services.ds, actor, { ...props, submittedAt });
    return (await loadInitiatives(ctx.services.ds, "WHERE id = $1", [id]))[0];
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
    const [found] = await loadInitiatives(ctx.services.ds, "WHERE id = $1", [id]);
    if (!found) throw notFound("initiative", id);
    return found;
  }

  @Mutation(() => Consultation, { description: "SECRETARIAT: records a public consultation or hearing with participants by gender." })
  async recordConsultation(@Arg("input", () => ConsultationInput) input: ConsultationInput, @Ctx() ctx: Context): Promise<Consultation> {
    const actor = authorize(ctx.actor, "consultation.record");
    const props = parseInput(consultationSchema, input);
    const id = await recordConsultation(ctx.services.ds, actor, props);
    return (await loadConsultations(ctx.services.ds, "WHERE c.id = $1", [id]))[0];
  }

  @Mutation(() => Consultation, { description: "SECRETARIAT: announces a consultation or public meeting in advance (14 days ahead, or marked late)." })
  async announceConsultation(@Arg("input", () => ConsultationAnnouncementInput) input: ConsultationAnnouncementInput, @Ctx() ctx: Context): Promise<Consultation> {
    const actor = authorize(ctx.actor, "consultation.announce");
    const props = parseInput(consultationAnnouncementSchema, input);
    const id = await announceConsultation(ctx.services.ds, actor, ctx.services.oss.now(), props);
    return (await loadConsultations(ctx.services.ds, "WHERE c.id = $1", [id]))[0];
  }

  @Mutation(() => Consultation, { description: "SECRETARIAT: records the participants by gender of an announced consultation once held; it becomes HELD." })
  async recordConsultationAttendance(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ConsultationAttendanceInput) input: ConsultationAttendanceInput,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<Consultation> {
    const actor = authorize(ctx.actor, "consultation.record");
    const props = parseInput(consultationAttendanceSchema, input);
    await recordConsultationAttendance(ctx.services.ds, actor, id, expectedVersion, props, ctx.services.oss.now());
    return (await loadConsultations(ctx.services.ds, "WHERE c.id = $1", [id]))[0];
  }
}
