import DataLoader from "dataloader";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Decision } from "../decisions/model.js";
import { MeetingDocument } from "../packages/model.js";
import { documentsOfItems } from "../packages/queries.js";

/**
 * A decision's documents: the decided agenda item's documents from its meeting package (the draft act that was
 * voted first), so the register can link "where is the draft that was voted". Here, above both areas, because the
 * packages area already builds on the register (its document text goes into the register's search). One query per
 * request for all the decisions of a page.
 */
const loaders = new WeakMap<Context, DataLoader<string, MeetingDocument[]>>();
function loaderOf(ctx: Context): DataLoader<string, MeetingDocument[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (itemIds: readonly string[]) => {
      const found = (await documentsOfItems(ctx.services.ds, itemIds)).filter((d) => !d.withdrawnAt);
      const draftFirst = (d: MeetingDocument) => (d.kind === "DRAFT_ACT" ? 0 : 1);
      return itemIds.map((id) => found.filter((d) => d.agendaItemId === id).sort((a, b) => draftFirst(a) - draftFirst(b)));
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => Decision)
export class DecisionDocumentsResolver {
  @FieldResolver(() => [MeetingDocument], { description: "The item's documents in its meeting package, current versions, not withdrawn: the draft act [projektvendimi] first." })
  async documents(@Root() decision: Decision, @Ctx() ctx: Context): Promise<MeetingDocument[]> {
    return loaderOf(ctx).load(decision.id);
  }
}
