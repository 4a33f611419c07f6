/**
 * The council's rules as plain functions of plain data (DOMAIN.md). The database
 * and GraphQL layers call these; they never call back.
 */
import { isLateAnnouncement } from "../calendar/legal-deadlines.js";
import { AttendanceStatus, BallotChoice, MajorityRule, SessionStatus, VoteOutcome } from "./model.js";
import { SpeakerStatus, SpeechKind } from "./speaker.js";

export type QuorumFigures = { seats: number; present: number; required: number; reached: boolean };

/** Quorum: more than half of all seated members present (present > seats / 2). */
export function quorumOf(seats: number, present: number): QuorumFigures {
  const required = Math.floor(seats / 2) + 1;
  return { seats, present, required, reached: present >= required };
}

export type TallyFigures = { for: number; against: number; abstain: number; recused: number; notVoted: number };

/**
 * Counts ballots into a tally that always adds up to the seats:
 * for + against + abstain + recused + notVoted = seats.
 * A recused councillor never has a ballot (the commands remove it), so the sets do not overlap.
 */
export function tallyOf(seats: number, choices: readonly BallotChoice[], recused: number): TallyFigures {
  let f = 0, a = 0, ab = 0;
  for (const c of choices) {
    if (c === BallotChoice.FOR) f++;
    else if (c === BallotChoice.AGAINST) a++;
    else ab++;
  }
  // Members never outnumber seats, but if the register ever did, the buckets must still add
  // up to the seats (the database insists), so recusals take only the seats ballots left.
  const recusedShown = Math.min(recused, Math.max(0, seats - f - a - ab));
  return { for: f, against: a, abstain: ab, recused: recusedShown, notVoted: Math.max(0, seats - f - a - ab - recusedShown) };
}

/**
 * The outcome of a closed vote (DOMAIN.md, Votes):
 * - SIMPLE: FOR > half of the ballots cast (FOR + AGAINST + ABSTAIN); a tie fails.
 * - ABSOLUTE: FOR > half of all seated members.
 * - TWO_THIRDS: FOR ≥ ⌈2/3 × seated members⌉.
 */
export function voteOutcome(rule: MajorityRule, tally: Pick<TallyFigures, "for" | "against" | "abstain">, seats: number): VoteOutcome {
  const cast = tally.for + tally.against + tally.abstain;
  let passed: boolean;
  switch (rule) {
    case MajorityRule.SIMPLE:
      passed = 2 * tally.for > cast;
      break;
    case MajorityRule.ABSOLUTE:
      passed = 2 * tally.for > seats;
      break;
    case MajorityRule.TWO_THIRDS:
      passed = tally.for >= twoThirdsOf(seats);
      break;
  }
  return passed ? VoteOutcome.PASSED : VoteOutcome.FAILED;
}

/** ⌈2/3 × n⌉ in integers, so 51 seats need 34 and 27 seats need 18. */
export function twoThirdsOf(seats: number): number {
  return Math.ceil((2 * seats) / 3 - 1e-9);
}

/**
 * Notice (Kaçanik plan): a council session is announced at least 7 calendar days
 * before it starts, a committee meeting at least 3 (days of 24 hours). Closer is
 * allowed but flagged. The scorecard passes these numbers to its SQL.
 */
export const NOTICE_DAYS = { COUNCIL: 7, COMMITTEE: 3 } as const satisfies Record<"COUNCIL" | "COMMITTEE", number>;

export function isLateNotice(kind: "COUNCIL" | "COMMITTEE", announcedAt: Date, scheduledAt: Date): boolean {
  return isLateAnnouncement(NOTICE_DAYS[kind], announcedAt, scheduledAt);
}

/**
 * The vote moment of an agenda item, where a draft's comment period ends
 * (Elbasan plan OS-2): its first vote's opening, or the session's start while
 * it has no vote.
 */
export function voteMomentOf(scheduledAt: Date, voteOpenedAt: readonly Date[]): Date {
  return voteOpenedAt.reduce((first, at) => (at.getTime() < first.getTime() ? at : first), voteOpenedAt[0] ?? scheduledAt);
}

/** SCHEDULED → IN_PROGRESS ⇄ SUSPENDED → CLOSED; only these moves exist. */
const SESSION_MOVES: Record<SessionStatus, readonly SessionStatus[]> = {
  [SessionStatus.SCHEDULED]: [SessionStatus.IN_PROGRESS],
  [SessionStatus.IN_PROGRESS]: [SessionStatus.SUSPENDED, SessionStatus.CLOSED],
  [SessionStatus.SUSPENDED]: [SessionStatus.IN_PROGRESS, SessionStatus.CLOSED],
  [SessionStatus.CLOSED]: [],
};

