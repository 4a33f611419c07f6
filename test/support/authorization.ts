export type Who = "public" | "COUNCILLOR" | "OSS_OPERATOR" | "SECRETARIAT" | "ADMIN";
export const ROLES: Who[] = ["public", "COUNCILLOR", "OSS_OPERATOR", "SECRETARIAT", "ADMIN"];
const LOGGED_IN: Who[] = ["COUNCILLOR", "OSS_OPERATOR", "SECRETARIAT", "ADMIN"];

/**
 * Who may call each mutation (docs/decisions.md). Every mutation of the schema
 * must be listed: a new one fails the authorization matrix until someone
 * decides who may use it.
 */
export const ALLOWED: Record<string, Who[]> = {
  login: ROLES,
  // E-mail alerts: anyone (the mailbox's holder confirms and ends them through signed links).
  requestAlertSubscription: ROLES, confirmAlertSubscription: ROLES, unsubscribeFromAlerts: ROLES,
  // Public forms (issue 16): anyone opens one; the submission itself checks the honeypot, fill time and rate limit.
  startPublicForm: ROLES,
  changePassword: LOGGED_IN,
  createSession: ["SECRETARIAT"], addAgendaItem: ["SECRETARIAT"], startSession: ["SECRETARIAT"], suspendSession: ["SECRETARIAT"],
  resumeSession: ["SECRETARIAT"], closeSession: ["SECRETARIAT"], recordAttendance: ["SECRETARIAT"], recordAttendanceBatch: ["SECRETARIAT"],
  startAgendaItem: ["SECRETARIAT"], openVote: ["SECRETARIAT"], closeVote: ["SECRETARIAT"], publishMinutes: ["SECRETARIAT"],
  setDraftPublished: ["SECRETARIAT"], setInitiativeStatus: ["SECRETARIAT"], recordConsultation: ["SECRETARIAT"],
  announceConsultation: ["SECRETARIAT"], recordConsultationAttendance: ["SECRETARIAT"],
  castBallot: ["SECRETARIAT", "COUNCILLOR"], fileDeclaration: ["SECRETARIAT", "COUNCILLOR"], submitInitiative: ["SECRETARIAT", "COUNCILLOR"],
  submitServiceRequest: ["OSS_OPERATOR"], setServiceRequestStatus: ["OSS_OPERATOR"], recordComplaint: ["OSS_OPERATOR"], rateServiceRequest: ["OSS_OPERATOR"], printServiceRequestReceipt: ["OSS_OPERATOR"],
  requestFloor: ["SECRETARIAT", "COUNCILLOR"], withdrawFloorRequest: ["SECRETARIAT", "COUNCILLOR"], startSpeech: ["SECRETARIAT"], endSpeech: ["SECRETARIAT"],
  setStreamUrl: ["SECRETARIAT"], setSpeakingTimes: ["ADMIN"],
  renameMeetingDocument: ["SECRETARIAT"], withdrawMeetingDocument: ["SECRETARIAT"],
  declareClosedDay: ["ADMIN"], addCouncillor: ["ADMIN"], setCouncillorActive: ["ADMIN"], createAccount: ["ADMIN"],
  setCouncillorProfile: ["SECRETARIAT", "ADMIN"],
  registerDecision: ["SECRETARIAT"], setDecisionReview: ["SECRETARIAT"],
  createCommittee: ["ADMIN", "SECRETARIAT"], updateCommittee: ["ADMIN", "SECRETARIAT"], addCommitteeMember: ["ADMIN", "SECRETARIAT"], endCommitteeMembership: ["ADMIN", "SECRETARIAT"],
  recordCommitteeOpinion: ["SECRETARIAT"],
  // Comments on drafts (issue 16 point 1): anyone comments (the public form's guard); the secretariat does the rest.
  submitDraftComment: ROLES, recordPaperComment: ["SECRETARIAT"], publishDraftComment: ["SECRETARIAT"], rejectDraftComment: ["SECRETARIAT"],
  answerDraftComment: ["SECRETARIAT"], publishConsultationReport: ["SECRETARIAT"],
  // Requests for public documents (issue 16 point 3): anyone files online; the counter registers; the secretariat handles.
  submitDocumentRequest: ROLES, registerDocumentRequest: ["OSS_OPERATOR", "SECRETARIAT"], startDocumentRequest: ["SECRETARIAT"],
  extendDocumentRequest: ["SECRETARIAT"], decideDocumentRequest: ["SECRETARIAT"], withholdDocumentRequestText: ["SECRETARIAT"],
  // Petitions (issue 16 point 2): anyone submits online (the public form's guard); the secretariat registers paper ones and moves them.
  submitPetition: ROLES, registerPetition: ["SECRETARIAT"], reviewPetition: ["SECRETARIAT"], recordPetitionDiscussion: ["SECRETARIAT"],
  answerPetition: ["SECRETARIAT"], rejectPetition: ["SECRETARIAT"],
};
