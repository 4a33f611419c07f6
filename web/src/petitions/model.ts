import type { PetitionStatus } from "../gql/graphql";

export const PETITION_STATUSES: readonly PetitionStatus[] = ["RECEIVED", "UNDER_REVIEW", "DISCUSSED", "ANSWERED", "REJECTED"];
export const PAGE_SIZE = 20;
export const TITLE_MAX = 300;
export const TEXT_MAX = 20000;

export type PetitionFilters = { status: PetitionStatus | ""; page: number };

/** The register's filters from the address (`?gjendja=DISCUSSED&faqja=2`); anything unknown is ignored. */
export function filtersFromSearch(search: URLSearchParams): PetitionFilters {
  const status = search.get("gjendja") ?? "";
  const page = Number(search.get("faqja"));
  return {
    status: (PETITION_STATUSES as readonly string[]).includes(status) ? (status as PetitionStatus) : "",
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

export function searchFromFilters(f: PetitionFilters): URLSearchParams {
  const s = new URLSearchParams();
  if (f.status) s.set("gjendja", f.status);
  if (f.page > 1) s.set("faqja", String(f.page));
  return s;
}

export function registerHref(f: PetitionFilters): string {
  const s = searchFromFilters(f).toString();
  return s ? `/peticionet?${s}` : "/peticionet";
}

/** Signatures typed one per line: the lines that are not blank. */
export function signatureLines(list: string): number {
  return list.split(/\r?\n/).filter((line) => line.trim() !== "").length;
}

/** Which deadline is running now: the review's until the discussion, then the answer's; none once closed. */
export function runningDeadline(p: { status: PetitionStatus; reviewDueAt: string; answerDueAt: string | null }): { kind: "review" | "answer"; dueAt: string } | null {
  if (p.status === "RECEIVED" || p.status === "UNDER_REVIEW") return { kind: "review", dueAt: p.reviewDueAt };
  if (p.status === "DISCUSSED" && p.answerDueAt) return { kind: "answer", dueAt: p.answerDueAt };
  return null;
}

/** The secretariat's next moves from a status (the server decides; this only chooses which buttons to show). */
export function nextMoves(status: PetitionStatus): ("review" | "discuss" | "answer" | "reject")[] {
  switch (status) {
    case "RECEIVED": return ["review", "reject"];
    case "UNDER_REVIEW": return ["discuss", "reject"];
    case "DISCUSSED": return ["answer"];
    default: return [];
  }
}

/** A date input's value (YYYY-MM-DD) as the start of that day in Tirana, for back-dated paper and answers. */
export function tiranaNoonIso(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  // Noon avoids every daylight-saving edge; the deadlines count whole days.
  const probe = new Date(`${day}T12:00:00Z`);
  const offset = tiranaOffsetMinutes(probe);
  return new Date(probe.getTime() - offset * 60_000).toISOString();
}

function tiranaOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Tirane", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((local - at.getTime()) / 60_000);
}
