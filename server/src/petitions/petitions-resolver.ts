import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { z } from "zod";
import { authorize } from "../auth/policy.js";
import type { Context } from "../context.js";
import { isWellFormedId, notFound } from "../platform/errors.js";
import { PublicFormProof } from "../platform/security/public-form.js";
import { pageSchema, parseInput } from "../platform/validation.js";
import { answerPetition } from "./commands/answer-petition.js";
import { filePetition } from "./commands/file-petition.js";
import { recordPetitionDiscussion } from "./commands/record-petition-discussion.js";
import { rejectPetition } from "./commands/reject-petition.js";
import { reviewPetition } from "./commands/review-petition.js";
import {
  answerSchema, PaperPetitionInput, paperPetitionSchema, PetitionAnswerInput, PetitionDiscussionInput, PetitionInput, petitionSchema,
  PetitionRejectionInput, rejectionSchema, versionSchema,
} from "./inputs.js";
import { Petition, PetitionChannel, PetitionFiling, PetitionPage, PetitionPersonalData, PetitionStatus } from "./model.js";
import { countPetitions, loadPersonalData, loadPetition, petitionRows, toPetition } from "./queries.js";

const page100 = pageSchema(100);
const discussionSchema = z.object({ petitionId: z.string(), agendaItemId: z.string(), expectedVersion: versionSchema });

/**
 * Petitions and citizens' initiatives [peticione, nisma qytetare] (issue 16 point 2): the public register,
 * online submission (anyone, through the public-form guard), and the secretariat's registration from paper
 * and lifecycle. Personal data only through petitionPersonalData (petition.personalData).
 */
@Resolver(() => Petition)
export class PetitionsResolver {
  @Query(() => PetitionPage, { description: "The public register of petitions, newest received first, with due dates and late marks." })
  async petitions(
    @Arg("status", () => PetitionStatus, { nullable: true }) status: PetitionStatus | null,
    @Arg("offset", () => Int, { defaultValue: 0 }) offset: number,
    @Arg("limit", () => Int, { defaultValue: 20 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<PetitionPage> {
    const page = parseInput(page100, { offset, limit });
    const where = "WHERE ($1::text IS NULL OR p.status = $1)";
    const now = ctx.services.oss.now();
    const [total, found] = await Promise.all([countPetitions(ctx.services.ds, where, [status ?? null]), petitionRows(ctx.services.ds, where, [status ?? null], page)]);
    return { total, ...page, items: found.map((r) => toPetition(r, now)) };
  }

  @Query(() => Petition, { nullable: true, description: "A petition of the public register (null when there is none with this id)." })
  async petition(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Petition | null> {
    if (!isWellFormedId(id)) return null;
    return loadPetition(ctx.services.ds, id, ctx.services.oss.now());
  }

  @Query(() => PetitionPersonalData, { description: "SECRETARIAT: the petitioner's name and contact data and the signature list (erased after the retention period)." })
  async petitionPersonalData(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PetitionPersonalData> {
    authorize(ctx.actor, "petition.personalData");
    const found = isWellFormedId(id) ? await loadPersonalData(ctx.services.ds, id) : null;
    if (!found) throw notFound("petition", id);
    return found;
  }

  @Mutation(() => PetitionFiling, { description: "Anyone, no account: submits a petition online; answers its receipt (the code is shown only here)." })
  async submitPetition(
    @Arg("input", () => PetitionInput) input: PetitionInput,
    @Arg("proof", () => PublicFormProof) proof: PublicFormProof,
    @Ctx() ctx: Context,
  ): Promise<PetitionFiling> {
    await ctx.services.publicForms.check("petition", proof, ctx.address);
    const props = parseInput(petitionSchema, input);
    return this.file(ctx, null, { ...props, channel: PetitionChannel.ONLINE, receivedAt: null });
  }

  @Mutation(() => PetitionFiling, { description: "SECRETARIAT: registers a petition received on paper, with its signature list; answers the receipt to print." })
  async registerPetition(@Arg("input", () => PaperPetitionInput) input: PaperPetitionInput, @Ctx() ctx: Context): Promise<PetitionFiling> {
    const actor = authorize(ctx.actor, "petition.manage");
    const props = parseInput(paperPetitionSchema, input);
    return this.file(ctx, actor, { ...props, channel: PetitionChannel.PAPER });
  }

  @Mutation(() => Petition, { description: "SECRETARIAT: RECEIVED → UNDER_REVIEW." })
  async reviewPetition(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<Petition> {
    const actor = authorize(ctx.actor, "petition.manage");
    await reviewPetition(ctx.services.ds, actor, ctx.services.oss.now(), { id, expectedVersion: parseInput(versionSchema, expectedVersion) });
    return this.load(ctx, id);
  }

  @Mutation(() => Petition, { description: "SECRETARIAT: UNDER_REVIEW → DISCUSSED at an agenda item of a session already held; the answer is due 15 days later." })
  async recordPetitionDiscussion(@Arg("input", () => PetitionDiscussionInput) input: PetitionDiscussionInput, @Ctx() ctx: Context): Promise<Petition> {
    const actor = authorize(ctx.actor, "petition.manage");
    const props = parseInput(discussionSchema, input);
    await recordPetitionDiscussion(ctx.services.ds, actor, ctx.services.oss.now(), ctx.services.calendar.calendar,
      { id: props.petitionId, agendaItemId: props.agendaItemId, expectedVersion: props.expectedVersion });
    return this.load(ctx, props.petitionId);
  }

  @Mutation(() => Petition, { description: "SECRETARIAT: DISCUSSED → ANSWERED, with the written answer's summary and date." })
  async answerPetition(@Arg("input", () => PetitionAnswerInput) input: PetitionAnswerInput, @Ctx() ctx: Context): Promise<Petition> {
    const actor = authorize(ctx.actor, "petition.manage");
    const props = parseInput(answerSchema, input);
    await answerPetition(ctx.services.ds, actor, ctx.services.oss.now(), { id: props.petitionId, summary: props.summary, answeredAt: props.answeredAt, expectedVersion: props.expectedVersion });
    return this.load(ctx, props.petitionId);
  }

  @Mutation(() => Petition, { description: "SECRETARIAT: RECEIVED or UNDER_REVIEW → REJECTED (inadmissible), with the reason." })
  async rejectPetition(@Arg("input", () => PetitionRejectionInput) input: PetitionRejectionInput, @Ctx() ctx: Context): Promise<Petition> {
    const actor = authorize(ctx.actor, "petition.manage");
    const props = parseInput(rejectionSchema, input);
    await rejectPetition(ctx.services.ds, actor, ctx.services.oss.now(), { id: props.petitionId, reason: props.reason, expectedVersion: props.expectedVersion });
    return this.load(ctx, props.petitionId);
  }

  private async file(ctx: Context, actor: Parameters<typeof filePetition>[1], props: Parameters<typeof filePetition>[4]): Promise<PetitionFiling> {
    const now = ctx.services.oss.now();
    const { petitionId, receipt } = await filePetition(ctx.services.ds, actor, now, ctx.services.calendar.calendar, props);
    return { petition: await this.load(ctx, petitionId), receipt };
  }

  private async load(ctx: Context, id: string): Promise<Petition> {
    const found = await loadPetition(ctx.services.ds, id, ctx.services.oss.now());
    if (!found) throw notFound("petition", id);
    return found;
  }
}
