/**
 * Which session the public dashboard shows (`liveSession`): the session in progress (or suspended),
 * else the next scheduled one (from a day ago on), else the latest closed one. One statement, its id
 * as `id`; it depends on the clock as well as on the data, so the public read cache keys on its answer too.
 */
export const LIVE_SESSION_PICK = `SELECT id FROM (
  (SELECT id, 1 AS rank, started_at AS at FROM council_session WHERE status IN ('IN_PROGRESS','SUSPENDED') ORDER BY started_at DESC LIMIT 1)
  UNION ALL
  (SELECT id, 2, scheduled_at FROM council_session WHERE status = 'SCHEDULED' AND scheduled_at > now() - interval '1 day' ORDER BY scheduled_at LIMIT 1)
  UNION ALL
  (SELECT id, 3, closed_at FROM council_session WHERE status = 'CLOSED' ORDER BY closed_at DESC LIMIT 1)
) pick ORDER BY rank LIMIT 1`;
