/**
 * The One Stop Shop KPI query at scale (issue 4, point 8): loads 1,000,000
 * service requests spread over the twelve months before the current one (about
 * 83,000 a month, with a realistic mix of states, ratings and complaints), then
 * times `ossKpis(month)` and `ossKpiBreakdown(month)` over HTTP, one request at
 * a time, and reports the median and p99.
 */
import pg from "pg";

export type KpiResult = {
  rows: number; loadSeconds: number; month: string; monthRows: number; runs: number;
  kpis: { medianMs: number; p99Ms: number; maxMs: number };
  breakdown: { medianMs: number; p99Ms: number; maxMs: number };
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (n: number) => Math.round(n * 100) / 100;

export async function kpiScenario(dbUrl: string, url: string, rows: number, runs: number): Promise<KpiResult> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const t0 = performance.now();
  // Bulk rows in SQL: received within office hours of the last 12 whole months; 90 % closed.
  await client.query(`
    WITH ids AS (SELECT (SELECT array_agg(id ORDER BY code) FROM service_type) AS types, (SELECT array_agg(id ORDER BY code) FROM office) AS offices,
                        date_trunc('month', now()) - interval '12 months' AS since,
                        extract(epoch FROM date_trunc('month', now()) - (date_trunc('month', now()) - interval '12 months'))::bigint AS span)
    INSERT INTO service_request (reference, service_type_id, office_id, received_at, citizen_gender, status, allowed_minutes,
      due_at, at_risk_at, sla_state, next_check_at, paused_at, waiting_minutes, completed_at, processing_minutes)
    SELECT 'B-' || g, ids.types[1 + g % array_length(ids.types, 1)], ids.offices[1 + g % array_length(ids.offices, 1)], r.received,
      (ARRAY['FEMALE','MALE','MALE','FEMALE',NULL])[1 + (g % 5)],
      CASE WHEN g % 10 = 0 THEN 'IN_PROGRESS' WHEN g % 17 = 0 THEN 'REJECTED' ELSE 'COMPLETED' END,
      2400, r.received + interval '7 days', r.received + interval '5 days',
      CASE WHEN g % 10 = 0 THEN (CASE WHEN r.received + interval '7 days' < now() THEN 'BREACHED' ELSE 'ON_TRACK' END)
           WHEN g % 4 = 0 THEN 'MISSED' ELSE 'MET' END,
      NULL, NULL, 0,
      CASE WHEN g % 10 = 0 THEN NULL ELSE r.received + (interval '1 hour' * (1 + g % 200)) END,
      CASE WHEN g % 10 = 0 THEN NULL ELSE (60 + g % 3000) END
    FROM ids, generate_series(1, $1::int) AS g,
      -- spread evenly but not in order over the twelve months (7919 is prime)
      LATERAL (SELECT ids.since + interval '1 second' * ((g::bigint * 7919) % ids.span) AS received) r`, [rows]);
  await client.query(`INSERT INTO satisfaction_rating (request_id, rating, rated_at)
    SELECT id, 1 + (abs(hashtext(id::text)) % 5), completed_at FROM service_request WHERE reference LIKE 'B-%' AND status = 'COMPLETED' AND abs(hashtext(id::text)) % 3 = 0`);
  await client.query(`INSERT INTO complaint (office_id, request_id, received_at, description)
    SELECT office_id, id, completed_at, 'Bench' FROM service_request WHERE reference LIKE 'B-%' AND sla_state = 'MISSED' AND abs(hashtext(id::text)) % 20 = 0`);
  await client.query("VACUUM ANALYZE"); // what autovacuum does in production: fresh statistics and visibility map
  const loadSeconds = round((performance.now() - t0) / 1000);
  const [{ month }] = (await client.query("SELECT to_char(now() - interval '1 month', 'YYYY-MM') AS month")).rows;
  const [{ n }] = (await client.query(
    "SELECT count(*)::int AS n FROM service_request WHERE received_at >= ($1 || '-01')::timestamp AT TIME ZONE 'Europe/Tirane' AND received_at < (($1 || '-01')::timestamp + interval '1 month') AT TIME ZONE 'Europe/Tirane'", [month])).rows;
  const [{ total }] = (await client.query("SELECT count(*)::int AS total FROM service_request")).rows;
  await client.end();

  const time = async (query: string) => {
    const samples: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const s = performance.now();
      const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      if (i >= 3) samples.push(performance.now() - s); // the first three warm the caches
    }
    samples.sort((a, b) => a - b);
    return { medianMs: round(percentile(samples, 50)), p99Ms: round(percentile(samples, 99)), maxMs: round(samples.at(-1)!) };
  };
  const kpis = await time(`{ ossKpis(month: "${month}") { received completed completedWithinSlaPct avgProcessingWorkingHours medianProcessingWorkingHours openBreaches complaints avgSatisfaction receivedFromWomen receivedFromMen } }`);
  const breakdown = await time(`{ ossKpiBreakdown(month: "${month}") { office { code } serviceType { code } received completed completedWithinSlaPct avgProcessingWorkingHours openBreaches complaints avgSatisfaction } }`);
  return { rows: total, loadSeconds, month, monthRows: n, runs, kpis, breakdown };
}
