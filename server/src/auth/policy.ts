import { badInput, forbidden, unauthenticated } from "../platform/errors.js";
import type { Actor } from "./tokens.js";
import { Role } from "./user.js";

/**
 * The one place that decides who may do what. The public (no token) reads what
 * is published and changes nothing. ADMIN manages accounts and configuration,
 * not council business: separation of duties keeps an IT administrator's name
 * off ballots and declarations (docs/decisions.md).
 */
export type Action =
  | "session.manage" // create, agenda, start/suspend/resume/close, current item
  | "attendance.record"
  | "vote.manage" // open and close votes
  | "ballot.cast"
  | "declaration.file"
  | "minutes.publish" // publish the minutes [procesverbal] of a closed session
  | "package.manage" // attach, replace, rename and withdraw the documents of a meeting package [paketa e mbledhjes]
  | "oss.operate" // register and move One Stop Shop requests, complaints, ratings
  | "oss.queue" // see the operators' queue
  | "oss.citizenGender" // see the gender a citizen gave on a request
  | "oss.calendar" // declare days the offices are closed
  | "initiative.submit" // register an initiative (a councillor only as its lead sponsor)
  | "initiative.manage" // move initiatives along their lifecycle
  | "consultation.record" // record public consultations and hearings
  | "consultation.announce" // announce a consultation or public meeting in advance
  | "council.administer" // councillors and their terms
  | "councillor.profile" // a councillor's public profile: party, term dates, CV, contact, photo
  | "council.configure" // the council's settings (default speaking times)
  | "floor.request" // ask for the floor (a councillor for themself) and withdraw the request
  | "floor.manage" // run the speakers list: start and end speeches, the live stream
  | "decision.record" // the register of decisions: decision numbers, kinds, the legality review (prefect / MAPL)
  | "committee.manage" // committees [komisionet]: create, rename, functions, seats, memberships
  | "committee.opinion" // record a committee's opinion [relacion] on a council agenda item
  | "comment.moderate" // comments on drafts: moderate, answer, record from paper, publish the consultation report; see the authors' details
  | "petition.manage" // petitions [peticione]: register from paper, move along the lifecycle
  | "petition.personalData" // see a petitioner's name and contact data and the signature list
  | "documentRequest.register" // register a request for public documents received at the counter or on paper
  | "documentRequest.manage" // handle requests for public documents: see who asked, start, extend, answer
  | "account.manage"; // login accounts

const ALLOWED: Record<Action, readonly Role[]> = {
  "session.manage": [Role.SECRETARIAT],
  "attendance.record": [Role.SECRETARIAT],
  "vote.manage": [Role.SECRETARIAT],
  "ballot.cast": [Role.SECRETARIAT, Role.COUNCILLOR],
  "declaration.file": [Role.SECRETARIAT, Role.COUNCILLOR],
  "minutes.publish": [Role.SECRETARIAT],
  "package.manage": [Role.SECRETARIAT],
  "oss.operate": [Role.OSS_OPERATOR],
  "oss.queue": [Role.OSS_OPERATOR, Role.ADMIN],
  "oss.citizenGender": [Role.OSS_OPERATOR, Role.ADMIN],
  "oss.calendar": [Role.ADMIN],
  "initiative.submit": [Role.SECRETARIAT, Role.COUNCILLOR],
  "initiative.manage": [Role.SECRETARIAT],
  "consultation.record": [Role.SECRETARIAT],
  "consultation.announce": [Role.SECRETARIAT],
  "council.administer": [Role.ADMIN],
  "councillor.profile": [Role.SECRETARIAT, Role.ADMIN],
  "council.configure": [Role.ADMIN],
  "floor.request": [Role.SECRETARIAT, Role.COUNCILLOR],
  "floor.manage": [Role.SECRETARIAT],
  "decision.record": [Role.SECRETARIAT],
  "committee.manage": [Role.ADMIN, Role.SECRETARIAT],
  "committee.opinion": [Role.SECRETARIAT],
  "comment.moderate": [Role.SECRETARIAT],
  "petition.manage": [Role.SECRETARIAT],
  "petition.personalData": [Role.SECRETARIAT],
  "documentRequest.register": [Role.OSS_OPERATOR, Role.SECRETARIAT],
  "documentRequest.manage": [Role.SECRETARIAT],
  "account.manage": [Role.ADMIN],
};

