import type { DataSource } from "typeorm";
import { ballotRecord } from "../../platform/audit/chain.js";
import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { transaction } from "../../platform/db/transaction.js";
import { conflict } from "../../platform/errors.js";
import { notifyChange } from "../../platform/realtime/events.js";
import { AgendaItemStatus, AttendanceStatus, type BallotChoice, type MajorityRule, VoteStatus } from "../model.js";
import { tallyOf, voteOutcome } from "../rules.js";
import { bumpVersion, findCouncillor, lockItem, lockVote, openVoteOf, quorumNow, recusalInForce, requireInProgress, requireVersion } from "./common.js";

/**
 * Opens a vote [votim] on the current item with a majority rule. Only while the
 * session is in progress, quorum holds, and no other vote is open.
 */
export async function openVote(ds: DataSource, actor: Actor, props: { agendaItemId: string; majority: MajorityRule; expectedVersion?: number | null }): Promise<{ sessionId: string; voteId: string }> {
  return transaction(ds, async (tx) => {
    const { session, item } = await lockItem(tx, props.agendaItemId);
    requireVersion(session, props.expectedVersion);
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
    await bumpVersion(tx, session.id);
    await recordAudit(tx, actor, { action: "openVote", subjectType: "vote", subjectId: id, sessionId: session.id, after: { agendaItemId: item.id, majority: props.majority, quorum } });
    await notifyChange(tx, { topic: "session", id: session.id });
    return { sessionId: session.id, voteId: id as string };
  });
}

/**
 * Casts or changes a councillor's ballot while the vote is open. Only PRESENT
 * councillors vote; a councillor recused from the item by a declaration of
 * interest cannot (the refusal names the declaration).
 */
export async function castBallot(ds: DataSource, actor: Actor, props: { voteId: string; councillorId: string; choice: BallotChoice }): Promise<{ sessionId: string; voteId: string }> {
  return transaction(ds, async (tx) => {
    const { session, vote } = await lockVote(tx, props.voteId);
    if (vote.status !== VoteStatus.OPEN) throw conflict("This vote is closed: its ballots and result are final.");
    requireInProgress(session, "cast a ballot");
    const councillor = await findCouncillor(tx, props.councillorId);
    const recusal = await recusalInForce(tx, vote.agenda_item_id, councillor.id);
    if (recusal) {
      throw conflict(
        `${councillor.full_name} declared a conflict of interest on this item and recused themself (declaration of ${tiranaTime(recusal.filed_at)}), so cannot vote on it.`,
        { declarationId: recusal.id },
      );
    }
    const [att] = await tx.query("SELECT status FROM attendance WHERE session_id = $1 AND councillor_id = $2", [session.id, councillor.id]);
    if (att?.status !== AttendanceStatus.PRESENT) {
      throw conflict(`${councillor.full_name} is not marked present: only present councillors vote.`);
    }
    const before: { choice: string }[] = await tx.query("SELECT choice FROM ballot WHERE vote_id = $1 AND councillor_id = $2", [vote.id, councillor.id]);
    await tx.query(
      `INSERT INTO ballot (vote_id, councillor_id, choice, cast_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (vote_id, councillor_id) DO UPDATE SET choice = EXCLUDED.choice, cast_at = clock_timestamp(), cast_by = EXCLUDED.cast_by`,
      [vote.id, councillor.id, props.choice, actor.userId],
    );
    await bumpVersion(tx, session.id);
    await recordAudit(tx, actor, {
      action: "castBallot", subjectType: "ballot", subjectId: `${vote.id}/${councillor.id}`, sessionId: session.id,
      before: before[0] ? { choice: before[0].choice } : null,
      // The ballot as written: the audit chain covers it, and verification compares the table with it.
      after: { choice: props.choice, onBehalf: actor.councillorId !== councillor.id, ballot: await ballotRecord(tx, vote.id, councillor.id) },
    });
    await notifyChange(tx, { topic: "session", id: session.id });
    return { sessionId: session.id, voteId: vote.id };
  });
}

const TIRANA = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Tirane", dateStyle: "medium", timeStyle: "short" });
const tiranaTime = (d: Date) => `${TIRANA.format(d)} Tirana time`;

/** Closes a vote: fixes its tally and outcome (PASSED / FAILED) and marks the item DECIDED. */
export async function closeVote(ds: DataSource, actor: Actor, props: { voteId: string; expectedVersion?: number | null }): Promise<{ sessionId: string; voteId: string }> {
  return transaction(ds, async (tx) => {
    const { session, vote } = await lockVote(tx, props.voteId);
    requireVersion(session, props.expectedVersion);
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
    await bumpVersion(tx, session.id);
    await recordAudit(tx, actor, { action: "closeVote", subjectType: "vote", subjectId: vote.id, sessionId: session.id, before: { status: VoteStatus.OPEN }, after: { status: VoteStatus.CLOSED, tally, outcome } });
    await notifyChange(tx, { topic: "session", id: session.id });
    return { sessionId: session.id, voteId: vote.id };
  });
}
