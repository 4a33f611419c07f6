import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import { authorize } from "../auth/policy.js";
import { Role } from "../auth/user.js";
import type { Context } from "../context.js";
import { badInput, forbidden, notFound } from "../platform/errors.js";
import { parseInput } from "../platform/validation.js";
import { endSpeech } from "./commands/end-speech.js";
import { requestFloor } from "./commands/request-floor.js";
import { setStreamUrl } from "./commands/set-stream-url.js";
import { startSpeech } from "./commands/start-speech.js";
import { withdrawFloorRequest } from "./commands/withdraw-floor-request.js";
import { FloorRequestInput, floorRequestSchema, startSpeechSchema, streamUrlSchema } from "./inputs.js";
import { CouncilSession } from "./model.js";
import { spokenSecondsAt } from "./rules.js";
import { detailOf, freshSession } from "./session-resolver.js";
import { speakerIn } from "./snapshot.js";
import { Speaker } from "./speaker.js";

async function freshSpeaker(ctx: Context, ids: { sessionId: string; speakerId: string }): Promise<Speaker> {
  const speaker = speakerIn(await freshSession(ctx, ids.sessionId), ids.speakerId);
  if (!speaker) throw notFound("speaker", ids.speakerId);
  return speaker;
}

/** The floor [fjala]: the speakers list of the current item, its timers, and the session's live stream (DOMAIN.md, "The floor"). */
@Resolver(() => Speaker)
export class FloorResolver {
  @FieldResolver(() => Int, { description: "Seconds spoken so far; while SPEAKING, on the server's clock at the time of the answer." })
  spokenSeconds(@Root() s: Speaker): number {
    return spokenSecondsAt(s, new Date());
  }

  @Mutation(() => Speaker, { description: "COUNCILLOR (for themself) or SECRETARIAT (for a councillor): a request for the floor on the current item." })
  async requestFloor(@Arg("input", () => FloorRequestInput) input: FloorRequestInput, @Ctx() ctx: Context): Promise<Speaker> {
    const actor = authorize(ctx.actor, "floor.request");
    const props = parseInput(floorRequestSchema, input);
    let councillorId: string;
    if (actor.role === Role.COUNCILLOR) {
      // API.md: councillorId is ignored for a councillor, who always asks for themself.
      if (!actor.councillorId) throw forbidden("This councillor account is not linked to a councillor.");
      councillorId = actor.councillorId;
    } else {
      if (!props.councillorId) throw badInput("councillorId is required when the secretariat asks for the floor on a councillor's behalf.", { councillorId: "required" });
      councillorId = props.councillorId;
    }
    const onBehalf = actor.role !== Role.COUNCILLOR;
    return freshSpeaker(ctx, await requestFloor(ctx.services.ds, actor, { agendaItemId: props.agendaItemId, kind: props.kind, councillorId, onBehalf }));
  }

  @Mutation(() => Speaker, { description: "That COUNCILLOR or SECRETARIAT: withdraws a waiting request; it stays on the record." })
  async withdrawFloorRequest(@Arg("speakerId", () => ID) speakerId: string, @Ctx() ctx: Context): Promise<Speaker> {
    const actor = authorize(ctx.actor, "floor.request");
    return freshSpeaker(ctx, await withdrawFloorRequest(ctx.services.ds, actor, { speakerId }));
  }

  @Mutation(() => Speaker, { description: "SECRETARIAT: gives the floor; ends the speech in progress, if any. allottedSeconds overrides the default limit." })
  async startSpeech(
    @Arg("speakerId", () => ID) speakerId: string,
    @Arg("allottedSeconds", () => Int, { nullable: true }) allottedSeconds: number | null,
    @Arg("expectedVersion", () => Int, { nullable: true, description: "The session's version the console showed; a stale one is refused." }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<Speaker> {
    const actor = authorize(ctx.actor, "floor.manage");
    const props = parseInput(startSpeechSchema, { speakerId, allottedSeconds, expectedVersion });
    return freshSpeaker(ctx, await startSpeech(ctx.services.ds, actor, props));
  }

  @Mutation(() => Speaker, { description: "SECRETARIAT: ends the speech in progress." })
  async endSpeech(@Arg("speakerId", () => ID) speakerId: string, @Ctx() ctx: Context): Promise<Speaker> {
    const actor = authorize(ctx.actor, "floor.manage");
    return freshSpeaker(ctx, await endSpeech(ctx.services.ds, actor, { speakerId }));
  }

  @Mutation(() => CouncilSession, { description: "SECRETARIAT: the live stream's https address; null removes it." })
  async setStreamUrl(@Arg("sessionId", () => ID) sessionId: string, @Arg("url", () => String, { nullable: true }) url: string | null, @Ctx() ctx: Context): Promise<CouncilSession> {
    const actor = authorize(ctx.actor, "floor.manage");
    return freshSession(ctx, await setStreamUrl(ctx.services.ds, actor, parseInput(streamUrlSchema, { sessionId, url })));
  }
}

@Resolver(() => CouncilSession)
export class SessionFloorResolver {
  @FieldResolver(() => Speaker, { nullable: true, description: "The speech in progress, if any." })
  async currentSpeaker(@Root() s: CouncilSession, @Ctx() ctx: Context): Promise<Speaker | null> {
    return (await detailOf(s, ctx)).currentSpeaker;
  }
}
