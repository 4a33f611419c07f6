import { dueAfterCalendarDays } from "../calendar/legal-deadlines.js";
import type { WorkingCalendar } from "../calendar/working-calendar.js";
import { closedState, elapsedDeadlines, runningState, SlaState } from "../platform/deadlines/state.js";
import { PetitionStatus } from "./model.js";

/**
 * Petitions' deadlines and late marks (Kaçanik plan): a petition is reviewed — discussed by the council, or
 * rejected as inadmissible — within 60 days of its receipt, and the petitioner is told the outcome in writing
 * within 15 days of the discussion. Calendar days, counted by calendar/legal-deadlines.ts. The one place these
 * rules are written: the register, a petition's page, the tracking page and the open data all call them.
 */
export const REVIEW_DAYS = 60;
export const ANSWER_DAYS = 15;

export const reviewDueAt = (receivedAt: Date, calendar: WorkingCalendar): Date => dueAfterCalendarDays(receivedAt, REVIEW_DAYS, calendar);
export const answerDueAt = (discussedAt: Date, calendar: WorkingCalendar): Date => dueAfterCalendarDays(discussedAt, ANSWER_DAYS, calendar);

/** What the late marks and the SLA state are computed from. */
export type PetitionClock = {
  status: PetitionStatus;
  receivedAt: Date;
  reviewDueAt: Date;
  discussedAt: Date | null;
  rejectedAt: Date | null;
  answerDueAt: Date | null;
  answeredAt: Date | null;
};

/** Late against a due moment: done after it, or not done and it has passed. */
const late = (dueAt: Date, doneAt: Date | null, now: Date) => (doneAt ? doneAt > dueAt : now > dueAt);

/** Not discussed or rejected by reviewDueAt (still open past it, or done after it). */
export function reviewLate(p: PetitionClock, now: Date): boolean {
  return late(p.reviewDueAt, p.discussedAt ?? p.rejectedAt, now);
}

/** Not answered by answerDueAt (still unanswered past it, or answered after it); never before a discussion. */
export function answerLate(p: PetitionClock, now: Date): boolean {
  return p.answerDueAt !== null && late(p.answerDueAt, p.answeredAt, now);
}

/**
 * The running deadline, as the tracking page shows it: the review's until the discussion (or the rejection,
 * which ends the review), then the answer's.
 */
export function runningDueAt(p: PetitionClock): Date {
  return p.answerDueAt ?? p.reviewDueAt;
}

/**
 * The SLA state of the deadline engine's vocabulary: while a deadline runs, ON_TRACK / AT_RISK (its last 20 %)
 * / BREACHED; once answered or rejected, MET when neither mark is late, otherwise MISSED.
 */
export function petitionSlaState(p: PetitionClock, now: Date): SlaState {
  if (p.status === PetitionStatus.ANSWERED || p.status === PetitionStatus.REJECTED) {
    if (reviewLate(p, now) || answerLate(p, now)) return SlaState.MISSED;
    return closedState(p.answeredAt ?? p.rejectedAt ?? now, runningDueAt(p));
  }
  if (p.status === PetitionStatus.DISCUSSED && p.discussedAt && p.answerDueAt) return runningState(now, elapsedDeadlines(p.discussedAt, p.answerDueAt));
  return runningState(now, elapsedDeadlines(p.receivedAt, p.reviewDueAt));
}

/** The lifecycle's moves; each command names its own target and these are its allowed starting points. */
export const MOVES: Record<"review" | "discuss" | "answer" | "reject", readonly PetitionStatus[]> = {
  review: [PetitionStatus.RECEIVED],
  discuss: [PetitionStatus.UNDER_REVIEW],
  answer: [PetitionStatus.DISCUSSED],
  reject: [PetitionStatus.RECEIVED, PetitionStatus.UNDER_REVIEW],
};

/** Why a move is refused now, in words the secretariat can act on (null: allowed). */
export function refusal(move: keyof typeof MOVES, status: PetitionStatus): string | null {
  if (MOVES[move].includes(status)) return null;
  const what = {
    review: "start its review",
    discuss: "record its discussion",
    answer: "record the answer",
    reject: "reject it",
  }[move];
  const why: Record<PetitionStatus, string> = {
    RECEIVED: "start its review first",
    UNDER_REVIEW: "record its discussion by the council first",
    DISCUSSED: "it was already discussed by the council: record the written answer instead",
    ANSWERED: "it is already answered, and its record is closed",
    REJECTED: "it was rejected as inadmissible, and its record is closed",
  };
  if (move === "review" && status !== PetitionStatus.RECEIVED) return `This petition is ${status}, so its review has already started.`;
  return `Cannot ${what}: this petition is ${status}; ${why[status]}.`;
}
