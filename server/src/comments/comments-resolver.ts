import DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { z } from "zod";
import { authorize } from "../auth/policy.js";
import type { Context } from "../context.js";
import { notFound } from "../platform/errors.js";
import { PublicFormProof } from "../platform/security/public-form.js";
import { parseInput } from "../platform/validation.js";
import { AgendaItem } from "../sessions/model.js";
import { answerDraftComment } from "./commands/answer-draft-comment.js";
import { moderateDraftComment } from "./commands/moderate-draft-comment.js";
import { publishConsultationReport } from "./commands/publish-consultation-report.js";
import { submitDraftComment } from "./commands/submit-draft-comment.js";
import {
  answerSchema, DraftCommentInput, draftCommentSchema, itemIdSchema, PaperCommentInput, paperCommentSchema, publishSchema, rejectSchema,
} from "./inputs.js";
import { ConsultationReport, DraftComment, DraftForComment, ModeratedDraftComment, SubmitDraftCommentPayload } from "./model.js";
import { consultationReports, draftForComment, moderatedComment, moderationQueue, openDrafts, publishedComments } from "./queries.js";
import { CommentChannel, CommentOutcome, CommentStatus, RejectReason } from "./rules.js";

/**
 * The reports of the items a request asks about, batched (one query for a whole agenda) and not cached: a
 * subscription's context lives as long as the subscription, and the counts change without the session.
 */
const reportLoaders = new WeakMap<object, DataLoader<string, ConsultationReport | null>>();
function reportLoader(ctx: Context): DataLoader<string, ConsultationReport | null> {
  let loader = reportLoaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await consultationReports(ctx.services.ds, ids);
      return ids.map((id) => found.get(id) ?? null);
    }, { cache: false });
    reportLoaders.set(ctx.loaders, loader);
  }
  return loader;
}

const queueArgs = z.object({ limit: z.number().int().min(1, "must be at least 1").max(500, "must be at most 500") });
const now = (ctx: Context) => ctx.services.oss.now();

@Resolver()
export class CommentsResolver {
  @Query(() => [DraftForComment], { description: "Draft decisions open for public comment now [projektvendime për koment], by session date." })
  async draftsOpenForComment(@Ctx() ctx: Context): Promise<DraftForComment[]> {
    return openDrafts(ctx.services.ds, ctx.services.calendar.calendar, now(ctx));
  }

  @Query(() => DraftForComment, { nullable: true, description: "An item's published draft, open for comment or not (null: no published draft)." })
  async draftForComment(@Arg("agendaItemId", () => ID) agendaItemId: string, @Ctx() ctx: Context): Promise<DraftForComment | null> {
    const { agendaItemId: id } = parseInput(itemIdSchema, { agendaItemId });
    return draftForComment(ctx.services.ds, ctx.services.calendar.calendar, now(ctx), id);
  }

  @Query(() => [DraftComment], { description: "The published comments on an item's draft, oldest first, with their answers (no e-mail, gender or vulnerable-group flag)." })
  async draftComments(@Arg("agendaItemId", () => ID) agendaItemId: string, @Ctx() ctx: Context): Promise<DraftComment[]> {
    const { agendaItemId: id } = parseInput(itemIdSchema, { agendaItemId });
    return publishedComments(ctx.services.ds, id);
  }

  @Query(() => ConsultationReport, { nullable: true, description: "An item's consultation report (null: no published draft)." })
  async consultationReport(@Arg("agendaItemId", () => ID) agendaItemId: string, @Ctx() ctx: Context): Promise<ConsultationReport | null> {
    const { agendaItemId: id } = parseInput(itemIdSchema, { agendaItemId });
    return reportLoader(ctx).load(id);
  }

