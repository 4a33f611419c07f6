// The half-year's figures as open data (DOMAIN.md: what is public is published
// as CSV and JSON too), built in the browser from what the report shows. Same
// conventions as the server's /open-data files: camelCase, RFC 4180 CSV with
// CRLF line ends, quotes only where needed, an empty field for "none". The
// numbers are the API's, unrounded (the page rounds to one decimal).
import type { ConsultationGenderStatsFieldsFragment, InitiativeGenderStatsFieldsFragment } from "../gql/graphql";
import { csvField } from "../ui/csv";

type Stats = InitiativeGenderStatsFieldsFragment;
type Participation = ConsultationGenderStatsFieldsFragment;

/** One row per figure: the period's totals, then each kind, then each party, then consultations. */
export const REPORT_COLUMNS = ["period", "breakdown", "group", "total", "byWomen", "womenSharePct", "womenSeatSharePct", "ratioToSeatShare"] as const;

export type ReportRow = Record<(typeof REPORT_COLUMNS)[number], string | number | null>;

export type ReportDocument = {
  period: string;
  initiatives: {
    total: number;
    byWomen: number;
    womenSharePct: number | null;
    womenSeatSharePct: number;
    ratioToSeatShare: number | null;
    sponsorships: number;
    allSponsorsWomenSharePct: number | null;
    byKind: { kind: string; total: number; byWomen: number; womenSharePct: number | null }[];
    byParty: { party: string; total: number; byWomen: number; womenSharePct: number | null }[];
  };
  consultations: {
    consultations: number;
    participants: number;
    women: number;
    womenSharePct: number | null;
    targetPct: number;
    meetsTarget: boolean | null;
    vulnerableGroups: number;
  };
  rules: string;
};

/** The JSON download: the figures as the API gives them, with a pointer to how they are counted. */
export function reportDocument(stats: Stats, participation: Participation): ReportDocument {
  return {
    period: stats.period,
    initiatives: {
      total: stats.total,
      byWomen: stats.byWomen,
      womenSharePct: stats.womenSharePct,
      womenSeatSharePct: stats.womenSeatSharePct,
      ratioToSeatShare: stats.ratioToSeatShare,
      sponsorships: stats.sponsorships,
      allSponsorsWomenSharePct: stats.allSponsorsWomenSharePct,
      byKind: stats.byKind.map(({ kind, total, byWomen, womenSharePct }) => ({ kind, total, byWomen, womenSharePct })),
      byParty: stats.byParty.map(({ party, total, byWomen, womenSharePct }) => ({ party, total, byWomen, womenSharePct })),
    },
    consultations: {
      consultations: participation.consultations,
      participants: participation.participants,
      women: participation.women,
      womenSharePct: participation.womenSharePct,
      targetPct: participation.targetPct,
      meetsTarget: participation.meetsTarget,
      vulnerableGroups: participation.vulnerableGroups,
    },
    rules:
      "Lead sponsor FEMALE = proposed by a woman; OTHER and UNDISCLOSED count in totals, never as women; seat share weighted by days served in the period; consultation target 40 % women (Elbasan integrity plan OS-4 points 7 and 8).",
  };
}

/** The CSV download: one flat row per figure. */
export function reportRows(stats: Stats, participation: Participation): ReportRow[] {
  const row = (breakdown: string, group: string, total: number, byWomen: number | null, share: number | null, seat: number | null = null, ratio: number | null = null): ReportRow => ({
    period: stats.period,
    breakdown,
    group,
    total,
    byWomen,
    womenSharePct: share,
    womenSeatSharePct: seat,
    ratioToSeatShare: ratio,
  });
  return [
    row("initiatives", "all", stats.total, stats.byWomen, stats.womenSharePct, stats.womenSeatSharePct, stats.ratioToSeatShare),
    // The API gives the share of women among sponsorships, not their count.
    row("sponsorships", "all", stats.sponsorships, null, stats.allSponsorsWomenSharePct),
    ...stats.byKind.map((k) => row("kind", k.kind, k.total, k.byWomen, k.womenSharePct)),
    ...stats.byParty.map((p) => row("party", p.party, p.total, p.byWomen, p.womenSharePct)),
    row("consultationParticipants", "all", participation.participants, participation.women, participation.womenSharePct, null, null),
  ];
}

export function toCsv(rows: readonly ReportRow[]): string {
  const lines = [REPORT_COLUMNS.join(","), ...rows.map((r) => REPORT_COLUMNS.map((c) => csvField(r[c])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

export function toJson(document: ReportDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** "nismat-sipas-gjinise-2026-H2.csv" */
export function reportFileName(period: string, format: "csv" | "json"): string {
  return `nismat-sipas-gjinise-${period}.${format}`;
}
