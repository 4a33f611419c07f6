import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { authorize } from "../auth/policy.js";
import type { Context } from "../context.js";
import { notFound } from "../platform/errors.js";
import { parseInput } from "../platform/validation.js";
import { Ballot } from "../sessions/model.js";
import { registerDecision } from "./commands/register-decision.js";
import { setDecisionReview } from "./commands/set-decision-review.js";
import { DecisionFilter, DecisionReviewInput, filterSchema, pageSchema, RegisterDecisionInput, registerSchema, reviewSchema } from "./inputs.js";
import { Decision, DecisionPage } from "./model.js";
import { ballotsOf, decisionRow, decisionYears, listDecisions, toDecision } from "./queries.js";

@Resolver(() => Decision)
export class DecisionResolver {
  @Query(() => DecisionPage, { description: "The public register of decisions [regjistri i vendimeve]: every decided agenda item, newest first, filtered and paginated." })
  async decisions(
    @Arg("filter", () => DecisionFilter, { nullable: true }) filter: DecisionFilter | null,
    @Arg("offset", () => Int, { defaultValue: 0 }) offset: number,
    @Arg("limit", () => Int, { defaultValue: 20 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<DecisionPage> {
    const page = parseInput(pageSchema, { offset, limit });
    const values = parseInput(filterSchema, filter ?? {});
    return listDecisions(ctx.services.ds, values, page);
  }

  @Query(() => Decision, { nullable: true, description: "One decision, by its agenda item's id; null when the item is unknown or not decided." })
  async decision(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Decision | null> {
    const found = await decisionRow(ctx.services.ds, id);
    return found ? toDecision(found) : null;
  }

  @Query(() => [Int], { description: "The years that have decisions, newest first." })
  async decisionYears(@Ctx() ctx: Context): Promise<number[]> {
    return decisionYears(ctx.services.ds);
  }

  @FieldResolver(() => [Ballot])
  async ballots(@Root() decision: Decision, @Ctx() ctx: Context): Promise<Ballot[]> {
    return ballotsOf(ctx.services.ds, decision.voteId);
  }

  @Mutation(() => Decision, { description: "SECRETARIAT: the decision number (the next of the body's year when omitted) and kind of a decided item." })
  async registerDecision(@Arg("input", () => RegisterDecisionInput) input: RegisterDecisionInput, @Ctx() ctx: Context): Promise<Decision> {
    const actor = authorize(ctx.actor, "decision.record");
    const props = parseInput(registerSchema, input);
    const { agendaItemId } = await registerDecision(ctx.services.ds, actor, props);
    return this.fresh(ctx, agendaItemId);
  }

  @Mutation(() => Decision, { description: "SECRETARIAT: the state of the review of the act's legality by the prefect (Albania) or MAPL (Kosovo)." })
  async setDecisionReview(@Arg("input", () => DecisionReviewInput) input: DecisionReviewInput, @Ctx() ctx: Context): Promise<Decision> {
    const actor = authorize(ctx.actor, "decision.record");
    const props = parseInput(reviewSchema, input);
    const { agendaItemId } = await setDecisionReview(ctx.services.ds, actor, props);
    return this.fresh(ctx, agendaItemId);
  }

  private async fresh(ctx: Context, id: string): Promise<Decision> {
    const found = await decisionRow(ctx.services.ds, id);
    if (!found) throw notFound("decision", id);
    return toDecision(found);
  }
}
