import DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, ID, InputType, Field, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { z } from "zod";
import { authorize } from "../auth/policy.js";
import type { Context } from "../context.js";
import { notFound } from "../platform/errors.js";
import { parseInput, text } from "../platform/validation.js";
import { AgendaItem, CouncilSession } from "../sessions/model.js";
import { renameDocument } from "./commands/rename-document.js";
import { withdrawDocument } from "./commands/withdraw-document.js";
import { DocumentKind, MeetingDocument } from "./model.js";
import { documentById, documentsOfSessions, itemPackageUrl, sessionPackageUrl } from "./queries.js";

@InputType({ description: "A document's new title, and its kind if that was wrong too; the files stay as they are." })
export class RenameMeetingDocumentInput {
  @Field(() => ID) documentId: string;
  @Field(() => String) title: string;
  @Field(() => DocumentKind, { nullable: true }) kind?: DocumentKind | null;
  @Field(() => Int, { nullable: true, description: "The session's version the console saw; a different one is refused (CONFLICT)." }) expectedVersion?: number | null;
}

@InputType({ description: "Withdraws a document from its package, with the reason, shown to the public." })
export class WithdrawMeetingDocumentInput {
  @Field(() => ID) documentId: string;
  @Field(() => String) reason: string;
  @Field(() => Int, { nullable: true }) expectedVersion?: number | null;
}

const RenameSchema = z.object({ documentId: z.string(), title: text(300), kind: z.enum(DocumentKind).nullish(), expectedVersion: z.number().int().nullish() });
const WithdrawSchema = z.object({ documentId: z.string(), reason: text(1000), expectedVersion: z.number().int().nullish() });

/**
 * Each request's documents by session: one query for every session (and every item) a request asks
 * about, batched per tick. Not cached: a subscription's context lives as long as the subscription and
 * must see documents attached later.
 */
const loaders = new WeakMap<Context, DataLoader<string, MeetingDocument[]>>();
function documentsOf(ctx: Context, sessionId: string): Promise<MeetingDocument[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const found = await documentsOfSessions(ctx.services.ds, ids);
      return ids.map((id) => found.filter((d) => d.sessionId === id));
    }, { cache: false });
    loaders.set(ctx, loader);
  }
  return loader.load(sessionId);
}

const current = (d: MeetingDocument) => d.withdrawnAt === null;

@Resolver(() => CouncilSession)
export class SessionPackageResolver {
  @FieldResolver(() => [MeetingDocument], { description: "The session's own documents of its meeting package [paketa e mbledhjes] (notice, agenda…), current versions, not withdrawn; each agenda item has its own." })
  async documents(@Root() session: CouncilSession, @Ctx() ctx: Context): Promise<MeetingDocument[]> {
    return (await documentsOf(ctx, session.id)).filter((d) => d.agendaItemId === null && current(d));
  }

  @FieldResolver(() => [MeetingDocument], { description: "Documents withdrawn from the package, the session's and its items', with when and why: they stay on the record." })
  async withdrawnDocuments(@Root() session: CouncilSession, @Ctx() ctx: Context): Promise<MeetingDocument[]> {
    return (await documentsOf(ctx, session.id)).filter((d) => !current(d));
  }

  @FieldResolver(() => String, { nullable: true, description: "The whole meeting package as a ZIP (a folder per agenda item); null while it has no documents." })
  async packageUrl(@Root() session: CouncilSession, @Ctx() ctx: Context): Promise<string | null> {
    return (await documentsOf(ctx, session.id)).some(current) ? sessionPackageUrl(session.id) : null;
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemPackageResolver {
  @FieldResolver(() => [MeetingDocument], { description: "This item's documents (draft act, reports, supporting documents), current versions, not withdrawn." })
  async documents(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<MeetingDocument[]> {
    return (await documentsOf(ctx, item.sessionId)).filter((d) => d.agendaItemId === item.id && current(d));
  }

  @FieldResolver(() => String, { nullable: true, description: "This item's documents as a ZIP; null while it has none." })
  async packageUrl(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<string | null> {
    return (await documentsOf(ctx, item.sessionId)).some((d) => d.agendaItemId === item.id && current(d)) ? itemPackageUrl(item.id) : null;
  }
}

@Resolver(() => MeetingDocument)
export class MeetingDocumentResolver {
  @Query(() => Int, { description: "The largest file a meeting package accepts, in bytes (PACKAGE_MAX_MB): a larger upload is refused with 413." })
  meetingDocumentMaxBytes(@Ctx() ctx: Context): number {
    return ctx.services.config.packageMaxBytes;
  }

  @Mutation(() => MeetingDocument, { description: "SECRETARIAT. Another title (and kind) for a document of a meeting package. Files are uploaded over HTTP: POST /packages/sessions/:id/documents, POST /packages/documents/:id/versions." })
  async renameMeetingDocument(@Arg("input", () => RenameMeetingDocumentInput) input: RenameMeetingDocumentInput, @Ctx() ctx: Context): Promise<MeetingDocument> {
    const actor = authorize(ctx.actor, "package.manage");
    const { documentId, title, kind, expectedVersion } = parseInput(RenameSchema, input);
    await renameDocument(ctx.services.ds, actor, { documentId, title, kind, expectedVersion });
    return this.fresh(ctx, documentId);
  }

  @Mutation(() => MeetingDocument, { description: "SECRETARIAT. Withdraws a document from its package, with the reason: it stays on the record, its files are no longer served." })
  async withdrawMeetingDocument(@Arg("input", () => WithdrawMeetingDocumentInput) input: WithdrawMeetingDocumentInput, @Ctx() ctx: Context): Promise<MeetingDocument> {
    const actor = authorize(ctx.actor, "package.manage");
    const { documentId, reason, expectedVersion } = parseInput(WithdrawSchema, input);
    await withdrawDocument(ctx.services.ds, actor, { documentId, reason, expectedVersion });
    return this.fresh(ctx, documentId);
  }

  private async fresh(ctx: Context, documentId: string): Promise<MeetingDocument> {
    const document = await documentById(ctx.services.ds, documentId);
    if (!document) throw notFound("meeting document", documentId);
    return document;
  }
}
