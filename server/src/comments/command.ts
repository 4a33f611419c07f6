import type { DataSource, EntityManager } from "typeorm";
import type { Actor } from "../auth/tokens.js";
import { type Aggregate, aggregateCommand, type Change } from "../platform/command.js";
import { isWellFormedId, notFound } from "../platform/errors.js";
import type { CommentOutcome, CommentStatus } from "./rules.js";

export type CommentRow = {
  id: string; agenda_item_id: string; status: CommentStatus; outcome: CommentOutcome | null; version: number;
};

/** Locks a comment's row for the rest of the transaction. */
export async function lockComment(tx: EntityManager, id: string): Promise<CommentRow> {
  if (!isWellFormedId(id)) throw notFound("comment", id);
  const [row] = await tx.query("SELECT id, agenda_item_id, status, outcome, version FROM draft_comment WHERE id = $1 FOR UPDATE", [id]);
  if (!row) throw notFound("comment", id);
  return row;
}

/**
 * A change to one comment on a draft, on the write path of platform/command.ts: lock the comment, check
 * `expectedVersion` (two secretaries on one queue), run the change, bump `draft_comment.version` once, audit
 * (ids and statuses only, never the author's details). No live topic: the public pages read on request.
 */
export async function commentCommand<R>(
  ds: DataSource, actor: Actor, target: { id: string; expectedVersion?: number | null },
  work: (tx: EntityManager, comment: CommentRow) => Promise<Change<R>>,
): Promise<R> {
  const aggregate: Aggregate<CommentRow> = {
    lock: (tx) => lockComment(tx, target.id),
    expectedVersion: target.expectedVersion,
    version: (c) => c.version,
    stale: "This comment was changed by someone else since you loaded it: reload the queue and try again.",
    bump: async (tx, c) => { await tx.query("UPDATE draft_comment SET version = version + 1 WHERE id = $1", [c.id]); },
    notify: () => [],
  };
  return aggregateCommand(ds, actor, aggregate, work);
}
