// Months as the KPI page names them: "2026-05", in Tirana time.
import { COUNCIL_TIME_ZONE } from "../app/time";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return !!value && MONTH.test(value);
}

/** The current month in Tirana ("2026-05"). */
export function currentMonth(nowMs: number = Date.now()): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: COUNCIL_TIME_ZONE, year: "numeric", month: "2-digit" }).formatToParts(
    new Date(nowMs),
  );
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}`;
}

/** The month `delta` months away ("2026-01", -1 → "2025-12"). */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

const SQ_MONTHS = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"];
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SQ_SHORT = ["jan", "shk", "mar", "pri", "maj", "qer", "kor", "gus", "sht", "tet", "nën", "dhj"];
const EN_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "maj 2026" / "May 2026"; `short` for chart axes ("maj 26"). Spelled here
 * rather than through Intl: Debian's Chromium has no Albanian month names.
 */
export function monthLabel(month: string, language: string, short = false): string {
  if (!isMonth(month)) return month;
  const [y, m] = month.split("-").map(Number);
  const names = language === "en" ? (short ? EN_SHORT : EN_MONTHS) : short ? SQ_SHORT : SQ_MONTHS;
  return short ? `${names[m - 1]} ${String(y).slice(2)}` : `${names[m - 1]} ${y}`;
}

/** A number in the reader's language: "85,5" in Albanian, "85.5" in English; null as null. */
export function formatDecimal(value: number | null | undefined, language: string, digits = 1): string | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  const fixed = value.toFixed(digits).replace(/\.0+$/, "");
  const [whole, fraction] = fixed.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digitsOnly = sign ? whole.slice(1) : whole;
  // Thousands: a (narrow) space in Albanian, a comma in English.
  const grouped = digitsOnly.length > 4 ? digitsOnly.replace(/\B(?=(\d{3})+(?!\d))/g, language === "en" ? "," : "\u202f") : digitsOnly;
  const decimal = language === "en" ? "." : ",";
  return `${sign}${grouped}${fraction ? decimal + fraction : ""}`;
}
