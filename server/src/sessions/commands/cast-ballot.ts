import type { DataSource } from "typeorm";
import { ballotRecord } from "../../platform/audit/chain.js";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { tiranaTimeInMessage } from "../../platform/tirana-time.js";
import { AttendanceStatus, type BallotChoice, VoteStatus } from "../model.js";
import { sessionCommand } from "../command.js";
import { attendanceOf, findCouncillor, recusalInForce, requireInProgress } from "./common.js";

export type CastBallotProps = { voteId: string; councillorId: string; choice: BallotChoice };

/**
 * Casts or changes a councillor's ballot while the vote is open. Only PRESENT
 * councillors vote; a councillor recused from the item by a declaration of
 * interest cannot (the refusal names the declaration).
 */
export async function castBallot(ds: DataSource, actor: Actor, props: CastBallotProps): Promise<{ sessionId: string; voteId: string }> {
  return sessionCommand(ds, actor, { voteId: props.voteId }, async (tx, { session, vote }) => {
    if (vote.status !== VoteStatus.OPEN) throw conflict("This vote is closed: its ballots and result are final.");
    requireInProgress(session, "cast a ballot");
    const councillor = await findCouncillor(tx, props.councillorId);
    const recusal = await recusalInForce(tx, vote.agenda_item_id, councillor.id);
    if (recusal) {
      throw conflict(
        `${councillor.full_name} declared a conflict of interest on this item and recused themself (declaration of ${tiranaTimeInMessage(recusal.filed_at)}), so cannot vote on it.`,
        { declarationId: recusal.id },
      );
    }
    if ((await attendanceOf(tx, session.id, councillor.id)) !== AttendanceStatus.PRESENT) {
      throw conflict(`${councillor.full_name} is not marked present: only present councillors vote.`);
    }
    const before: { choice: string }[] = await tx.query("SELECT choice FROM ballot WHERE vote_id = $1 AND councillor_id = $2", [vote.id, councillor.id]);
    await tx.query(
      `INSERT INTO ballot (vote_id, councillor_id, choice, cast_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (vote_id, councillor_id) DO UPDATE SET choice = EXCLUDED.choice, cast_at = clock_timestamp(), cast_by = EXCLUDED.cast_by`,
      [vote.id, councillor.id, props.choice, actor.userId],
    );
    return changed({ sessionId: session.id, voteId: vote.id }, {
      action: "castBallot", subjectType: "ballot", subjectId: `${vote.id}/${councillor.id}`, sessionId: session.id,
      before: before[0] ? { choice: before[0].choice } : null,
      // The ballot as written: the audit chain covers it, and verification compares the table with it.
      after: { choice: props.choice, onBehalf: actor.councillorId !== councillor.id, ballot: await ballotRecord(tx, vote.id, councillor.id) },
    });
  });
}