const ACTION_WORDS: Record<Action, string> = {
  "session.manage": "manage council sessions",
  "attendance.record": "record attendance",
  "vote.manage": "open or close votes",
  "ballot.cast": "cast ballots",
  "declaration.file": "file declarations of interest",
  "minutes.publish": "publish the minutes of a session",
  "package.manage": "change the documents of a meeting package",
  "oss.operate": "handle One Stop Shop requests",
  "oss.queue": "see the One Stop Shop queue",
  "oss.citizenGender": "see citizens' gender",
  "oss.calendar": "declare days the offices are closed",
  "initiative.submit": "register initiatives",
  "initiative.manage": "change an initiative's status",
  "consultation.record": "record consultations",
  "consultation.announce": "announce consultations and public meetings",
  "council.administer": "change the register of councillors",
  "councillor.profile": "change councillors' profiles",
  "council.configure": "change the council's settings",
  "floor.request": "ask for the floor",
  "floor.manage": "run the speakers list",
  "decision.record": "record decision numbers or their legality review",
  "committee.manage": "manage committees and their members",
  "committee.opinion": "record a committee's opinion",
  "comment.moderate": "moderate or answer comments on draft decisions",
  "petition.manage": "register petitions or change their status",
  "petition.personalData": "see petitioners' contact data and signature lists",
  "documentRequest.register": "register requests for public documents",
  "documentRequest.manage": "handle requests for public documents",
  "account.manage": "manage login accounts",
};

/** Any logged-in account (e.g. to change its own password). */
export function requireLogin(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

export function authorize(actor: Actor | null, action: Action): Actor {
  if (!actor) throw unauthenticated(`Log in to ${ACTION_WORDS[action]}.`);
  if (!ALLOWED[action].includes(actor.role)) {
    throw forbidden(`The ${actor.role} role may not ${ACTION_WORDS[action]}; this is for ${ALLOWED[action].join(" or ")}.`);
  }
  return actor;
}

/** Whether the actor may do or see this, for what is shown to some and hidden from others (no refusal). */
export function allowed(actor: Actor | null, action: Action): boolean {
  return actor !== null && ALLOWED[action].includes(actor.role);
}

/** A councillor registers initiatives only as their lead sponsor; the secretariat registers anyone's. */
export function requireLeadSponsor(actor: Actor, leadSponsorId: string): void {
  if (actor.role === Role.COUNCILLOR && leadSponsorId !== actor.councillorId) {
    throw forbidden("A councillor registers initiatives as their lead sponsor; the secretariat registers others'.");
  }
}

/**
 * Whose ballot or declaration this is. A councillor acts only for themself: naming
 * another councillor is refused. The secretariat acts on a councillor's behalf
 * and must say which one.
 */
export function actingFor(actor: Actor, councillorId: string | null | undefined): { councillorId: string; onBehalf: boolean } {
  if (actor.role === Role.COUNCILLOR) {
    if (!actor.councillorId) throw forbidden("This councillor account is not linked to a councillor.");
    if (councillorId && councillorId !== actor.councillorId) {
      throw forbidden("A councillor acts only for themself; the secretariat may act on another councillor's behalf.");
    }
    return { councillorId: actor.councillorId, onBehalf: false };
  }
  if (!councillorId) throw badInput("councillorId is required when the secretariat acts on a councillor's behalf.", { councillorId: "required" });
  return { councillorId, onBehalf: true };
}
