import { useTranslation } from "react-i18next";
import { COUNCIL_TIME_ZONE } from "../app/time";

const MONTHS = {
  sq: ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** "27 mars 2026": a Tirana calendar day, spelled here (some browsers have no Albanian month names). */
export function dayText(isoOrDay: string, language: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDay)
    ? isoOrDay
    : new Intl.DateTimeFormat("en-CA", { timeZone: COUNCIL_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(isoOrDay));
  const [y, m, d] = day.split("-").map(Number);
  const month = (language === "en" ? MONTHS.en : MONTHS.sq)[m - 1];
  return `${d} ${month} ${y}`;
}

/** A day (YYYY-MM-DD) or the Tirana day of a moment, machine-readable too. */
export function Day({ value }: { value: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={value}>{dayText(value, i18n.language)}</time>;
}
