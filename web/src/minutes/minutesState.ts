// The 48-hour rule for minutes (Elbasan plan OS-2 point 3), read on the
// client's clock too: a page left open must turn "late" when the deadline
// passes, without waiting for the server to be asked again.
import type { MinutesFieldsFragment } from "../gql/graphql";

export type Minutes = MinutesFieldsFragment;

/** Whole hours and minutes until the deadline, rounded up to the minute; `passed` once it is reached. */
export function timeLeft(deadlineIso: string, nowMs: number): { passed: boolean; hours: number; minutes: number } {
  const ms = new Date(deadlineIso).getTime() - nowMs;
  if (!(ms > 0)) return { passed: true, hours: 0, minutes: 0 };
  const totalMinutes = Math.ceil(ms / 60_000);
  return { passed: false, hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

/** Published after the deadline, or still unpublished with the deadline past. */
export function isLate(minutes: Pick<Minutes, "late" | "deadline" | "publishedAt">, nowMs: number): boolean {
  if (minutes.late) return true;
  const deadline = new Date(minutes.deadline).getTime();
  const reference = minutes.publishedAt ? new Date(minutes.publishedAt).getTime() : nowMs;
  return reference > deadline;
}
