/**
 * The initiatives-by-gender indicator (Elbasan plan OS-4 point 8, action 8), as
 * plain functions of plain data. Rules (docs/initiatives.md):
 * - "proposed by a woman" = the lead sponsor is FEMALE; OTHER and UNDISCLOSED
 *   leads count in the total, not as women;
 * - the seat share is weighted by the days each councillor served within the
 *   period, so a term ending or starting mid-period counts for the part served;
 * - the share counting every sponsor counts each sponsorship (lead or co-sponsor);
 * - the ratio compares the initiative share with the seat share (1 = in proportion).
 */
import { tiranaDaysBetween, tiranaHalfYearRange, tiranaParts } from "../platform/tirana-time.js";

export type Period = { label: string; start: Date; end: Date };

/** "2026-H1" (January–June) or "2026-H2" (July–December), in Tirana time. */
export function parsePeriod(label: string): Period | null {
  const m = /^(\d{4})-H([12])$/.exec(label);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  const [start, end] = tiranaHalfYearRange(year, m[2] === "1" ? 1 : 2);
  return { label, start, end };
}

export function periodOf(moment: Date): string {
  const d = tiranaParts(moment);
  return `${d.year}-H${d.month <= 6 ? 1 : 2}`;
}

export type Gender = "FEMALE" | "MALE" | "OTHER" | "UNDISCLOSED";
export type InitiativeFact = { kind: string; lead: { gender: Gender; party: string | null }; coSponsorGenders: Gender[] };
export type Seat = { gender: Gender; termStart: Date | null; termEnd: Date | null; active: boolean };

export type Share = { total: number; byWomen: number; womenSharePct: number | null };
export type GenderIndicator = Share & {
  womenSeatSharePct: number | null;
  allSponsorsWomenSharePct: number | null;
  sponsorships: number;
  ratioToSeatShare: number | null;
  byKind: (Share & { kind: string })[];
  byParty: (Share & { party: string })[];
};

const pct = (part: number, whole: number) => (whole === 0 ? null : round((100 * part) / whole));
const round = (n: number) => Math.round(n * 100) / 100;

function share(facts: InitiativeFact[]): Share {
  const byWomen = facts.filter((f) => f.lead.gender === "FEMALE").length;
  return { total: facts.length, byWomen, womenSharePct: pct(byWomen, facts.length) };
}

/** Days of `seat`'s term inside the period (a term with no dates covers it while active). */
export function daysServed(seat: Seat, period: Period): number {
  const from = Math.max(period.start.getTime(), seat.termStart?.getTime() ?? -Infinity);
  const to = Math.min(period.end.getTime(), seat.termEnd?.getTime() ?? (seat.active ? Infinity : -Infinity));
  if (!(to > from)) return 0;
  // Calendar days in Tirana, so the autumn's extra summer-time hour does not count as a day's fraction.
  const days = tiranaDaysBetween(from, to);
  return Math.round(days * 1e6) / 1e6;
}

export function womenSeatShare(seats: Seat[], period: Period): number | null {
  let all = 0, women = 0;
  for (const s of seats) {
    const d = daysServed(s, period);
    all += d;
    if (s.gender === "FEMALE") women += d;
  }
  return all === 0 ? null : round((100 * women) / all);
}

export function genderIndicator(facts: InitiativeFact[], seats: Seat[], period: Period): GenderIndicator {
  const headline = share(facts);
  const seatShare = womenSeatShare(seats, period);
  const sponsorGenders = facts.flatMap((f) => [f.lead.gender, ...f.coSponsorGenders]);
  const group = <K extends string>(key: (f: InitiativeFact) => K) => {
    const groups = new Map<K, InitiativeFact[]>();
    for (const f of facts) groups.set(key(f), [...(groups.get(key(f)) ?? []), f]);
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "sq"));
  };
  return {
    ...headline,
    womenSeatSharePct: seatShare,
    sponsorships: sponsorGenders.length,
    allSponsorsWomenSharePct: pct(sponsorGenders.filter((g) => g === "FEMALE").length, sponsorGenders.length),
    ratioToSeatShare: headline.womenSharePct === null || !seatShare ? null : round(headline.womenSharePct / seatShare),
    byKind: group((f) => f.kind).map(([kind, fs]) => ({ kind, ...share(fs) })),
    byParty: group((f) => f.lead.party ?? "—").map(([party, fs]) => ({ party, ...share(fs) })),
  };
}

/** Consultation participation by gender (OS-4 point 7): target at least 40 % women by 2028. */
export const CONSULTATION_WOMEN_TARGET_PCT = 40;
export function participationShare(rows: { women: number; men: number; other: number }[]): { participants: number; women: number; womenSharePct: number | null; meetsTarget: boolean | null } {
  const women = rows.reduce((s, r) => s + r.women, 0);
  const participants = rows.reduce((s, r) => s + r.women + r.men + r.other, 0);
  const womenSharePct = pct(women, participants);
  return { participants, women, womenSharePct, meetsTarget: womenSharePct === null ? null : womenSharePct >= CONSULTATION_WOMEN_TARGET_PCT };
}