export function canMoveSession(from: SessionStatus, to: SessionStatus): boolean {
  return SESSION_MOVES[from].includes(to);
}

// ---- The floor (DOMAIN.md, "The floor") ----

export type FloorPlace = {
  kind: SpeechKind; status: SpeakerStatus; requestedAt: Date; startedAt: Date | null; endedAt: Date | null; id: string;
};

const STATUS_RANK: Record<SpeakerStatus, number> = { SPEAKING: 0, WAITING: 1, DONE: 2, WITHDRAWN: 2 };

/**
 * The speakers list in the order the API shows it: the speech in progress first;
 * then the waiting requests in the order they will speak (points of order ahead
 * of every contribution and reply, otherwise first come, first served); then the
 * finished and withdrawn ones, by the time they happened.
 */
export function speakersInOrder<T extends FloorPlace>(speakers: readonly T[]): T[] {
  const when = (s: FloorPlace) => (s.startedAt ?? s.endedAt ?? s.requestedAt).getTime();
  return [...speakers].sort((a, b) =>
    STATUS_RANK[a.status] - STATUS_RANK[b.status]
    || (a.status === SpeakerStatus.WAITING
      ? Number(b.kind === SpeechKind.POINT_OF_ORDER) - Number(a.kind === SpeechKind.POINT_OF_ORDER) || a.requestedAt.getTime() - b.requestedAt.getTime()
      : when(a) - when(b))
    || a.id.localeCompare(b.id));
}

/** Whole seconds spoken: up to the end, or up to `now` while speaking (the server's clock); 0 before the start. */
export function spokenSecondsAt(s: Pick<FloorPlace, "startedAt" | "endedAt">, now: Date): number {
  if (!s.startedAt) return 0;
  const until = s.endedAt ?? now;
  return Math.max(0, Math.floor((until.getTime() - s.startedAt.getTime()) / 1000));
}

export type SpeakingTimeDefaults = { contribution: number; reply: number; pointOfOrder: number };

export function allottedFor(kind: SpeechKind, times: SpeakingTimeDefaults): number {
  return kind === SpeechKind.POINT_OF_ORDER ? times.pointOfOrder : kind === SpeechKind.REPLY ? times.reply : times.contribution;
}

// ---- Attendance over a session (the record and the register of attendance [regjistri i pjesëmarrjes]) ----

/**
 * Minutes of grace: an arrival recorded more than this after the session started is a late
 * arrival; a departure recorded more than this before it closed is an early departure. The
 * secretariat records the roll call in the first minutes, and people leave as the chair closes.
 */
export const ATTENDANCE_GRACE_MINUTES = 15;

export type AttendanceMove = { status: AttendanceStatus; at: Date };
export type AttendanceFacts = {
  /** PRESENT at some moment of the session (an early leaver was there). */
  present: boolean;
  /** Never present and last recorded EXCUSED. */
  excused: boolean;
  arrivedAt: Date | null;
  late: boolean;
  /** The departure that ended the councillor's presence, if they were not present at the end. */
  leftAt: Date | null;
  leftEarly: boolean;
};

/**
 * One councillor's attendance over one session, from the history of changes (in time
 * order) and the session's start and close. A councillor with no record is absent.
 */
export function attendanceFacts(moves: readonly AttendanceMove[], startedAt: Date | null, closedAt: Date | null): AttendanceFacts {
  const grace = ATTENDANCE_GRACE_MINUTES * 60_000;
  const firstPresent = moves.find((m) => m.status === AttendanceStatus.PRESENT);
  const last = moves.at(-1);
  const present = firstPresent !== undefined;
  const leftAt = present && last && last.status !== AttendanceStatus.PRESENT ? last.at : null;
  return {
    present,
    excused: !present && last?.status === AttendanceStatus.EXCUSED,
    arrivedAt: firstPresent?.at ?? null,
    late: present && startedAt !== null && firstPresent.at.getTime() > startedAt.getTime() + grace,
    leftAt,
    leftEarly: leftAt !== null && (closedAt === null || leftAt.getTime() < closedAt.getTime() - grace),
  };
}

/** Attendance rate in per cent, one decimal; null when the councillor held no seat in the period. */
export function attendanceRatePct(present: number, seated: number): number | null {
  return seated === 0 ? null : Math.round((1000 * present) / seated) / 10;
}
