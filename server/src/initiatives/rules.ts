import { InitiativeStatus } from "./model.js";

/** SUBMITTED → IN_COMMITTEE → ON_AGENDA → ADOPTED | REJECTED; WITHDRAWN from any open status. */
const MOVES: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  SUBMITTED: [InitiativeStatus.IN_COMMITTEE, InitiativeStatus.ON_AGENDA, InitiativeStatus.WITHDRAWN],
  IN_COMMITTEE: [InitiativeStatus.ON_AGENDA, InitiativeStatus.WITHDRAWN],
  ON_AGENDA: [InitiativeStatus.ADOPTED, InitiativeStatus.REJECTED, InitiativeStatus.WITHDRAWN, InitiativeStatus.IN_COMMITTEE],
  ADOPTED: [],
  REJECTED: [],
  WITHDRAWN: [],
};
export const canMoveInitiative = (from: InitiativeStatus, to: InitiativeStatus) => MOVES[from].includes(to);
