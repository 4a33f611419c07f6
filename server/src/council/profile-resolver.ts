import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { allowed, authorize } from "../auth/policy.js";
import type { Context } from "../context.js";
import { isWellFormedId, notFound } from "../platform/errors.js";
import { parseInput } from "../platform/validation.js";
import { setCouncillorProfile } from "./commands/set-councillor-profile.js";
import { Councillor } from "./councillor.js";
import { CouncillorProfileInput, councillorProfileSchema } from "./profile-inputs.js";
import { CouncillorCommitteeSeat, CouncillorContact, CouncillorContactDetails, photoPathOf, profileLoaders } from "./profile.js";

/**
 * The councillor's page [faqja e këshilltarit]: term, photo, CV, the contact they chose to
 * publish, committees and roles. Public, except `contactDetails` (the secretariat's copy with
 * the unpublished values), which answers null to anyone else.
 */
@Resolver(() => Councillor)
export class CouncillorProfileResolver {
  @Query(() => Councillor, { nullable: true, description: "One councillor (current or former); null for an unknown id." })
  async councillor(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Councillor | null> {
    return isWellFormedId(id) ? ctx.loaders.councillor.load(id) : null;
  }

  @Mutation(() => Councillor, { description: "SECRETARIAT or ADMIN. Sets a councillor's party, term dates, short CV and contact (each published or not). The photo is uploaded to PUT /councillor-photos/<id>." })
  async setCouncillorProfile(@Arg("input", () => CouncillorProfileInput) input: CouncillorProfileInput, @Ctx() ctx: Context): Promise<Councillor> {
    const actor = authorize(ctx.actor, "councillor.profile");
    const props = parseInput(councillorProfileSchema, input);
    await setCouncillorProfile(ctx.services.ds, { ...actor, address: ctx.address }, props);
    ctx.loaders.councillor.clear(props.councillorId);
    const c = await ctx.loaders.councillor.load(props.councillorId);
    if (!c) throw notFound("councillor", props.councillorId);
    return c;
  }

  @FieldResolver(() => String, { nullable: true, description: "The first day of the term (YYYY-MM-DD, Tirana)." })
  termStart(@Root() c: Councillor): string | null { return c.termStart ?? null; }

  @FieldResolver(() => String, { nullable: true, description: "The last day of the term (YYYY-MM-DD); null while it runs." })
  termEnd(@Root() c: Councillor): string | null { return c.termEnd ?? null; }

  @FieldResolver(() => String, { nullable: true, description: "The photo (400×400 WebP), relative to the site; null shows the neutral placeholder." })
  photoUrl(@Root() c: Councillor): string | null { return c.photoSha256 ? photoPathOf(c.id, c.photoSha256) : null; }

  @FieldResolver(() => String, { nullable: true, description: "A short CV." })
  async cv(@Root() c: Councillor, @Ctx() ctx: Context): Promise<string | null> {
    return (await profileLoaders(ctx, ctx.services.ds).profile.load(c.id))?.cv ?? null;
  }

  @FieldResolver(() => CouncillorContact, { description: "The contact the councillor chose to publish; unpublished details are never here." })
  async contact(@Root() c: Councillor, @Ctx() ctx: Context): Promise<CouncillorContact> {
    const p = await profileLoaders(ctx, ctx.services.ds).profile.load(c.id);
    return { email: p?.email_published ? p.email : null, phone: p?.phone_published ? p.phone : null };
  }

  @FieldResolver(() => CouncillorContactDetails, { nullable: true, description: "SECRETARIAT and ADMIN: every contact detail with its publication choice; null for anyone else." })
  async contactDetails(@Root() c: Councillor, @Ctx() ctx: Context): Promise<CouncillorContactDetails | null> {
    if (!allowed(ctx.actor, "councillor.profile")) return null;
    const p = await profileLoaders(ctx, ctx.services.ds).profile.load(c.id);
    return p ? { email: p.email, emailPublished: p.email_published, phone: p.phone, phonePublished: p.phone_published } : null;
  }

  @FieldResolver(() => Int, { description: "The profile's version, for setCouncillorProfile's expectedVersion." })
  async profileVersion(@Root() c: Councillor, @Ctx() ctx: Context): Promise<number> {
    return (await profileLoaders(ctx, ctx.services.ds).profile.load(c.id))?.version ?? 1;
  }

  @FieldResolver(() => [CouncillorCommitteeSeat], { description: "Committee seats and roles (chair, member), current ones first; past ones keep their dates." })
  async committeeSeats(@Root() c: Councillor, @Ctx() ctx: Context): Promise<CouncillorCommitteeSeat[]> {
    return profileLoaders(ctx, ctx.services.ds).seats.load(c.id);
  }
}
