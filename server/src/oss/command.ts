import type { DataSource, EntityManager } from "typeorm";
import type { Actor } from "../auth/tokens.js";
import type { CalendarService } from "../calendar/calendar-service.js";
import { type Aggregate, aggregateCommand, type Change } from "../platform/command.js";
import { isWellFormedId, notFound } from "../platform/errors.js";
import type { RequestStatus, SlaState } from "./sla.js";

export type OssDeps = { ds: DataSource; calendars: CalendarService; now: () => Date };

export type RequestRow = {
  id: string; status: RequestStatus; received_at: Date; due_at: Date; at_risk_at: Date; allowed_minutes: number;
  waiting_minutes: string; paused_at: Date | null; version: number; sla_state: SlaState;
};

/** Locks a service request's row for the rest of the transaction. */
export async function lockRequest(tx: EntityManager, id: string): Promise<RequestRow> {
  if (!isWellFormedId(id)) throw notFound("service request", id);
  const [row] = await tx.query("SELECT * FROM service_request WHERE id = $1 FOR UPDATE", [id]);
  if (!row) throw notFound("service request", id);
  return row;
}

/**
 * A change to a service request, on the write path of platform/command.ts: lock
 * the request, check `expectedVersion` (two operators on one request), run the
 * change, bump `service_request.version` once, audit, notify the
 * `serviceRequestUpdated` subscribers at commit.
 */
export async function serviceRequestCommand<R>(
  deps: OssDeps, actor: Actor, target: { id: string; expectedVersion?: number | null },
  work: (tx: EntityManager, request: RequestRow) => Promise<Change<R>>,
): Promise<R> {
  const aggregate: Aggregate<RequestRow> = {
    lock: (tx) => lockRequest(tx, target.id),
    expectedVersion: target.expectedVersion,
    version: (r) => r.version,
    stale: "This request was changed by someone else since you loaded it: reload and try again.",
    bump: async (tx, r) => { await tx.query("UPDATE service_request SET version = version + 1 WHERE id = $1", [r.id]); },
    notify: (r) => [{ topic: "serviceRequest", id: r.id }],
  };
  return aggregateCommand(deps.ds, actor, aggregate, work);
}
