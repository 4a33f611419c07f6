import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { AgendaItemStatus, type MajorityRule } from "../model.js";
import { sessionCommand } from "../command.js";
import { endSpeechInProgress, openVoteOf, quorumNow, requireInProgress } from "./common.js";

export type OpenVoteProps = { agendaItemId: string; majority: MajorityRule; expectedVersion?: number | null };

/**
 * Opens a vote [votim] on the current item with a majority rule. Only while the
 * session is in progress, quorum holds, and no other vote is open. It ends the
 * speech in progress, if any.
 */
export async function openVote(ds: DataSource, actor: Actor, props: OpenVoteProps): Promise<{ sessionId: string; voteId: string }> {
  return sessionCommand(ds, actor, { agendaItemId: props.agendaItemId, expectedVersion: props.expectedVersion }, async (tx, { session, item }) => {
    requireInProgress(session, "open a vote");
    if (session.current_item_id !== item.id) {
      throw conflict(`Item ${item.position} "${item.title}" is not the current item: start it before opening a vote on it.`);
    }
    if (await openVoteOf(tx, session.id)) throw conflict("A vote is already open in this session: close it first.");
    const quorum = await quorumNow(tx, session);
    if (!quorum.reached) {
      throw conflict(`No quorum: ${quorum.present} of ${quorum.seats} councillors present, ${quorum.required} needed to open a vote.`);
    }
    const [{ id }] = await tx.query(
      "INSERT INTO vote (session_id, agenda_item_id, majority, seats) VALUES ($1, $2, $3, $4) RETURNING id",
      [session.id, item.id, props.majority, session.seats],
    );
    await tx.query("UPDATE agenda_item SET status = $2 WHERE id = $1", [item.id, AgendaItemStatus.VOTING]);
    // Opening the vote ends the speech in progress (DOMAIN.md, "The floor").
    const ended = await endSpeechInProgress(tx, session.id, "openVote");
    return changed({ sessionId: session.id, voteId: id as string }, ...ended,
      { action: "openVote", subjectType: "vote", subjectId: id, sessionId: session.id, after: { agendaItemId: item.id, majority: props.majority, quorum } });
  });
}
