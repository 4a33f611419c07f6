// The month's KPI breakdown as open data (Elbasan plan OS-1 action 29: a
// monthly KPI dashboard; DOMAIN.md: what is public is published as CSV and
// JSON too). Built in the browser from what the page already shows, with the
// same conventions as the server's /open-data files: camelCase columns, RFC 4180
// CSV with CRLF line ends, quotes only where needed, an empty field for "none".
import type { OssKpiQuery } from "../gql/graphql";
import { csvField } from "../ui/csv";

type BreakdownRow = OssKpiQuery["ossKpiBreakdown"][number];

export const KPI_COLUMNS = [
  "month",
  "officeCode",
  "officeName",
  "serviceCode",
  "serviceName",
  "serviceNameEn",
  "category",
  "received",
  "completed",
  "completedWithinSlaPct",
  "avgProcessingWorkingHours",
  "medianProcessingWorkingHours",
  "openBreaches",
  "complaints",
  "avgSatisfaction",
  "ratings",
  "receivedFromWomen",
  "receivedFromMen",
  "receivedGenderUnknown",
] as const;

export type KpiRecord = Record<(typeof KPI_COLUMNS)[number], string | number | null>;

/** One flat record per office and service, ordered by office then service code. */
export function kpiRecords(rows: readonly BreakdownRow[]): KpiRecord[] {
  return [...rows]
    .sort((a, b) => a.office.name.localeCompare(b.office.name, "sq") || a.serviceType.code.localeCompare(b.serviceType.code))
    .map((r) => ({
      month: r.month,
      officeCode: r.office.code,
      officeName: r.office.name,
      serviceCode: r.serviceType.code,
      serviceName: r.serviceType.name,
      serviceNameEn: r.serviceType.nameEn,
      category: r.serviceType.category,
      received: r.received,
      completed: r.completed,
      completedWithinSlaPct: r.completedWithinSlaPct,
      avgProcessingWorkingHours: r.avgProcessingWorkingHours,
      medianProcessingWorkingHours: r.medianProcessingWorkingHours,
      openBreaches: r.openBreaches,
      complaints: r.complaints,
      avgSatisfaction: r.avgSatisfaction,
      ratings: r.ratings,
      receivedFromWomen: r.receivedFromWomen,
      receivedFromMen: r.receivedFromMen,
      receivedGenderUnknown: r.receivedGenderUnknown,
    }));
}

export function toCsv(records: readonly KpiRecord[]): string {
  const lines = [KPI_COLUMNS.join(","), ...records.map((r) => KPI_COLUMNS.map((c) => csvField(r[c])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

export function toJson(records: readonly KpiRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** "znn-treguesit-2026-05.csv" */
export function kpiFileName(month: string, format: "csv" | "json"): string {
  return `znn-treguesit-${month}.${format}`;
}
