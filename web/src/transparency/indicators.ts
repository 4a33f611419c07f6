// The scorecard's indicators in the order the server gives them
// (docs/initiatives.md, "Scorecard"), and how each reads in words.
import type { TransparencyScorecardQuery } from "../gql/graphql";

export type Indicator = TransparencyScorecardQuery["transparencyScorecard"]["indicators"][number];

export const INDICATOR_KEYS = [
  "notice",
  "minutes",
  "drafts",
  "declarations",
  "initiativesByWomen",
  "consultationWomen",
  "consultationReports",
  "commentsAnswered",
  "petitionsReviewed",
  "petitionsAnswered",
  "documentRequests",
  "consultationNotice",
  "participationWomen",
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export function isKnownIndicator(key: string): key is IndicatorKey {
  return (INDICATOR_KEYS as readonly string[]).includes(key);
}

/** What the card says about the target: met, not met, nothing to measure yet, or a count without a target. */
export type Verdict = "met" | "missed" | "noData" | "noTarget";

export function verdictOf(indicator: Indicator): Verdict {
  if (indicator.target === null) return "noTarget";
  if (indicator.met === null || indicator.value === null) return "noData";
  return indicator.met ? "met" : "missed";
}
