import type { DocumentRequestFilter, DocumentRequestOutcome, DocumentRequestStatus, SlaState } from "../gql/graphql";

/** The register's filters as they live in the address (`/kerkesat-per-dokumente?gjendja=…`). */
export type RequestFilters = { search: string; status: DocumentRequestStatus | ""; outcome: DocumentRequestOutcome | ""; sla: SlaState | ""; page: number };

export const STATUSES: readonly DocumentRequestStatus[] = ["RECEIVED", "IN_PROGRESS", "CLOSED"];
export const OUTCOMES: readonly DocumentRequestOutcome[] = ["GRANTED", "PARTLY_GRANTED", "REFUSED", "TRANSFERRED"];
export const SLA_STATES: readonly SlaState[] = ["ON_TRACK", "AT_RISK", "BREACHED", "MET", "MISSED"];
export const PAGE_SIZE = 20;
export const NO_FILTERS: RequestFilters = { search: "", status: "", outcome: "", sla: "", page: 1 };

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | "" => (allowed.includes(value as T) ? (value as T) : "");

export function filtersFromSearch(params: URLSearchParams): RequestFilters {
  const page = Number(params.get("faqja"));
  return {
    search: (params.get("kerko") ?? "").slice(0, 100),
    status: pick(params.get("gjendja"), STATUSES),
    outcome: pick(params.get("pergjigjja"), OUTCOMES),
    sla: pick(params.get("afati"), SLA_STATES),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function searchFromFilters(f: RequestFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.search.trim()) p.set("kerko", f.search.trim());
  if (f.status) p.set("gjendja", f.status);
  if (f.outcome) p.set("pergjigjja", f.outcome);
  if (f.sla) p.set("afati", f.sla);
  if (f.page > 1) p.set("faqja", String(f.page));
  return p;
}

export const isFiltered = (f: RequestFilters) => !!(f.search.trim() || f.status || f.outcome || f.sla);

export function toRequestFilter(f: RequestFilters): DocumentRequestFilter {
  return { search: f.search.trim() || null, status: f.status || null, outcome: f.outcome || null, slaState: f.sla || null };
}

/** The late mark: answered after the due moment, or still open past it. */
export function isLate(r: { slaState: SlaState }): boolean {
  return r.slaState === "MISSED" || r.slaState === "BREACHED";
}

/** What the secretariat may still do with a request. */
export function actionsFor(r: { status: DocumentRequestStatus; extendedAt: string | null; dueAt: string }, now: Date) {
  const open = r.status !== "CLOSED";
  return {
    start: r.status === "RECEIVED",
    extend: open && !r.extendedAt && now.getTime() < new Date(r.dueAt).getTime(),
    decide: r.status === "IN_PROGRESS",
  };
}
