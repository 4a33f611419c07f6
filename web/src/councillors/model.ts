// The councillors' pages' pure logic: the period kept in the address (?nga=2026-07-01&deri=2026-12-31,
// Tirana calendar days, both included), its presets, and the names' initials for the placeholder.
import { COUNCIL_TIME_ZONE, tiraneLocalToIso } from "../app/time";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DayRange = { nga: string; deri: string };
export type Preset = DayRange & { key: string; year: number; half: 1 | 2 | null };

/** A real calendar day "YYYY-MM-DD". */
export function isDay(value: string | null | undefined): value is string {
  const m = value ? DAY.exec(value) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Today on the Tirana calendar. */
export function tiranaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: COUNCIL_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function nextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const half = (year: number, h: 1 | 2): Preset => ({
  key: `${year}-H${h}`, year, half: h, nga: `${year}-${h === 1 ? "01-01" : "07-01"}`, deri: `${year}-${h === 1 ? "06-30" : "12-31"}`,
});
const wholeYear = (year: number): Preset => ({ key: `${year}`, year, half: null, nga: `${year}-01-01`, deri: `${year}-12-31` });

/** The presets offered: this half-year and the one before, this year and the one before. */
export function presets(today: string): Preset[] {
  const year = Number(today.slice(0, 4));
  const h: 1 | 2 = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  const previous = h === 2 ? half(year, 1) : half(year - 1, 2);
  return [half(year, h), previous, wholeYear(year), wholeYear(year - 1)];
}

/** The period in the address, or this half-year when the address has none (or a broken one). */
export function rangeFrom(params: URLSearchParams, today: string): DayRange & { fromAddress: boolean } {
  const nga = params.get("nga");
  const deri = params.get("deri");
  if (isDay(nga) && isDay(deri) && nga <= deri) return { nga, deri, fromAddress: true };
  const [current] = presets(today);
  return { nga: current.nga, deri: current.deri, fromAddress: false };
}

/** The query's [from, to): from the first day's midnight to the midnight after the last day, in Tirana. */
export function periodOf(range: DayRange): { from: string; to: string } {
  return { from: tiraneLocalToIso(`${range.nga}T00:00`) as string, to: tiraneLocalToIso(`${nextDay(range.deri)}T00:00`) as string };
}

export function matchingPreset(range: DayRange, today: string): Preset | undefined {
  return presets(today).find((p) => p.nga === range.nga && p.deri === range.deri);
}

/** "MS" for "Mirela Shehu": the placeholder's letters. */
export function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => Array.from(w)[0] ?? "").join("").toLocaleUpperCase("sq");
}

/** The committees a councillor sits on now (no end date), chairs first. */
export function currentSeats<T extends { leftOn?: string | null; role: string }>(seats: readonly T[]): T[] {
  return seats.filter((s) => !s.leftOn).sort((a, b) => Number(b.role === "CHAIR") - Number(a.role === "CHAIR"));
}

/** Case- and diacritics-insensitive search ("buxhet" finds "Buxheti", "cerdhe" finds "çerdhe"). */
export function folded(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLocaleLowerCase("sq");
}
