import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { authorize } from "../auth/policy.js";
import type { Context } from "../context.js";
import { notFound } from "../platform/errors.js";
import { DateTimeScalar } from "../platform/scalars.js";
import { CouncilSession, SessionStatus } from "../sessions/model.js";
import { minutesDeadline, minutesLate } from "./document.js";
import { publishMinutes } from "./commands/publish-minutes.js";
import type { PublishedRow } from "./queries.js";

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
    return minutesOf(session, await ctx.loaders.minutes.load(session), new Date());
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
