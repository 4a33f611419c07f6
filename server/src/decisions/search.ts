/**
 * Search that forgives missing diacritics: the one place with the search's SQL.
 *
 * How it works. `search_text` (migration 1765200000000-DecisionRegister) holds one row per piece of text about an
 * agenda item: (agenda_item_id, source, source_id, label, weight, body), and an indexed tsvector computed by
 * PostgreSQL from `body` with the text search configuration `kuvend_sq` (`simple` after `unaccent`: "Këshilli" is
 * stored as "keshilli", "çerdhe" as "cerdhe"). A search folds the user's words the same way (searchTerms in
 * rules.ts: lower case, no diacritics, one Albanian ending off) and asks for every word as a prefix
 * (`cerdh:* & mbetj:*`), so "keshilli", "Këshilli", "KESHILLI", "cerdhe" and "cerdhja" all find "Këshillit" and
 * "çerdhes". Rows with weight A (titles) rank before B (descriptions) and C (documents).
 *
 * Adding another source of text (e.g. the meeting packages' documents with their extracted PDF text): call
 * `putSearchText(tx, …)` in the command that stores the text, in the same transaction, with its own `source`
 * (e.g. "package_document"), its id as `sourceId`, a `label` to show (the file name) and weight "C"; call
 * `removeSearchText` when it goes (or put the new version's text under the same sourceId). Nothing else changes:
 * every row of search_text is searched, and its best-ranked matching row gives the highlight. A document attached
 * to a session rather than an item goes in under each of that session's items it belongs to, or is left out.
 * Only the first 200,000 characters of a body are indexed (a tsvector holds at most 1 MB).
 * The titles and descriptions of agenda items are kept in search_text by a trigger on agenda_item.
 */
import type { EntityManager } from "typeorm";

/** Marks around the matched words in a highlight (private-use characters, never in council text). */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

export type SearchWeight = "A" | "B" | "C" | "D";

/** The tsquery of the terms in parameter `p` (a text[] of searchTerms): every term, as a prefix. */
function querySql(p: string): string {
  return `to_tsquery('kuvend_sq', (SELECT string_agg(quote_literal(t) || ':*', ' & ') FROM unnest(${p}::text[]) AS t))`;
}

/**
 * A subquery of the agenda items whose text matches the terms in parameter `p`, with their best rank:
 * `(agenda_item_id uuid, rank real)`. Join it to narrow a list to the matching items.
 */
export function matchingItemsSql(p: string): string {
  return `(SELECT st.agenda_item_id, max(ts_rank(st.document, ${querySql(p)})) AS rank
           FROM search_text st WHERE st.document @@ ${querySql(p)} GROUP BY st.agenda_item_id)`;
}

/**
 * A LATERAL subquery giving the best-matching text of the item in column `itemColumn` for the terms in `p`:
 * `(match_source text, match_label text, headline text)`, the matched words between MATCH_START and MATCH_END.
 * For the rows of one page only: ts_headline reads the whole text.
 */
export function headlineSql(p: string, itemColumn: string): string {
  return `LATERAL (SELECT st.source AS match_source, st.label AS match_label,
             ts_headline('kuvend_sq', left(st.body, 200000), ${querySql(p)},
               'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=28, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "') AS headline
           FROM search_text st WHERE st.agenda_item_id = ${itemColumn} AND st.document @@ ${querySql(p)}
           ORDER BY ts_rank(st.document, ${querySql(p)}) DESC, st.weight, st.id LIMIT 1)`;
}

/** Adds or replaces one piece of searchable text about an agenda item (see the top of this file). */
export async function putSearchText(tx: EntityManager, text: {
  agendaItemId: string; source: string; sourceId: string; label?: string | null; weight?: SearchWeight; body: string;
}): Promise<void> {
  await tx.query(
    `INSERT INTO search_text (agenda_item_id, source, source_id, label, weight, body) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (source, source_id) DO UPDATE SET agenda_item_id = EXCLUDED.agenda_item_id, label = EXCLUDED.label,
       weight = EXCLUDED.weight, body = EXCLUDED.body`,
    [text.agendaItemId, text.source, text.sourceId, text.label ?? null, text.weight ?? "C", text.body.replaceAll("\u0000", "")],
  );
}

export async function removeSearchText(tx: EntityManager, source: string, sourceId: string): Promise<void> {
  await tx.query("DELETE FROM search_text WHERE source = $1 AND source_id = $2", [source, sourceId]);
}
