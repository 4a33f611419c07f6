// The operators' queue as plain functions of plain data: its order, its
// sections, and which moves the lifecycle allows from each status (DOMAIN.md,
// One Stop Shop). The server refuses any other move with CONFLICT; the page
// simply does not offer it.
import type { ServiceRequestStatus, SlaState } from "../gql/graphql";

type Queued = { id: string; reference: string; status: ServiceRequestStatus; slaState: SlaState; dueAt: string };

/** Past due first, then those with less than 20 % of their time left, then the rest. */
const URGENCY: Record<SlaState, number> = { BREACHED: 0, AT_RISK: 1, ON_TRACK: 2, MET: 3, MISSED: 3 };

export function isClosed(status: ServiceRequestStatus): boolean {
  return status === "COMPLETED" || status === "REJECTED";
}

/** Most urgent first: BREACHED, then AT_RISK, then ON_TRACK; within each, the earliest due moment. */
export function byUrgency<T extends Queued>(a: T, b: T): number {
  return (
    URGENCY[a.slaState] - URGENCY[b.slaState] ||
    Date.parse(a.dueAt) - Date.parse(b.dueAt) ||
    a.reference.localeCompare(b.reference)
  );
}

/**
 * The queue's two sections: requests being worked on (most urgent first) and
 * requests waiting on the citizen, whose clock is stopped (earliest due first).
 * Closed requests belong to neither.
 */
export function queueSections<T extends Queued>(requests: readonly T[]): { active: T[]; waiting: T[] } {
  const open = requests.filter((r) => !isClosed(r.status));
  return {
    active: open.filter((r) => r.status !== "WAITING_ON_CITIZEN").sort(byUrgency),
    waiting: open
      .filter((r) => r.status === "WAITING_ON_CITIZEN")
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.reference.localeCompare(b.reference)),
  };
}

/** RECEIVED → IN_PROGRESS → (WAITING_ON_CITIZEN ⇄ IN_PROGRESS) → COMPLETED or REJECTED. */
const MOVES: Record<ServiceRequestStatus, readonly ServiceRequestStatus[]> = {
  RECEIVED: ["IN_PROGRESS"],
  IN_PROGRESS: ["WAITING_ON_CITIZEN", "COMPLETED", "REJECTED"],
  WAITING_ON_CITIZEN: ["IN_PROGRESS"],
  COMPLETED: [],
  REJECTED: [],
};

/** The moves the lifecycle allows from a status, in the order the buttons appear. */
export function allowedMoves(status: ServiceRequestStatus): readonly ServiceRequestStatus[] {
  return MOVES[status];
}

/** How many of the open requests are past due and at risk: the queue's live summary. */
export function queueCounts(requests: readonly Queued[]): { open: number; breached: number; atRisk: number; waiting: number } {
  const open = requests.filter((r) => !isClosed(r.status));
  return {
    open: open.length,
    breached: open.filter((r) => r.slaState === "BREACHED").length,
    atRisk: open.filter((r) => r.slaState === "AT_RISK").length,
    waiting: open.filter((r) => r.status === "WAITING_ON_CITIZEN").length,
  };
}

/**
 * Merges one request heard live into the list the queue shows: replaced where
 * it is, appended when new and it belongs to the office filter, dropped once
 * closed. Returns the same array when nothing changes, so the cache is left alone.
 */
export function mergeIntoQueue<T extends Queued & { office: { code: string } }>(
  list: readonly T[],
  request: T,
  officeCode: string | null,
): readonly T[] {
  const index = list.findIndex((r) => r.id === request.id);
  if (isClosed(request.status)) return index === -1 ? list : list.filter((r) => r.id !== request.id);
  if (index !== -1) return list; // the cache already holds the new fields under the same id
  if (officeCode && request.office.code !== officeCode) return list;
  return [...list, request];
}
