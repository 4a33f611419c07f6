import { isLateAnnouncement } from "../calendar/legal-deadlines.js";
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

/** Consultations and public meetings are announced at least two weeks ahead (Kaçanik plan). */
export const CONSULTATION_NOTICE_DAYS = 14;

/** Fewer than 14 days (of 24 hours) between the announcement and the meeting: a public late-notice mark. */
export const isLateConsultationNotice = (announcedAt: Date, heldAt: Date) =>
  isLateAnnouncement(CONSULTATION_NOTICE_DAYS, announcedAt, heldAt);
