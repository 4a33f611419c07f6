// The chamber display's readings of a session [ekrani i sallës]: what the big
// screen shows now, the board of seats during a vote, the majority rule's
// threshold in numbers for the result banner, and the clock of the last update.
// Pure: the page (ChamberPage.tsx) only lays them out.
import { COUNCIL_TIME_ZONE } from "../../app/time";
import { byName, currentItemOf, isRecused, latestVoteOf, type AgendaItem, type Session, type Vote } from "../../sessions/model";
import { waitingOf, type SpeakerLike } from "../model";

/** How a seat shows during a vote: a ballot, recused, present without a ballot, or away. */
export type SeatState = "FOR" | "AGAINST" | "ABSTAIN" | "RECUSED" | "NOT_VOTED" | "ABSENT";

export type Seat = {
  councillor: { id: string; fullName: string; party?: string | null };
  state: SeatState;
};

/**
 * The mark printed on a seat and beside the tally's words, so that no state is
 * told by colour alone. The tally counts ABSENT seats as "not voted".
 */
export const SEAT_MARKS: Record<SeatState, string> = {
  FOR: "✔",
  AGAINST: "✖",
  ABSTAIN: "=",
  RECUSED: "⊘",
  NOT_VOTED: "?",
  ABSENT: "–",
};

/** The same marks under the tally's part names (sessions/VoteTally.tsx). */
export const TALLY_MARKS = {
  for: SEAT_MARKS.FOR,
  against: SEAT_MARKS.AGAINST,
  abstain: SEAT_MARKS.ABSTAIN,
  recused: SEAT_MARKS.RECUSED,
  notVoted: SEAT_MARKS.NOT_VOTED,
} as const;

/**
 * Every seated member (the session's attendance lists them all) with their
 * state in the vote, by name: the named ballot if there is one, else recused
 * (a declaration in force, or a ballot the server removed for it), else not
 * voted if present, else absent.
 */
export function seatBoard(session: Pick<Session, "attendance">, item: AgendaItem | null, vote: Vote | null): Seat[] {
  const ballots = new Map((vote?.ballots ?? []).map((b) => [b.councillor.id, b.choice]));
  const removed = new Set((vote?.removedBallots ?? []).map((b) => b.councillor.id));
  return session.attendance
    .map((row): Seat => {
      const id = row.councillor.id;
      const choice = ballots.get(id);
      let state: SeatState;
      if (choice) state = choice;
      else if (removed.has(id) || (item !== null && isRecused(item, id))) state = "RECUSED";
      else state = row.status === "PRESENT" ? "NOT_VOTED" : "ABSENT";
      return { councillor: row.councillor, state };
    })
    .sort((a, b) => byName(a.councillor, b.councillor));
}

/**
 * Columns and rows for `count` seats in an area `width` × `height` (any unit),
 * each seat about `cellAspect` times as wide as it is tall: the layout whose
 * seats come out largest.
 */
export function boardGrid(count: number, width: number, height: number, cellAspect = 1.6): { columns: number; rows: number } {
  if (count <= 0) return { columns: 1, rows: 1 };
  let best = { columns: 1, rows: count, size: 0 };
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    // The seat's height when the grid fills the area, limited by width or by height.
    const size = Math.min(height / rows, width / columns / cellAspect);
    if (size > best.size) best = { columns, rows, size };
  }
  return { columns: best.columns, rows: best.rows };
}

export type ChamberMode = "vote" | "result" | "floor";

/**
 * What the main area shows: the open vote's board; once closed, the result of
 * the current item's latest vote; otherwise the floor (speaker and queue).
 */
export function chamberMode(session: Session): { mode: ChamberMode; item: AgendaItem | null; vote: Vote | null } {
  const item = currentItemOf(session);
  const vote = latestVoteOf(item);
  if (vote?.status === "OPEN") return { mode: "vote", item, vote };
  if (vote?.status === "CLOSED") return { mode: "result", item, vote };
  return { mode: "floor", item, vote: null };
}

/** Whether the sitting is under way (the display's full picture) or not (its calm screen). */
export function isSitting(status: Session["status"]): boolean {
  return status === "IN_PROGRESS" || status === "SUSPENDED";
}

/** The speaker in progress on the item: its SPEAKING entry, else the session's currentSpeaker if it is on this item. */
export function speakerOn<T extends SpeakerLike & { agendaItemId: string }>(item: { id: string; speakers: readonly T[] } | null, currentSpeaker: T | null | undefined): T | null {
  if (!item) return null;
  const speaking = item.speakers.find((s) => s.status === "SPEAKING");
  if (speaking) return speaking;
  return currentSpeaker && currentSpeaker.agendaItemId === item.id && currentSpeaker.status === "SPEAKING" ? currentSpeaker : null;
}

/** The next `limit` waiting requests in speaking order, and how many more wait behind them. */
export function nextInQueue<T extends SpeakerLike>(speakers: readonly T[], limit = 5): { shown: T[]; more: number } {
  const waiting = waitingOf(speakers);
  return { shown: waiting.slice(0, limit), more: Math.max(0, waiting.length - limit) };
}

export type MajorityThreshold = {
  /** FOR votes needed to pass. */
  needed: number;
  /** What the rule counts from: the ballots cast (SIMPLE) or the seated members. */
  base: number;
  basis: "cast" | "seats";
};

/**
 * The majority rule in numbers (DOMAIN.md), for the banner's words; the
 * outcome itself is the server's. SIMPLE: FOR > half the ballots cast (FOR +
 * AGAINST + ABSTAIN); ABSOLUTE: FOR > half the seated members; TWO_THIRDS:
 * FOR ≥ ⌈2/3 × seated members⌉. The tally's parts add up to the seats.
 */
export function majorityThreshold(majority: Vote["majority"], tally: Vote["tally"]): MajorityThreshold {
  const cast = tally.for + tally.against + tally.abstain;
  const seats = cast + tally.recused + tally.notVoted;
  switch (majority) {
    case "SIMPLE":
      return { needed: Math.floor(cast / 2) + 1, base: cast, basis: "cast" };
    case "ABSOLUTE":
      return { needed: Math.floor(seats / 2) + 1, base: seats, basis: "seats" };
    case "TWO_THIRDS":
      return { needed: Math.ceil((2 * seats) / 3), base: seats, basis: "seats" };
  }
}

/** "14:03:27": the time of day on the council's clock (Tirana), for "updated at". */
export function timeOfDay(ms: number): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: COUNCIL_TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${get("hour")}:${get("minute")}:${get("second")}`;
}
