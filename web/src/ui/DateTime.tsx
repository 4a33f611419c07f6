import { useTranslation } from "react-i18next";
import { localeOf } from "../app/i18n/locale";
import { COUNCIL_TIME_ZONE } from "../app/time";

type Style = "full" | "short" | "time";

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  full: { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" },
  short: { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" },
  time: { hour: "2-digit", minute: "2-digit" },
};

const SQ_WEEKDAYS = ["e diel", "e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë"];
const SQ_MONTHS = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"];

/**
 * Some browsers (Debian's Chromium among them) ship without Albanian locale
 * data and would silently answer in English; there we spell the date in
 * Albanian ourselves, still reading the Tirana clock through Intl.
 */
export function formatAlbanianFallback(date: Date, style: Style): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: COUNCIL_TIME_ZONE,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "";
  const weekdayIndex = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(get("weekday"));
  const time = `${get("hour")}:${get("minute")}`;
  const day = `${Number(get("day"))} ${SQ_MONTHS[Number(get("month")) - 1]} ${get("year")}`;
  if (style === "time") return time;
  if (style === "short") return `${day}, ${time}`;
  return `${SQ_WEEKDAYS[weekdayIndex] ?? ""}, ${day}, ora ${time}`;
}

const supportsAlbanian = Intl.DateTimeFormat.supportedLocalesOf(["sq"]).length > 0;

export function formatCouncilTime(iso: string, language: string, style: Style = "short"): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (language !== "en" && !supportsAlbanian) return formatAlbanianFallback(date, style);
  return new Intl.DateTimeFormat(localeOf(language), {
    ...OPTIONS[style],
    hourCycle: "h23",
    timeZone: COUNCIL_TIME_ZONE,
  }).format(date);
}

export function useFormatDateTime(): (iso: string, style?: Style) => string {
  const { i18n } = useTranslation();
  return (iso, style = "short") => formatCouncilTime(iso, i18n.language, style);
}

/** A moment in Tirana time, in the reader's language, machine-readable too. */
export function DateTime({ iso, style = "short" }: { iso: string; style?: Style }) {
  const format = useFormatDateTime();
  return <time dateTime={iso}>{format(iso, style)}</time>;
}
