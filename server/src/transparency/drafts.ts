import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import { authorize } from "../auth/policy.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import type { Context } from "../context.js";
import { notFound } from "../platform/errors.js";
import { draftPublishedSchema } from "../sessions/inputs.js";
import { AgendaItem } from "../sessions/model.js";
import { itemIn } from "../sessions/snapshot.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { parseInput } from "../platform/validation.js";
import { setDraftPublished } from "./commands/set-draft-published.js";

/** Elbasan plan OS-2: draft decisions are open for public comment at least 10 working days before the vote. */
export const COMMENT_PERIOD_WORKING_DAYS = 10;

/** Whole working days between a draft's publication and its vote, on the working calendar. */
export function commentWorkingDays(calendar: WorkingCalendar, publishedAt: Date, voteAt: Date): number {
  return Math.floor(calendar.workingMinutesBetween(publishedAt, voteAt) / calendar.minutesPerDay);
}

@Resolver(() => AgendaItem)
export class DraftResolver {
  @FieldResolver(() => Int, { nullable: true, description: "Working days between the draft's publication and the vote (or the session, until voted); null without a draft." })
  commentPeriodWorkingDays(@Root() item: AgendaItem, @Ctx() ctx: Context): number | null {
    if (!item.draftPublishedAt) return null;
    return commentWorkingDays(ctx.services.calendar.calendar, item.draftPublishedAt, item.voteMoment);
  }

  @FieldResolver(() => Boolean, { description: "The draft was published fewer than 10 working days before the vote: a public mark, and a warning for the secretariat." })
  shortCommentPeriod(@Root() item: AgendaItem, @Ctx() ctx: Context): boolean {
    const days = this.commentPeriodWorkingDays(item, ctx);
    return days !== null && days < COMMENT_PERIOD_WORKING_DAYS;
  }

  @Mutation(() => AgendaItem, { description: "SECRETARIAT: records when the item's draft decision was published for public comment." })
  async setDraftPublished(@Arg("agendaItemId", () => ID) agendaItemId: string, @Arg("publishedAt", () => DateTimeScalar) publishedAt: Date, @Ctx() ctx: Context): Promise<AgendaItem> {
    const actor = authorize(ctx.actor, "session.manage");
    const at = parseInput(draftPublishedSchema, publishedAt);
    const sessionId = await setDraftPublished(ctx.services.ds, actor, { agendaItemId, publishedAt: at });
    ctx.loaders.session.clear(sessionId);
    const session = await ctx.loaders.session.load(sessionId);
    const item = session && itemIn(session, agendaItemId);
    if (!item) throw notFound("agenda item", agendaItemId);
    return item;
  }
}
