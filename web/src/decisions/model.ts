// The register's filters live in the address (/vendimet?viti=2026&organi=…&rezultati=PASSED&lloji=SERVICES&q=mbetje&faqja=2),
// so a journalist can share exactly what they are looking at; the open-data files take the same words.
import type { DecisionFilter, DecisionKind, VoteOutcome } from "../gql/graphql";

export type DecisionFilters = {
  year: string;
  bodyId: string;
  outcome: VoteOutcome | "";
  kind: DecisionKind | "";
  text: string;
  /** 1-based. */
  page: number;
};

export const PAGE_SIZE = 20;

/** Query-string names, in Albanian like the routes (the server's open-data files read the same). */
export const PARAMS = { year: "viti", bodyId: "organi", outcome: "rezultati", kind: "lloji", text: "q", page: "faqja" } as const;

export const OUTCOMES: readonly VoteOutcome[] = ["PASSED", "FAILED"];
export const DECISION_KINDS: readonly DecisionKind[] = [
  "BUDGET", "FEES", "REGULATION", "PROPERTY", "PLANNING", "SERVICES", "NAMING", "PROCEDURAL", "OTHER",
];

export const NO_FILTERS: DecisionFilters = { year: "", bodyId: "", outcome: "", kind: "", text: "", page: 1 };

export function filtersFromSearch(search: URLSearchParams): DecisionFilters {
  const year = search.get(PARAMS.year) ?? "";
  const outcome = search.get(PARAMS.outcome) ?? "";
  const kind = search.get(PARAMS.kind) ?? "";
  const page = Number(search.get(PARAMS.page) ?? "1");
  return {
    year: /^\d{4}$/.test(year) ? year : "",
    bodyId: search.get(PARAMS.bodyId) ?? "",
    outcome: (OUTCOMES as readonly string[]).includes(outcome) ? (outcome as VoteOutcome) : "",
    kind: (DECISION_KINDS as readonly string[]).includes(kind) ? (kind as DecisionKind) : "",
    text: (search.get(PARAMS.text) ?? "").slice(0, 200),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address for these filters; empty ones (and page 1) are left out. */
export function searchFromFilters(filters: DecisionFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.year) search.set(PARAMS.year, filters.year);
  if (filters.bodyId) search.set(PARAMS.bodyId, filters.bodyId);
  if (filters.outcome) search.set(PARAMS.outcome, filters.outcome);
  if (filters.kind) search.set(PARAMS.kind, filters.kind);
  if (filters.text.trim()) search.set(PARAMS.text, filters.text.trim());
  if (filters.page > 1) search.set(PARAMS.page, String(filters.page));
  return search;
}

export function toDecisionFilter(filters: DecisionFilters): DecisionFilter {
  return {
    year: filters.year ? Number(filters.year) : null,
    bodyId: filters.bodyId || null,
    outcome: filters.outcome || null,
    kind: filters.kind || null,
    text: filters.text.trim() || null,
  };
}

export function isFiltered(filters: DecisionFilters): boolean {
  return !!(filters.year || filters.bodyId || filters.outcome || filters.kind || filters.text.trim());
}

/** The open-data file of the register with the same filters (every page). */
export function openDataHref(format: "csv" | "json", filters: DecisionFilters): string {
  const search = searchFromFilters({ ...filters, page: 1 }).toString();
  return `/open-data/decisions.${format}${search ? `?${search}` : ""}`;
}

/** The server marks the matched words between U+E000 and U+E001: split into plain and matched pieces. */
export function highlightParts(text: string): { text: string; matched: boolean }[] {
  const parts: { text: string; matched: boolean }[] = [];
  for (const [i, piece] of text.split("\uE000").entries()) {
    if (i === 0) {
      if (piece) parts.push({ text: piece, matched: false });
      continue;
    }
    const end = piece.indexOf("\uE001");
    const matched = end < 0 ? piece : piece.slice(0, end);
    const rest = end < 0 ? "" : piece.slice(end + 1);
    if (matched) parts.push({ text: matched, matched: true });
    if (rest) parts.push({ text: rest, matched: false });
  }
  return parts;
}

/** "Nr. 97/2026", or null before the secretariat registers it. */
export function decisionReference(d: { number: number | null | undefined; year: number }): string | null {
  return d.number ? `${d.number}/${d.year}` : null;
}
