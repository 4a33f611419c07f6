import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { User } from "../auth/user.js";
import type { Context } from "../context.js";
import { Body } from "./body.js";
import { Councillor } from "./councillor.js";
import { allCouncillors } from "./queries.js";

@Resolver()
export class CouncilResolver {
  @Query(() => [Councillor], { description: "Every councillor, active first, by name." })
  async councillors(@Ctx() ctx: Context): Promise<Councillor[]> {
    const collator = new Intl.Collator("sq");
    return (await allCouncillors(ctx.services.ds))
      .sort((a, b) => Number(b.active) - Number(a.active) || collator.compare(a.fullName, b.fullName));
  }

  @Query(() => [Body], { description: "The council and its committees." })
  async bodies(@Ctx() ctx: Context): Promise<Body[]> {
    return ctx.services.ds.query("SELECT id, name, kind, seats FROM body ORDER BY kind = 'COMMITTEE', name");
  }
}

/** An account's councillor: council/ extends auth's User type, so auth needs no import of council/. */
@Resolver(() => User)
export class AccountCouncillorResolver {
  @FieldResolver(() => Councillor, { nullable: true })
  async councillor(@Root() user: User, @Ctx() ctx: Context): Promise<Councillor | null> {
    return user.councillorId ? ctx.loaders.councillor.load(user.councillorId) : null;
  }
}
