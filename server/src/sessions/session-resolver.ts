import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { actingFor, authorize } from "../auth/policy.js";
import type { Context } from "../context.js";
import { Body } from "../council/body.js";
import { isWellFormedId, notFound } from "../platform/errors.js";
import { parseInput } from "../platform/validation.js";
import { addAgendaItem } from "./commands/add-agenda-item.js";
import { castBallot } from "./commands/cast-ballot.js";
import { closeVote } from "./commands/close-vote.js";
import { createSession } from "./commands/create-session.js";
import { moveSession } from "./commands/move-session.js";
import { openVote } from "./commands/open-vote.js";
import { recordAttendance } from "./commands/record-attendance.js";
import { startAgendaItem } from "./commands/start-agenda-item.js";
import {
  AgendaItemInput, AttendanceBatchInput, attendanceBatchSchema, AttendanceInput, BallotInput, ballotSchema, CreateSessionInput, OpenVoteInput, openVoteSchema,
  agendaItemSchema, createSessionSchema,
} from "./inputs.js";
import { AgendaItem, Attendance, CouncilSession, type SessionDetail, Quorum, Vote } from "./model.js";
import { LIVE_SESSION_PICK } from "./live-pick.js";
import { isLateNotice } from "./rules.js";
import { itemIn, voteIn } from "./snapshot.js";

/** Reads a session fresh after a command committed, for the mutation's answer. */
export async function freshSession(ctx: Context, sessionId: string): Promise<CouncilSession> {
  ctx.loaders.session.clear(sessionId);
  const session = await ctx.loaders.session.load(sessionId);
  if (!session) throw notFound("session", sessionId);
  return session;
}

@Resolver(() => CouncilSession)
export class SessionResolver {
  @Query(() => [CouncilSession], { description: "All sessions, by scheduled time." })
  async sessions(@Ctx() ctx: Context): Promise<CouncilSession[]> {
    const rows: { id: string }[] = await ctx.services.ds.query("SELECT id FROM council_session ORDER BY scheduled_at, id");
    const loaded = await ctx.loaders.session.loadMany(rows.map((r) => r.id));
    return loaded.filter((s): s is CouncilSession => s !== null && !(s instanceof Error));
  }

