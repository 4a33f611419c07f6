import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { DeclarationPage, listDeclarations } from "./declaration-list.js";
import { actingFor, authorize } from "../auth/policy.js";
import type { Context } from "../context.js";
import { notFound } from "../platform/errors.js";
import { declarationIn } from "../sessions/snapshot.js";
import { parseInput } from "../platform/validation.js";
import { Declaration } from "../sessions/declaration.js";
import { fileDeclaration } from "./commands/file-declaration.js";
import { DeclarationFilter, DeclarationInput, declarationSchema, pageSchema } from "./inputs.js";

@Resolver(() => Declaration)
export class DeclarationResolver {
  @Query(() => DeclarationPage, { description: "The public register of declarations of interest, newest first, filtered and paginated." })
  async declarations(
    @Arg("filter", () => DeclarationFilter, { nullable: true }) filter: DeclarationFilter | null,
    @Arg("offset", () => Int, { defaultValue: 0 }) offset: number,
    @Arg("limit", () => Int, { defaultValue: 25 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<DeclarationPage> {
    const page = parseInput(pageSchema, { offset, limit });
    return listDeclarations(ctx.services.ds, filter ?? {}, page);
  }

  @Mutation(() => Declaration, { description: "COUNCILLOR (self) or SECRETARIAT (on behalf, with councillorId)." })
  async fileDeclaration(@Arg("input", () => DeclarationInput) input: DeclarationInput, @Ctx() ctx: Context): Promise<Declaration> {
    const actor = authorize(ctx.actor, "declaration.file");
    const props = parseInput(declarationSchema, input);
    const { councillorId, onBehalf } = actingFor(actor, props.councillorId);
    const { sessionId, declarationId } = await fileDeclaration(ctx.services.ds, actor, { ...props, councillorId, onBehalf });
    ctx.loaders.session.clear(sessionId);
    const session = await ctx.loaders.session.load(sessionId);
    const declaration = session && declarationIn(session, declarationId);
    if (!declaration) throw notFound("declaration", declarationId);
    return declaration;
  }
}
