// What /konsultimet shows of a consultation, computed from the API's fields (no rule of the server is
// repeated here: lateNotice comes from the server).

export type ConsultationLike = { status: "ANNOUNCED" | "HELD"; heldAt: string; women: number; men: number; otherOrUndisclosed: number };

/** Upcoming (not yet held, soonest first) and held or past (latest first); a past one without attendance is "awaiting". */
export function splitConsultations<T extends ConsultationLike>(list: readonly T[], now: number): { upcoming: T[]; past: T[] } {
  const time = (c: T) => new Date(c.heldAt).getTime();
  const upcoming = list.filter((c) => c.status === "ANNOUNCED" && time(c) > now).sort((a, b) => time(a) - time(b));
  const past = list.filter((c) => !(c.status === "ANNOUNCED" && time(c) > now)).sort((a, b) => time(b) - time(a));
  return { upcoming, past };
}

/** Participants counted once held, and the share of women among them (null: none counted). */
export function participants(c: ConsultationLike): { total: number; womenSharePct: number | null } {
  const total = c.women + c.men + c.otherOrUndisclosed;
  return { total, womenSharePct: c.status !== "HELD" || total === 0 ? null : Math.round((1000 * c.women) / total) / 10 };
}

/** The secretariat records attendance once the meeting is held and before anyone did. */
export const awaitsAttendance = (c: ConsultationLike, now: number) => c.status === "ANNOUNCED" && new Date(c.heldAt).getTime() <= now;
