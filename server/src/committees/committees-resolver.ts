import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { authorize } from "../auth/policy.js";
import type { Context } from "../context.js";
import { isWellFormedId, notFound } from "../platform/errors.js";
import { parseInput } from "../platform/validation.js";
import { freshSession } from "../sessions/session-resolver.js";
import { addCommitteeMember } from "./commands/add-committee-member.js";
import { createCommittee } from "./commands/create-committee.js";
import { endCommitteeMembership } from "./commands/end-committee-membership.js";
import { recordCommitteeOpinion } from "./commands/record-committee-opinion.js";
import { updateCommittee } from "./commands/update-committee.js";
import {
  CommitteeInput, CommitteeMemberInput, committeeMemberSchema, CommitteeOpinionInput, committeeOpinionSchema, committeeSchema, endMembershipSchema,
} from "./inputs.js";
import { Committee, CommitteeMembership, CommitteeOpinion } from "./model.js";
import { loadCommittees } from "./queries.js";

async function committeeById(ctx: Context, id: string): Promise<Committee> {
  const [found] = await loadCommittees(ctx.services.ds, [id]);
  if (!found) throw notFound("committee", id);
  return found;
}

function membershipIn(committee: Committee, id: string): CommitteeMembership {
  return [...committee.members, ...committee.pastMembers].find((m) => m.id === id) as CommitteeMembership;
}

/** The council's committees [komisionet]: public reads; ADMIN or SECRETARIAT keep them, the secretariat records their opinions. */
@Resolver(() => Committee)
export class CommitteesResolver {
  @Query(() => [Committee], { description: "The council's committees, by name." })
  async committees(@Ctx() ctx: Context): Promise<Committee[]> {
    return loadCommittees(ctx.services.ds, null);
  }

  @Query(() => Committee, { nullable: true })
  async committee(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Committee | null> {
    if (!isWellFormedId(id)) return null;
    return (await loadCommittees(ctx.services.ds, [id]))[0] ?? null;
  }

  @Mutation(() => Committee, { description: "ADMIN or SECRETARIAT. Sets up a committee; its meetings are sessions with its id as bodyId." })
  async createCommittee(@Arg("input", () => CommitteeInput) input: CommitteeInput, @Ctx() ctx: Context): Promise<Committee> {
    const actor = authorize(ctx.actor, "committee.manage");
    return committeeById(ctx, await createCommittee(ctx.services.ds, actor, parseInput(committeeSchema, input)));
  }

  @Mutation(() => Committee, { description: "ADMIN or SECRETARIAT. Renames a committee, restates its functions or changes its seats." })
  async updateCommittee(
    @Arg("id", () => ID) id: string, @Arg("input", () => CommitteeInput) input: CommitteeInput,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null, @Ctx() ctx: Context,
  ): Promise<Committee> {
    const actor = authorize(ctx.actor, "committee.manage");
    const props = parseInput(committeeSchema, input);
    return committeeById(ctx, await updateCommittee(ctx.services.ds, actor, { ...props, committeeId: id, expectedVersion }));
  }

  @Mutation(() => CommitteeMembership, { description: "ADMIN or SECRETARIAT. A councillor joins a committee as CHAIR or MEMBER from a date." })
  async addCommitteeMember(@Arg("input", () => CommitteeMemberInput) input: CommitteeMemberInput, @Ctx() ctx: Context): Promise<CommitteeMembership> {
    const actor = authorize(ctx.actor, "committee.manage");
    const props = parseInput(committeeMemberSchema, input);
    const id = await addCommitteeMember(ctx.services.ds, actor, props);
    return membershipIn(await committeeById(ctx, props.committeeId), id);
  }

  @Mutation(() => CommitteeMembership, { description: "ADMIN or SECRETARIAT. Ends a membership on leftOn (its last day, YYYY-MM-DD)." })
  async endCommitteeMembership(
    @Arg("membershipId", () => ID) membershipId: string, @Arg("leftOn", () => String) leftOn: string, @Ctx() ctx: Context,
  ): Promise<CommitteeMembership> {
    const actor = authorize(ctx.actor, "committee.manage");
    const props = parseInput(endMembershipSchema, { membershipId, leftOn });
    await endCommitteeMembership(ctx.services.ds, actor, props);
    const [{ body_id }]: { body_id: string }[] = await ctx.services.ds.query("SELECT body_id FROM committee_membership WHERE id = $1", [membershipId]);
    return membershipIn(await committeeById(ctx, body_id), membershipId);
  }

  @Mutation(() => CommitteeOpinion, { description: "SECRETARIAT. Records (or replaces) a committee's opinion on an item of the council's agenda." })
  async recordCommitteeOpinion(@Arg("input", () => CommitteeOpinionInput) input: CommitteeOpinionInput, @Ctx() ctx: Context): Promise<CommitteeOpinion> {
    const actor = authorize(ctx.actor, "committee.opinion");
    const props = parseInput(committeeOpinionSchema, input);
    const { sessionId, opinionId } = await recordCommitteeOpinion(ctx.services.ds, actor, props);
    const session = await freshSession(ctx, sessionId);
    const item = session.detail?.agenda.find((i) => i.id === props.agendaItemId);
    return item?.committeeOpinions.find((o) => o.id === opinionId) as CommitteeOpinion;
  }
}
