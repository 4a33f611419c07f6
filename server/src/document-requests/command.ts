import type { DataSource, EntityManager } from "typeorm";
import type { Actor } from "../auth/tokens.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import { type Aggregate, aggregateCommand, type Change } from "../platform/command.js";
import { isWellFormedId, notFound } from "../platform/errors.js";
import { type DocumentRequestRow, loadRequestRow } from "./queries.js";

export type DocumentRequestDeps = { ds: DataSource; calendar: () => WorkingCalendar; now: () => Date };

/** Locks a request's row for the rest of the transaction. */
export async function lockDocumentRequest(tx: EntityManager, id: string): Promise<DocumentRequestRow> {
  if (!isWellFormedId(id)) throw notFound("document request", id);
  await tx.query("SELECT id FROM document_request WHERE id = $1 FOR UPDATE", [id]);
  const row = await loadRequestRow(tx, id);
  if (!row) throw notFound("document request", id);
  return row;
}

/**
 * A change to a request for documents, on the write path of platform/command.ts: lock, `expectedVersion`,
 * change, bump the version once, audit. No live topic: the register and the work list are read on demand
 * (the deadline clock's own changes need no listener either).
 */
export async function documentRequestCommand<R>(
  deps: DocumentRequestDeps, actor: Actor, target: { id: string; expectedVersion?: number | null },
  work: (tx: EntityManager, request: DocumentRequestRow) => Promise<Change<R>>,
): Promise<R> {
  const aggregate: Aggregate<DocumentRequestRow> = {
    lock: (tx) => lockDocumentRequest(tx, target.id),
    expectedVersion: target.expectedVersion,
    version: (r) => r.version,
    stale: "This request was changed by someone else since you loaded it: reload and try again.",
    bump: async (tx, r) => { await tx.query("UPDATE document_request SET version = version + 1 WHERE id = $1", [r.id]); },
    notify: () => [],
  };
  return aggregateCommand(deps.ds, actor, aggregate, work);
}
