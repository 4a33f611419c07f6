import { type Queryable, rows } from "../platform/db/rows.js";

/** A published minutes row: what the `minutes` field needs besides its session. */
export type PublishedRow = { session_id: string; published_at: Date; sha256: string };

/** The published minutes of these sessions, by session id (unpublished ones are absent). */
export async function publishedMinutes(db: Queryable, sessionIds: readonly string[]): Promise<Map<string, PublishedRow>> {
  const found = await rows<PublishedRow>(db, "SELECT session_id, published_at, sha256 FROM minutes WHERE session_id = ANY($1::uuid[])", [[...new Set(sessionIds)]]);
  return new Map(found.map((r) => [r.session_id, r]));
}
