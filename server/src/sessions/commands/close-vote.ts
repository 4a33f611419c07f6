import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { AgendaItemStatus, type BallotChoice, type MajorityRule, VoteStatus } from "../model.js";
import { tallyOf, voteOutcome } from "../rules.js";
import { sessionCommand } from "../command.js";

export type CloseVoteProps = { voteId: string; expectedVersion?: number | null };

/** Closes a vote: fixes its tally and outcome (PASSED / FAILED) and marks the item DECIDED. */
export async function closeVote(ds: DataSource, actor: Actor, props: CloseVoteProps): Promise<{ sessionId: string; voteId: string }> {
  return sessionCommand(ds, actor, props, async (tx, { session, vote }) => {
    if (vote.status !== VoteStatus.OPEN) throw conflict("This vote is already closed.");
    const ballots: { choice: BallotChoice }[] = await tx.query("SELECT choice FROM ballot WHERE vote_id = $1", [vote.id]);
    const [{ n: recused }] = await tx.query(
      "SELECT count(*)::int AS n FROM declaration_in_force WHERE agenda_item_id = $1 AND recused",
      [vote.agenda_item_id],
    );
    const tally = tallyOf(vote.seats, ballots.map((b) => b.choice), recused);
    const outcome = voteOutcome(vote.majority as MajorityRule, tally, vote.seats);
    await tx.query(
      `UPDATE vote SET status = 'CLOSED', closed_at = clock_timestamp(), outcome = $2,
         for_count = $3, against_count = $4, abstain_count = $5, recused_count = $6, not_voted_count = $7 WHERE id = $1`,
      [vote.id, outcome, tally.for, tally.against, tally.abstain, tally.recused, tally.notVoted],
    );
    await tx.query("UPDATE agenda_item SET status = $2 WHERE id = $1", [vote.agenda_item_id, AgendaItemStatus.DECIDED]);
    return changed({ sessionId: session.id, voteId: vote.id },
      { action: "closeVote", subjectType: "vote", subjectId: vote.id, sessionId: session.id, before: { status: VoteStatus.OPEN }, after: { status: VoteStatus.CLOSED, tally, outcome } });
  });
}
