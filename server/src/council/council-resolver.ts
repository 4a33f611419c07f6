import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { Body } from "./body.js";
import { Councillor } from "./councillor.js";

@Resolver()
export class CouncilResolver {
  @Query(() => [Councillor], { description: "Every councillor, active first, by name." })
  async councillors(@Ctx() ctx: Context): Promise<Councillor[]> {
    const rows: { id: string; full_name: string; gender: Councillor["gender"]; party: string | null; active: boolean }[] =
      await ctx.services.ds.query("SELECT id, full_name, gender, party, active FROM councillor");
    const collator = new Intl.Collator("sq");
    return rows
      .map((r) => ({ id: r.id, fullName: r.full_name, gender: r.gender, party: r.party, active: r.active }))
      .sort((a, b) => Number(b.active) - Number(a.active) || collator.compare(a.fullName, b.fullName));
  }

  @Query(() => [Body], { description: "The council and its committees." })
  async bodies(@Ctx() ctx: Context): Promise<Body[]> {
    return ctx.services.ds.query("SELECT id, name, kind, seats FROM body ORDER BY kind = 'COMMITTEE', name");
  }
}
