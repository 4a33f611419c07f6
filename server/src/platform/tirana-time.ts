/**
 * Dates and times as the council reads them: Tirana's calendar and clock
 * (Europe/Tirane, summer time included), whatever the server's own time zone.
 */
const TIRANA = "Europe/Tirane";

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIRANA, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

function tirana(d: Date): Record<"year" | "month" | "day" | "hour" | "minute", string> {
  const out: Record<string, string> = {};
  for (const p of parts.formatToParts(d)) out[p.type] = p.value;
  return out as Record<"year" | "month" | "day" | "hour" | "minute", string>;
}

/** "2026-11-11": the calendar date in Tirana (for file names and the open-data `sessionDate`). */
export function tiranaDate(d: Date): string {
  const t = tirana(d);
  return `${t.year}-${t.month}-${t.day}`;
}

/** "11.11.2026": the date as written in Albanian documents. */
export function tiranaDateText(d: Date): string {
  const t = tirana(d);
  return `${t.day}.${t.month}.${t.year}`;
}

/** "10:00" in Tirana. */
export function tiranaClock(d: Date): string {
  const t = tirana(d);
  return `${t.hour}:${t.minute}`;
}

/** "11.11.2026, ora 10:00". */
export function tiranaDateTimeText(d: Date): string {
  return `${tiranaDateText(d)}, ora ${tiranaClock(d)}`;
}

/** "Mbledhja e Këshillit Bashkiak nr. 10" → "mbledhja-e-keshillit-bashkiak-nr-10", for file names. */
export function slugOf(title: string, max = 80): string {
  const slug = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/, "") || "mbledhje";
}
