// Half-years as the indicator counts them (Elbasan plan OS-4 point 8: reported
// every six months): "2026-H1" = January–June, "2026-H2" = July–December, in
// Tirana time, as the server's `period` arguments spell them.
import { COUNCIL_TIME_ZONE } from "../app/time";

const PERIOD = /^(\d{4})-H([12])$/;

export function isPeriod(value: string | null | undefined): value is string {
  return !!value && PERIOD.test(value);
}

/** The half-year a moment falls in, on the Tirana calendar. */
export function periodOf(moment: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: COUNCIL_TIME_ZONE, year: "numeric", month: "2-digit" }).formatToParts(moment);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? "0");
  return `${get("year")}-H${get("month") <= 6 ? 1 : 2}`;
}

export function currentPeriod(nowMs: number = Date.now()): string {
  return periodOf(new Date(nowMs));
}

/** The half-year `delta` half-years away ("2026-H1", -1 → "2025-H2"). */
export function shiftPeriod(period: string, delta: number): string {
  const m = PERIOD.exec(period);
  if (!m) return period;
  const index = Number(m[1]) * 2 + (Number(m[2]) - 1) + delta;
  return `${Math.floor(index / 2)}-H${(index % 2) + 1}`;
}

/** The `count` half-years up to and including `last`, newest first. */
export function recentPeriods(count: number, last: string = currentPeriod()): string[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(last, -i));
}

/**
 * "korrik–dhjetor 2026" / "July–December 2026"; `short` for chart axes
 * ("kor–dhj 2026"). Spelled here: Debian's Chromium has no Albanian month names.
 */
export function periodLabel(period: string, language: string, short = false): string {
  const m = PERIOD.exec(period);
  if (!m) return period;
  const first = m[2] === "1";
  const names =
    language === "en"
      ? short
        ? first ? ["Jan", "Jun"] : ["Jul", "Dec"]
        : first ? ["January", "June"] : ["July", "December"]
      : short
        ? first ? ["jan", "qer"] : ["kor", "dhj"]
        : first ? ["janar", "qershor"] : ["korrik", "dhjetor"];
  return `${names[0]}–${names[1]} ${m[1]}`;
}

/** A number in the reader's language: "28,57" in Albanian, "28.57" in English; null stays null. */
export function formatNumber(value: number | null | undefined, language: string, digits = 1): string | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  const fixed = value.toFixed(digits);
  const trimmed = fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
  const [whole, fraction] = trimmed.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digitsOnly = sign ? whole.slice(1) : whole;
  const grouped = digitsOnly.length > 4 ? digitsOnly.replace(/\B(?=(\d{3})+(?!\d))/g, language === "en" ? "," : "\u202f") : digitsOnly;
  return `${sign}${grouped}${fraction ? (language === "en" ? "." : ",") + fraction : ""}`;
}

/** "28,6 %" — a percentage as the report prints it (one decimal; the downloads keep the API's two). */
export function formatPercent(value: number | null | undefined, language: string, digits = 1): string | null {
  const n = formatNumber(value, language, digits);
  return n === null ? null : `${n} %`;
}
