import { DateTime } from "luxon";

/**
 * Dates and times as the council reads them: Tirana's calendar and clock
 * (Europe/Tirane, summer time included), whatever the server's own time zone.
 * The one place that knows the zone: code formats, splits and counts Tirana
 * time through these helpers (luxon, which follows the summer-time switches),
 * and SQL gets the zone as a parameter (`AT TIME ZONE $n` with TIRANA_ZONE).
 */
export const TIRANA_ZONE = "Europe/Tirane";

const inTirana = (d: Date) => DateTime.fromJSDate(d, { zone: TIRANA_ZONE });

/** The calendar date and clock in Tirana, as numbers. */
export function tiranaParts(d: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const t = inTirana(d);
  return { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute };
}

/** "2026-11-11": the calendar date in Tirana (for file names, the open-data `sessionDate`, the working calendar's days). */
export function tiranaDate(d: Date): string {
  return inTirana(d).toFormat("yyyy-MM-dd");
}

/** "11.11.2026": the date as written in Albanian documents. */
export function tiranaDateText(d: Date): string {
  return inTirana(d).toFormat("dd.MM.yyyy");
}

/** "10:00" in Tirana. */
export function tiranaClock(d: Date): string {
  return inTirana(d).toFormat("HH:mm");
}

/** "11.11.2026, ora 10:00". */
export function tiranaDateTimeText(d: Date): string {
  return `${tiranaDateText(d)}, ora ${tiranaClock(d)}`;
}

/** The moment in Tirana written for `locale` with the given Intl styles (e.g. the Atom feed's "sq-AL" long date). */
export function formatInTirana(d: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  return inTirana(d).setLocale(locale).toLocaleString(options);
}

/** "11 Nov 2026, 10:00 Tirana time": a moment named in an English error message. */
export function tiranaTimeInMessage(d: Date): string {
  return `${formatInTirana(d, "en-GB", { dateStyle: "medium", timeStyle: "short" })} Tirana time`;
}

/** 00:00 in Tirana on the calendar date "YYYY-MM-DD". */
export function tiranaDayStart(date: string): Date {
  return DateTime.fromISO(date, { zone: TIRANA_ZONE }).toJSDate();
}

/** `hour`:00 in Tirana on the Tirana calendar date of `day`. */
export function tiranaHourOn(day: Date, hour: number): Date {
  return inTirana(day).startOf("day").set({ hour }).toJSDate();
}

/** The month "YYYY-MM" in Tirana: [its first moment, the next month's first moment). */
export function tiranaMonthRange(month: string): [Date, Date] {
  const first = DateTime.fromISO(`${month}-01`, { zone: TIRANA_ZONE });
  return [first.toJSDate(), first.plus({ months: 1 }).toJSDate()];
}

/** Half-year 1 (January–June) or 2 (July–December) of `year` in Tirana: [its first moment, the next half-year's). */
export function tiranaHalfYearRange(year: number, half: 1 | 2): [Date, Date] {
  const start = DateTime.fromObject({ year, month: half === 1 ? 1 : 7, day: 1 }, { zone: TIRANA_ZONE });
  return [start.toJSDate(), start.plus({ months: 6 }).toJSDate()];
}

/** Calendar days from `from` to `to` in Tirana (fractional), so a summer-time switch does not count as part of a day. */
export function tiranaDaysBetween(from: Date | number, to: Date | number): number {
  const at = (x: Date | number) => DateTime.fromMillis(typeof x === "number" ? x : x.getTime(), { zone: TIRANA_ZONE });
  return at(to).diff(at(from), "days").days;
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
