// The enums' order as the pages list them, and the lifecycle moves the
// secretariat is offered (the server decides; the client only avoids offering
// a move it would refuse).
import type { ConsultationKind, InitiativeKind, InitiativeStatus } from "../gql/graphql";

export const INITIATIVE_KINDS: readonly InitiativeKind[] = ["DRAFT_DECISION", "MOTION", "QUESTION", "AMENDMENT"];

export const INITIATIVE_STATUSES: readonly InitiativeStatus[] = ["SUBMITTED", "IN_COMMITTEE", "ON_AGENDA", "ADOPTED", "REJECTED", "WITHDRAWN"];

export const CONSULTATION_KINDS: readonly ConsultationKind[] = ["CONSULTATION", "HEARING"];

/** docs/initiatives.md: SUBMITTED → IN_COMMITTEE → ON_AGENDA → ADOPTED | REJECTED; back to committee; WITHDRAWN from any open status. */
const MOVES: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  SUBMITTED: ["IN_COMMITTEE", "ON_AGENDA", "WITHDRAWN"],
  IN_COMMITTEE: ["ON_AGENDA", "WITHDRAWN"],
  ON_AGENDA: ["ADOPTED", "REJECTED", "IN_COMMITTEE", "WITHDRAWN"],
  ADOPTED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

export function nextStatuses(status: InitiativeStatus): readonly InitiativeStatus[] {
  return MOVES[status];
}

/** Statuses that name the agenda item where the initiative is (or was) decided. */
export function takesAgendaItem(status: InitiativeStatus): boolean {
  return status === "ON_AGENDA" || status === "ADOPTED" || status === "REJECTED";
}
