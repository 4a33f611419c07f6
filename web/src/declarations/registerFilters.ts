// The register's filters live in the address (/deklaratat?keshilltari=…&lloji=…),
// so a journalist can share exactly what they are looking at. These functions
// translate between the address, the form and the API's DeclarationFilter.
import { tiraneLocalToIso } from "../app/time";
import type { DeclarationFilter, InterestType } from "../gql/graphql";
import { INTEREST_TYPES } from "../sessions/model";

export type RecusedChoice = "" | "yes" | "no";

export type RegisterFilters = {
  councillorId: string;
  sessionId: string;
  interestType: InterestType | "";
  recused: RecusedChoice;
  /** First day, "YYYY-MM-DD", Tirana calendar; "" for no bound. */
  from: string;
  /** Last day, included, "YYYY-MM-DD"; "" for no bound. */
  to: string;
  /** 1-based. */
  page: number;
};

export const PAGE_SIZE = 25;

/** Query-string names, in Albanian like the routes. */
export const PARAMS = {
  councillorId: "keshilltari",
  sessionId: "seanca",
  interestType: "lloji",
  recused: "perjashtim",
  from: "nga",
  to: "deri",
  page: "faqja",
} as const;

const RECUSED_IN_URL: Record<Exclude<RecusedChoice, "">, string> = { yes: "po", no: "jo" };

export const NO_FILTERS: RegisterFilters = {
  councillorId: "",
  sessionId: "",
  interestType: "",
  recused: "",
  from: "",
  to: "",
  page: 1,
};

/** A real calendar day written as YYYY-MM-DD, or null. */
export function parseDay(value: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? "");
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return value as string;
}

/** The calendar day after a YYYY-MM-DD day. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Reads the filters from the address; anything malformed is ignored, not guessed. */
export function filtersFromSearch(search: URLSearchParams): RegisterFilters {
  const type = search.get(PARAMS.interestType) ?? "";
  const recused = search.get(PARAMS.recused);
  const page = Number(search.get(PARAMS.page) ?? "1");
  return {
    councillorId: search.get(PARAMS.councillorId)?.trim() ?? "",
    sessionId: search.get(PARAMS.sessionId)?.trim() ?? "",
    interestType: (INTEREST_TYPES as readonly string[]).includes(type) ? (type as InterestType) : "",
    recused: recused === RECUSED_IN_URL.yes ? "yes" : recused === RECUSED_IN_URL.no ? "no" : "",
    from: parseDay(search.get(PARAMS.from)) ?? "",
    to: parseDay(search.get(PARAMS.to)) ?? "",
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Writes the filters into a query string, leaving out what is not set (and page 1). */
export function searchFromFilters(filters: RegisterFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.councillorId) search.set(PARAMS.councillorId, filters.councillorId);
  if (filters.sessionId) search.set(PARAMS.sessionId, filters.sessionId);
  if (filters.interestType) search.set(PARAMS.interestType, filters.interestType);
  if (filters.recused) search.set(PARAMS.recused, RECUSED_IN_URL[filters.recused]);
  if (filters.from) search.set(PARAMS.from, filters.from);
  if (filters.to) search.set(PARAMS.to, filters.to);
  if (filters.page > 1) search.set(PARAMS.page, String(filters.page));
  return search;
}

/**
 * The API's filter. Days are Tirana calendar days: "from" starts at its
 * midnight in Tirana, "to" includes its whole day, so the API's exclusive
 * bound is the next day's Tirana midnight.
 */
export function toDeclarationFilter(filters: RegisterFilters): DeclarationFilter {
  const filter: DeclarationFilter = {};
  if (filters.councillorId) filter.councillorId = filters.councillorId;
  if (filters.sessionId) filter.sessionId = filters.sessionId;
  if (filters.interestType) filter.interestType = filters.interestType;
  if (filters.recused) filter.recused = filters.recused === "yes";
  const from = filters.from ? tiraneLocalToIso(`${filters.from}T00:00`) : null;
  const to = filters.to ? tiraneLocalToIso(`${nextDay(filters.to)}T00:00`) : null;
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

/** Whether any filter (other than the page) is set. */
export function isFiltered(filters: RegisterFilters): boolean {
  return Boolean(
    filters.councillorId || filters.sessionId || filters.interestType || filters.recused || filters.from || filters.to,
  );
}

/** "from" after "to" can match nothing: the form says so instead of asking. */
export function datesInOrder(filters: Pick<RegisterFilters, "from" | "to">): boolean {
  return !filters.from || !filters.to || filters.from <= filters.to;
}
