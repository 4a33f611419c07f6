import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { User } from "../auth/user.js";
import type { Context } from "../context.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { Body, SpeakingTimes } from "./body.js";
import { Councillor } from "./councillor.js";
import { allCouncillors, speakingTimesOf } from "./queries.js";

@Resolver()
export class CouncilResolver {
  @Query(() => [Councillor], { description: "The council's councillors now (the seated ones), by name; with includeFormer, also those whose term has ended, after them." })
  async councillors(
    @Arg("includeFormer", () => Boolean, { nullable: true, defaultValue: false, description: "Also list former councillors (the register [regjistri i këshilltarëve])." }) includeFormer: boolean,
    @Ctx() ctx: Context,
  ): Promise<Councillor[]> {
    const collator = new Intl.Collator("sq");
    return (await allCouncillors(ctx.services.ds))
      .filter((c) => includeFormer || c.active)
      .sort((a, b) => Number(b.active) - Number(a.active) || collator.compare(a.fullName, b.fullName));
  }

  @Query(() => [Body], { description: "The council and its committees." })
  async bodies(@Ctx() ctx: Context): Promise<Body[]> {
    return ctx.services.ds.query("SELECT id, name, kind, seats FROM body ORDER BY kind = 'COMMITTEE', name");
  }

  @Query(() => SpeakingTimes, { description: "Default speaking time per kind of speech: the council's, or a committee's with bodyId." })
  async speakingTimes(@Arg("bodyId", () => ID, { nullable: true }) bodyId: string | null, @Ctx() ctx: Context): Promise<SpeakingTimes> {
    return speakingTimesOf(ctx.services.ds, bodyId);
  }

  @Query(() => DateTimeScalar, { description: "The server's clock now: clients count speaking time from it (correcting for their own clock's offset)." })
  serverTime(): Date {
    return new Date();
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
