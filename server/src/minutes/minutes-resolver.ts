import DataLoader from "dataloader";
import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import type { DataSource } from "typeorm";
import { authorize } from "../auth/policy.js";
import type { Context } from "../context.js";
import { notFound } from "../platform/errors.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { CouncilSession, SessionStatus } from "../sessions/model.js";
import { minutesDeadline, minutesLate } from "./document.js";
import { publishMinutes } from "./commands/publish-minutes.js";

/** The minutes [procesverbal] of a closed session: due 48 hours after it closed (Elbasan plan OS-2 point 3). */
@ObjectType({ description: "The minutes [procesverbal] of a closed session, due 48 hours after it closed (Elbasan plan OS-2 point 3)." })
export class Minutes {
  @Field(() => ID) sessionId: string;
  @Field(() => DateTimeScalar, { description: "The session's closing time + 48 hours." }) deadline: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: "null until published." }) publishedAt: Date | null;
  @Field(() => Boolean, { description: "Published after the deadline, or not published and the deadline has passed." }) late: boolean;
  @Field(() => String, { nullable: true, description: "SHA-256 (hex) of the published JSON document, as served at jsonUrl." }) sha256: string | null;
  @Field(() => String, { nullable: true, description: "The published document in JSON; null until published." }) jsonUrl: string | null;
  @Field(() => String, { nullable: true, description: "The published document as PDF; null until published." }) pdfUrl: string | null;
}

type PublishedRow = { session_id: string; published_at: Date; sha256: string };

/**
 * Batches the `minutes` lookups of one request (a list of sessions costs one
 * query). Not caching across a request's lifetime on purpose: a subscription's
 * context lives as long as the subscription, and must see minutes published later.
 */
const loaders = new WeakMap<Context, DataLoader<string, PublishedRow | null>>();
function publishedLoader(ctx: Context): DataLoader<string, PublishedRow | null> {
  let loader = loaders.get(ctx);
  if (!loader) {
    const ds: DataSource = ctx.services.ds;
    loader = new DataLoader(async (ids) => {
      const rows: PublishedRow[] = await ds.query(
        "SELECT session_id, published_at, sha256 FROM minutes WHERE session_id = ANY($1::uuid[])", [[...new Set(ids)]]);
      const byId = new Map(rows.map((r) => [r.session_id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }, { cache: false });
    loaders.set(ctx, loader);
  }
  return loader;
}

/**
 * One lookup per loaded session object: the live feed hands the same snapshot to
 * every subscriber, so they share one query; a later change brings a new object.
 */
const perSnapshot = new WeakMap<CouncilSession, Promise<PublishedRow | null>>();
function publishedOf(session: CouncilSession, ctx: Context): Promise<PublishedRow | null> {
  let found = perSnapshot.get(session);
  if (!found) {
    found = publishedLoader(ctx).load(session.id);
    found.catch(() => perSnapshot.delete(session));
    perSnapshot.set(session, found);
  }
  return found;
}

export function minutesOf(session: CouncilSession, published: PublishedRow | null, now: Date): Minutes | null {
  if (session.status !== SessionStatus.CLOSED || !session.closedAt) return null;
  const deadline = minutesDeadline(session.closedAt);
  const publishedAt = published?.published_at ?? null;
  return {
    sessionId: session.id,
    deadline,
    publishedAt,
    late: minutesLate(deadline, publishedAt, now),
    sha256: published?.sha256 ?? null,
    jsonUrl: published ? `/minutes/${session.id}.json` : null,
    pdfUrl: published ? `/minutes/${session.id}.pdf` : null,
  };
}

@Resolver(() => CouncilSession)
export class MinutesResolver {
  @FieldResolver(() => Minutes, { nullable: true, description: "The minutes [procesverbal]; null unless the session is CLOSED." })
  async minutes(@Root() session: CouncilSession, @Ctx() ctx: Context): Promise<Minutes | null> {
    if (session.status !== SessionStatus.CLOSED) return null;
    return minutesOf(session, await publishedOf(session, ctx), new Date());
  }

  @Mutation(() => CouncilSession, { description: "SECRETARIAT. Publishes the minutes of a CLOSED session; published minutes are final." })
  async publishMinutes(@Arg("sessionId", () => ID) sessionId: string, @Ctx() ctx: Context): Promise<CouncilSession> {
    const actor = authorize(ctx.actor, "minutes.publish");
    await publishMinutes(ctx.services.ds, actor, { sessionId });
    ctx.loaders.session.clear(sessionId);
    const session = await ctx.loaders.session.load(sessionId);
    if (!session) throw notFound("session", sessionId);
    return session;
  }
}
