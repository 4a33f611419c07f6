// Plain functions of the committees' pages: dates of memberships, who is current, the opinion labels.

export const OPINION_KINDS = ["FAVOURABLE", "WITH_AMENDMENTS", "UNFAVOURABLE"] as const;
export type OpinionKind = (typeof OPINION_KINDS)[number];
export const COMMITTEE_ROLES = ["CHAIR", "MEMBER"] as const;

/** "2026-07-05" → "05.07.2026", as dates are written in Albanian documents; anything else as it came. */
export function dayText(isoDay: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay ?? "");
  return m ? `${m[3]}.${m[2]}.${m[1]}` : (isoDay ?? "");
}

/** Today's calendar date in Tirana, "YYYY-MM-DD" (memberships begin and end on Tirana days). */
export function tiranaToday(now = new Date()): string {
  return now.toLocaleDateString("sv-SE", { timeZone: "Europe/Tirane" });
}

/** A membership that has begun and not ended on `today` (both days included). */
export function isCurrent(m: { joinedOn: string; leftOn?: string | null }, today: string): boolean {
  return m.joinedOn <= today && (m.leftOn == null || m.leftOn >= today);
}

/** Whether a text is a real calendar day "YYYY-MM-DD". */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
