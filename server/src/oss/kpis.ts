import type { DataSource } from "typeorm";
import { rows } from "../platform/db/rows.js";
import { tiranaMonthRange } from "../platform/tirana-time.js";
import type { OssKpis } from "./model.js";


type Figures = Omit<OssKpis, "month">;
/** The grouping key of a figure's row (absent when not grouped; a complaint may name no request, so no service type). */
type Key = { office_id?: string; service_type_id?: string | null };
type ReceivedRow = Key & { received: number; women: number; men: number };
type CompletedRow = Key & { completed: number; met: number; avg_hours: string | null; median_hours: number | null };
type BreachesRow = Key & { open_breaches: number };
type ComplaintsRow = Key & { complaints: number };
type RatingsRow = Key & { ratings: number; avg_rating: number | null };

/**
 * The monthly KPIs of the One Stop Shop (Elbasan plan OS-1 point 3, action 29):
 * requests received and completed, % completed within SLA, average and median
 * processing time in working hours, open breaches, complaints, satisfaction,
 * and counts by the citizen's gender. Each figure is one indexed range scan
 * over the month, whatever the size of the table; `groupBy` splits them per
 * office and service type.
 */
export async function monthKpis(ds: DataSource, month: string, groupBy: "none" | "officeAndType" = "none"): Promise<(Figures & { officeId?: string; serviceTypeId?: string })[]> {
  const grouped = groupBy === "officeAndType";
  const keySel = grouped ? "office_id, service_type_id," : "";
  const group = grouped ? "GROUP BY office_id, service_type_id" : "";
  // The month's bounds in Tirana time, as parameters, so every figure is an index range scan.
  const range = tiranaMonthRange(month);
  const [received, completed, breaches, complaints, ratings] = await Promise.all([
    rows<ReceivedRow>(ds, `SELECT ${keySel} count(*)::int AS received,
        count(*) FILTER (WHERE citizen_gender = 'FEMALE')::int AS women, count(*) FILTER (WHERE citizen_gender = 'MALE')::int AS men
      FROM service_request WHERE received_at >= $1 AND received_at < $2 ${group}`, range),
    rows<CompletedRow>(ds, `SELECT ${keySel} count(*)::int AS completed, count(*) FILTER (WHERE sla_state = 'MET')::int AS met,
        avg(processing_minutes) / 60 AS avg_hours, percentile_cont(0.5) WITHIN GROUP (ORDER BY processing_minutes) / 60 AS median_hours
      FROM service_request WHERE status = 'COMPLETED' AND completed_at >= $1 AND completed_at < $2 ${group}`, range),
    rows<BreachesRow>(ds, `SELECT ${keySel} count(*)::int AS open_breaches
      FROM service_request WHERE received_at >= $1 AND received_at < $2
        AND status NOT IN ('COMPLETED','REJECTED') AND sla_state = 'BREACHED' ${group}`, range),
    rows<ComplaintsRow>(ds, `SELECT ${grouped ? "c.office_id, r.service_type_id," : ""} count(*)::int AS complaints
      FROM complaint c LEFT JOIN service_request r ON r.id = c.request_id
      WHERE c.received_at >= $1 AND c.received_at < $2 ${grouped ? "GROUP BY c.office_id, r.service_type_id" : ""}`, range),
    rows<RatingsRow>(ds, `SELECT ${grouped ? "r.office_id, r.service_type_id," : ""} count(*)::int AS ratings, avg(s.rating)::float AS avg_rating
      FROM satisfaction_rating s ${grouped ? "JOIN service_request r ON r.id = s.request_id" : ""}
      WHERE s.rated_at >= $1 AND s.rated_at < $2 ${grouped ? "GROUP BY r.office_id, r.service_type_id" : ""}`, range),
  ]);

  const byKey = new Map<string, Figures & { officeId?: string; serviceTypeId?: string }>();
  const entry = (r: Key) => {
    const key = grouped ? `${r.office_id}/${r.service_type_id ?? ""}` : "all";
    let e = byKey.get(key);
    if (!e) {
      e = {
        ...(grouped ? { officeId: r.office_id, serviceTypeId: r.service_type_id ?? undefined } : {}),
        received: 0, completed: 0, completedWithinSlaPct: null, avgProcessingWorkingHours: null, medianProcessingWorkingHours: null,
        openBreaches: 0, complaints: 0, avgSatisfaction: null, ratings: 0, receivedFromWomen: 0, receivedFromMen: 0, receivedGenderUnknown: 0,
      };
      byKey.set(key, e);
    }
    return e;
  };
  if (!grouped) entry({});
  for (const r of received) {
    const e = entry(r);
    e.received = r.received;
    e.receivedFromWomen = r.women;
    e.receivedFromMen = r.men;
    e.receivedGenderUnknown = e.received - e.receivedFromWomen - e.receivedFromMen;
  }
  for (const r of completed) {
    const e = entry(r);
    e.completed = r.completed;
    if (e.completed > 0) {
      e.completedWithinSlaPct = round((100 * r.met) / e.completed);
      e.avgProcessingWorkingHours = round(Number(r.avg_hours));
      e.medianProcessingWorkingHours = round(Number(r.median_hours));
    }
  }
  for (const r of breaches) entry(r).openBreaches = r.open_breaches;
  for (const r of complaints) entry(r).complaints = r.complaints;
  for (const r of ratings) {
    const e = entry(r);
    e.ratings = r.ratings;
    e.avgSatisfaction = e.ratings > 0 ? round(Number(r.avg_rating)) : null;
  }
  return [...byKey.values()].filter((e) => !grouped || e.received + e.completed + e.openBreaches + e.complaints + e.ratings > 0);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The `count` months up to and including `month`, oldest first. */
export function monthsUpTo(month: string, count: number): string[] {
  const [y, m] = month.split("-").map(Number);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  return out;
}
