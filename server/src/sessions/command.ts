import type { DataSource, EntityManager } from "typeorm";
import type { Actor } from "../auth/tokens.js";
import { type Aggregate, aggregateCommand, type Change } from "../platform/command.js";
import type { ChangeEvent } from "../platform/realtime/events.js";
import {
  bumpVersion, type ItemRow, lockItem, lockSession, lockSpeaker, lockVote, type SessionRow, type SpeakerTableRow, type VoteRow,
} from "./commands/common.js";

/** What a session command names: the session itself, one of its agenda items, one of its votes, or a place on a speakers list. */
export type SessionTarget = ({ sessionId: string } | { agendaItemId: string } | { voteId: string } | { speakerId: string }) & { expectedVersion?: number | null };

/** What the command's work gets: the session, locked, and the item or vote it named. */
export type Locked<T> = T extends { agendaItemId: string } ? { session: SessionRow; item: ItemRow }
  : T extends { voteId: string } ? { session: SessionRow; vote: VoteRow }
  : T extends { speakerId: string } ? { session: SessionRow; speaker: SpeakerTableRow }
  : { session: SessionRow };

/**
 * Optimistic check for consoles: two people running the same session from two
 * screens must not overwrite each other's decisions made on a stale view.
 */
export const STALE_SESSION = "The session has changed since you loaded it (someone else is running it too): look at the current state and try again.";

async function lockTarget(tx: EntityManager, target: SessionTarget): Promise<{ session: SessionRow; item?: ItemRow; vote?: VoteRow; speaker?: SpeakerTableRow }> {
  if ("agendaItemId" in target) return lockItem(tx, target.agendaItemId);
  if ("voteId" in target) return lockVote(tx, target.voteId);
  if ("speakerId" in target) return lockSpeaker(tx, target.speakerId);
  return { session: await lockSession(tx, target.sessionId) };
}

/** The session as an aggregate of the write path (platform/command.ts). */
export function sessionAggregate<L extends { session: SessionRow }>(lock: (tx: EntityManager) => Promise<L>, expectedVersion?: number | null): Aggregate<L> {
  return {
    lock,
    expectedVersion,
    version: (locked) => locked.session.version,
    stale: STALE_SESSION,
    bump: (tx, locked) => bumpVersion(tx, locked.session.id),
    notify: (locked): ChangeEvent[] => [{ topic: "session", id: locked.session.id }],
  };
}

/**
 * Every change to anything a session's snapshot shows (sessions/snapshot.ts:
 * the session, its agenda, attendance, votes, ballots, declarations, speakers
 * lists, drafts, linked initiatives, minutes) goes through here: lock the session (the item's or
 * the vote's session, when the target is one of them), check `expectedVersion`,
 * run `work`, bump `council_session.version` exactly once, write the audit
 * event(s) last, notify the session's subscribers at commit. `work` answers with
 * `changed(result, ...auditEntries)`, or `unchanged(result)` when there was nothing to do.
 */
export async function sessionCommand<T extends SessionTarget, R>(
  ds: DataSource, actor: Actor, target: T,
  work: (tx: EntityManager, locked: Locked<T>) => Promise<Change<R>>,
): Promise<R> {
  const aggregate = sessionAggregate((tx) => lockTarget(tx, target) as Promise<Locked<T> & { session: SessionRow }>, target.expectedVersion);
  return aggregateCommand(ds, actor, aggregate, work);
}