  @Query(() => [ModeratedDraftComment], {
    description: "SECRETARIAT: the moderation queue (pending comments first, then published ones waiting for an answer, oldest first); with all: true, every comment, newest first.",
  })
  async commentModerationQueue(
    @Arg("agendaItemId", () => ID, { nullable: true }) agendaItemId: string | null,
    @Arg("all", () => Boolean, { defaultValue: false }) all: boolean,
    @Arg("limit", () => Int, { defaultValue: 200 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<ModeratedDraftComment[]> {
    authorize(ctx.actor, "comment.moderate");
    const { limit: l } = parseInput(queueArgs, { limit });
    const item = agendaItemId == null ? null : parseInput(itemIdSchema, { agendaItemId }).agendaItemId;
    return moderationQueue(ctx.services.ds, { agendaItemId: item, all, limit: l });
  }

  @Mutation(() => SubmitDraftCommentPayload, {
    description: "Anyone: comments on a draft open for comment (no account). Answers the comment's id and its receipt (shown once). Goes to moderation before it is published.",
  })
  async submitDraftComment(
    @Arg("input", () => DraftCommentInput) input: DraftCommentInput,
    @Arg("proof", () => PublicFormProof) proof: PublicFormProof,
    @Ctx() ctx: Context,
  ): Promise<SubmitDraftCommentPayload> {
    await ctx.services.publicForms.check("draft-comment", proof, ctx.address);
    const p = parseInput(draftCommentSchema, input);
    return submitDraftComment(ctx.services.ds, null, now(ctx), { ...p, channel: CommentChannel.ONLINE, receivedAt: null });
  }

  @Mutation(() => SubmitDraftCommentPayload, { description: "SECRETARIAT: records a comment received on paper (its receipt can be handed or sent to its author)." })
  async recordPaperComment(@Arg("input", () => PaperCommentInput) input: PaperCommentInput, @Ctx() ctx: Context): Promise<SubmitDraftCommentPayload> {
    const actor = authorize(ctx.actor, "comment.moderate");
    const p = parseInput(paperCommentSchema, input);
    return submitDraftComment(ctx.services.ds, actor, now(ctx), { ...p, channel: CommentChannel.PAPER });
  }

  @Mutation(() => ModeratedDraftComment, { description: "SECRETARIAT: publishes a pending comment (moderation is final)." })
  async publishDraftComment(
    @Arg("id", () => ID) id: string,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<ModeratedDraftComment> {
    const actor = authorize(ctx.actor, "comment.moderate");
    const p = parseInput(publishSchema, { id, expectedVersion });
    await moderateDraftComment(ctx.services.ds, actor, now(ctx), { ...p, decision: CommentStatus.PUBLISHED });
    return this.reload(ctx, p.id);
  }

  @Mutation(() => ModeratedDraftComment, { description: "SECRETARIAT: rejects a pending comment with a reason from the short list (moderation is final)." })
  async rejectDraftComment(
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => RejectReason) reason: RejectReason,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<ModeratedDraftComment> {
    const actor = authorize(ctx.actor, "comment.moderate");
    const p = parseInput(rejectSchema, { id, reason, expectedVersion });
    await moderateDraftComment(ctx.services.ds, actor, now(ctx), { id: p.id, expectedVersion: p.expectedVersion, decision: CommentStatus.REJECTED, reason: p.reason });
    return this.reload(ctx, p.id);
  }

  @Mutation(() => ModeratedDraftComment, { description: "SECRETARIAT: answers a published comment with its outcome and the reason (once)." })
  async answerDraftComment(
    @Arg("id", () => ID) id: string,
    @Arg("outcome", () => CommentOutcome) outcome: CommentOutcome,
    @Arg("reason", () => String) reason: string,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<ModeratedDraftComment> {
    const actor = authorize(ctx.actor, "comment.moderate");
    const p = parseInput(answerSchema, { id, outcome, reason, expectedVersion });
    await answerDraftComment(ctx.services.ds, actor, now(ctx), p);
    return this.reload(ctx, p.id);
  }

  @Mutation(() => ConsultationReport, {
    description: "SECRETARIAT: publishes an item's consultation report once every comment is moderated and every published one answered; its figures are then final and the draft takes no more comments.",
  })
  async publishConsultationReport(@Arg("agendaItemId", () => ID) agendaItemId: string, @Ctx() ctx: Context): Promise<ConsultationReport> {
    const actor = authorize(ctx.actor, "comment.moderate");
    const { agendaItemId: id } = parseInput(itemIdSchema, { agendaItemId });
    await publishConsultationReport(ctx.services.ds, actor, now(ctx), id);
    const report = await reportLoader(ctx).load(id);
    if (!report) throw notFound("agenda item", id);
    return report;
  }

  private async reload(ctx: Context, id: string): Promise<ModeratedDraftComment> {
    const c = await moderatedComment(ctx.services.ds, id);
    if (!c) throw notFound("comment", id);
    return c;
  }
}

/** What an agenda item shows of its draft's consultation beside its vote: "N komente, raporti i publikuar". */
@Resolver(() => AgendaItem)
export class AgendaItemCommentsResolver {
  @FieldResolver(() => ConsultationReport, { nullable: true, description: "The consultation report of the item's draft (null: no published draft)." })
  async consultationReport(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<ConsultationReport | null> {
    if (!item.draftPublishedAt) return null;
    return reportLoader(ctx).load(item.id);
  }

  @FieldResolver(() => Int, { description: "Comments received on the item's draft (0 without a draft)." })
  async commentCount(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<number> {
    return (await this.consultationReport(item, ctx))?.received ?? 0;
  }

  @FieldResolver(() => Boolean, { description: "The secretariat published the draft's consultation report." })
  async consultationReportPublished(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<boolean> {
    return (await this.consultationReport(item, ctx))?.reportPublished ?? false;
  }
}