  @Query(() => CouncilSession, { nullable: true })
  async session(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<CouncilSession | null> {
    if (!isWellFormedId(id)) return null;
    return ctx.loaders.session.load(id);
  }

  @Query(() => CouncilSession, {
    nullable: true,
    description: "What the public dashboard shows: the session in progress (or suspended), else the next scheduled one, else the latest closed one.",
  })
  async liveSession(@Ctx() ctx: Context): Promise<CouncilSession | null> {
    const rows: { id: string }[] = await ctx.services.ds.query(LIVE_SESSION_PICK);
    return rows[0] ? ctx.loaders.session.load(rows[0].id) : null;
  }

  @FieldResolver(() => [AgendaItem], { description: "Ordered by position." })
  async agenda(@Root() s: CouncilSession, @Ctx() ctx: Context): Promise<AgendaItem[]> {
    return (await detailOf(s, ctx)).agenda;
  }

  @FieldResolver(() => AgendaItem, { nullable: true })
  async currentItem(@Root() s: CouncilSession, @Ctx() ctx: Context): Promise<AgendaItem | null> {
    return (await detailOf(s, ctx)).currentItem;
  }

  @FieldResolver(() => [Attendance], { description: "Every seated member, by name; ABSENT until recorded otherwise." })
  async attendance(@Root() s: CouncilSession, @Ctx() ctx: Context): Promise<Attendance[]> {
    return (await detailOf(s, ctx)).attendance;
  }

  @FieldResolver(() => Quorum)
  async quorum(@Root() s: CouncilSession, @Ctx() ctx: Context): Promise<Quorum> {
    return (await detailOf(s, ctx)).quorum;
  }

  @FieldResolver(() => Body)
  async body(@Root() s: CouncilSession, @Ctx() ctx: Context): Promise<Body> {
    return (await detailOf(s, ctx)).body;
  }

  @FieldResolver(() => Boolean, { description: "Announced less than 7 days (council) or 3 days (committee) before it starts (Kaçanik plan)." })
  async lateNotice(@Root() s: CouncilSession, @Ctx() ctx: Context): Promise<boolean> {
    return isLateNotice((await detailOf(s, ctx)).body.kind, s.announcedAt, s.scheduledAt);
  }

  // ---- mutations (SECRETARIAT unless stated) ----

  @Mutation(() => CouncilSession)
  async createSession(@Arg("input", () => CreateSessionInput) input: CreateSessionInput, @Ctx() ctx: Context): Promise<CouncilSession> {
    const actor = authorize(ctx.actor, "session.manage");
    const props = parseInput(createSessionSchema, input);
    return freshSession(ctx, await createSession(ctx.services.ds, actor, props));
  }

  @Mutation(() => AgendaItem)
  async addAgendaItem(@Arg("input", () => AgendaItemInput) input: AgendaItemInput, @Ctx() ctx: Context): Promise<AgendaItem> {
    const actor = authorize(ctx.actor, "session.manage");
    const props = parseInput(agendaItemSchema, input);
    const { sessionId, itemId } = await addAgendaItem(ctx.services.ds, actor, props);
    return itemIn(await freshSession(ctx, sessionId), itemId) as AgendaItem;
  }

  @Mutation(() => CouncilSession)
  async startSession(@Arg("sessionId", () => ID) sessionId: string, @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null, @Ctx() ctx: Context): Promise<CouncilSession> {
    return freshSession(ctx, await moveSession(ctx.services.ds, authorize(ctx.actor, "session.manage"), { move: "startSession", sessionId, expectedVersion }));
  }

  @Mutation(() => CouncilSession, { description: "IN_PROGRESS → SUSPENDED (not while a vote is open)." })
  async suspendSession(@Arg("sessionId", () => ID) sessionId: string, @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null, @Ctx() ctx: Context): Promise<CouncilSession> {
    return freshSession(ctx, await moveSession(ctx.services.ds, authorize(ctx.actor, "session.manage"), { move: "suspendSession", sessionId, expectedVersion }));
  }

  @Mutation(() => CouncilSession, { description: "SUSPENDED → IN_PROGRESS." })
  async resumeSession(@Arg("sessionId", () => ID) sessionId: string, @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null, @Ctx() ctx: Context): Promise<CouncilSession> {
    return freshSession(ctx, await moveSession(ctx.services.ds, authorize(ctx.actor, "session.manage"), { move: "resumeSession", sessionId, expectedVersion }));
  }

  @Mutation(() => CouncilSession)
  async closeSession(@Arg("sessionId", () => ID) sessionId: string, @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null, @Ctx() ctx: Context): Promise<CouncilSession> {
    return freshSession(ctx, await moveSession(ctx.services.ds, authorize(ctx.actor, "session.manage"), { move: "closeSession", sessionId, expectedVersion }));
  }

  @Mutation(() => CouncilSession)
  async recordAttendance(@Arg("input", () => AttendanceInput) input: AttendanceInput, @Ctx() ctx: Context): Promise<CouncilSession> {
    const actor = authorize(ctx.actor, "attendance.record");
    // One councillor is a batch of one: the same schema validates both forms.
    const props = parseInput(attendanceBatchSchema, { sessionId: input.sessionId, councillorIds: [input.councillorId], status: input.status });
    return freshSession(ctx, await recordAttendance(ctx.services.ds, actor, props));
  }

  @Mutation(() => CouncilSession, { description: "Records the same attendance status for several councillors in one change." })
  async recordAttendanceBatch(@Arg("input", () => AttendanceBatchInput) input: AttendanceBatchInput, @Ctx() ctx: Context): Promise<CouncilSession> {
    const actor = authorize(ctx.actor, "attendance.record");
    const props = parseInput(attendanceBatchSchema, input);
    return freshSession(ctx, await recordAttendance(ctx.services.ds, actor, props));
  }

  @Mutation(() => CouncilSession, { description: "Makes the item current (UNDER_DISCUSSION)." })
  async startAgendaItem(@Arg("agendaItemId", () => ID) agendaItemId: string, @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null, @Ctx() ctx: Context): Promise<CouncilSession> {
    const actor = authorize(ctx.actor, "session.manage");
    return freshSession(ctx, await startAgendaItem(ctx.services.ds, actor, { agendaItemId, expectedVersion }));
  }

  @Mutation(() => Vote)
  async openVote(@Arg("input", () => OpenVoteInput) input: OpenVoteInput, @Ctx() ctx: Context): Promise<Vote> {
    const actor = authorize(ctx.actor, "vote.manage");
    const { sessionId, voteId } = await openVote(ctx.services.ds, actor, parseInput(openVoteSchema, input));
    return voteIn(await freshSession(ctx, sessionId), voteId) as Vote;
  }

  @Mutation(() => Vote, { description: "COUNCILLOR (self) or SECRETARIAT (on behalf, with councillorId)." })
  async castBallot(@Arg("input", () => BallotInput) input: BallotInput, @Ctx() ctx: Context): Promise<Vote> {
    const actor = authorize(ctx.actor, "ballot.cast");
    const props = parseInput(ballotSchema, input);
    const { councillorId } = actingFor(actor, props.councillorId);
    const { sessionId, voteId } = await castBallot(ctx.services.ds, actor, { voteId: props.voteId, choice: props.choice, councillorId });
    return voteIn(await freshSession(ctx, sessionId), voteId) as Vote;
  }

  @Mutation(() => Vote)
  async closeVote(@Arg("voteId", () => ID) voteId: string, @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null, @Ctx() ctx: Context): Promise<Vote> {
    const actor = authorize(ctx.actor, "vote.manage");
    const { sessionId } = await closeVote(ctx.services.ds, actor, { voteId, expectedVersion });
    return voteIn(await freshSession(ctx, sessionId), voteId) as Vote;
  }

  // ---- live ----

  @Subscription(() => CouncilSession, {
    description: "The whole session as it now stands, after every change that touches it.",
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const id = String(args.sessionId);
      const feed = ctx.services.sessionFeed.subscribe(id); // registered before any await: nothing committed from here on is missed
      // Only whether it exists: a subscriber keeps nothing of the session but its place in the feed.
      if (!isWellFormedId(id) || (await ctx.services.ds.query("SELECT 1 FROM council_session WHERE id = $1", [id])).length === 0) {
        await feed.return?.();
        throw notFound("session", id);
      }
      return feed;
    },
  })
  sessionUpdated(@Root() session: CouncilSession, @Arg("sessionId", () => ID) _sessionId: string): CouncilSession {
    return session;
  }
}

/** The session's snapshot detail, loaded when the parent answer did not carry it. */
export async function detailOf(s: CouncilSession, ctx: Context): Promise<SessionDetail> {
  if (s.detail) return s.detail;
  const loaded = await ctx.loaders.session.load(s.id);
  if (!loaded?.detail) throw notFound("session", s.id);
  return loaded.detail;
}
