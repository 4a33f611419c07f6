/** The candidates, best first by `rank`: in progress (or suspended), else the next scheduled one (from a day ago on), else the latest closed one. */
const CANDIDATES = `
  (SELECT id, 1 AS rank, started_at AS at FROM council_session WHERE status IN ('IN_PROGRESS','SUSPENDED') ORDER BY started_at DESC LIMIT 1)
  UNION ALL
  (SELECT id, 2, scheduled_at FROM council_session WHERE status = 'SCHEDULED' AND scheduled_at > now() - interval '1 day' ORDER BY scheduled_at LIMIT 1)
  UNION ALL
  (SELECT id, 3, closed_at FROM council_session WHERE status = 'CLOSED' ORDER BY closed_at DESC LIMIT 1)`;

/**
 * Which session the public dashboard shows (`liveSession`): the session in progress (or suspended),
 * else the next scheduled one (from a day ago on), else the latest closed one. One statement, its id
 * as `id`; it depends on the clock as well as on the data, so the public read cache keys on its answer too.
 */
export const LIVE_SESSION_PICK = `SELECT id FROM (${CANDIDATES}) pick ORDER BY rank LIMIT 1`;

/**
 * The same pick with how long it holds without a change to the data, as `holds_ms` (null: until the
 * data changes). Only a scheduled pick expires by itself, a day after its time; the other candidates
 * never enter the window as time passes (it only narrows).
 */
export const LIVE_SESSION_PICK_WITH_EXPIRY = `SELECT id, CASE WHEN rank = 2
    THEN greatest(0, floor(extract(epoch FROM (at + interval '1 day' - now())) * 1000))::float8 END AS holds_ms
  FROM (${CANDIDATES}) pick ORDER BY rank LIMIT 1`;
