/**
 * The register of decisions' rules as plain functions of plain data (docs/decisions.md, "Register of decisions
 * and search"). The database and GraphQL layers call these; they never call back.
 */

/** What a decision is about, for the register's filter [lloji]. */
export enum DecisionKind {
  BUDGET = "BUDGET", // buxheti dhe financat
  FEES = "FEES", // taksat dhe tarifat vendore
  REGULATION = "REGULATION", // rregullore
  PROPERTY = "PROPERTY", // pasuria publike
  PLANNING = "PLANNING", // territori dhe urbanistika
  SERVICES = "SERVICES", // shërbimet publike (mbetjet, çerdhet, transporti…)
  NAMING = "NAMING", // emërtime
  PROCEDURAL = "PROCEDURAL", // procedurale (procesverbali, rendi i ditës)
  OTHER = "OTHER",
}

/**
 * The review of an act's legality after the council adopts it: the prefect [Prefekti] in Albania, the Ministry of
 * Local Government Administration (MAPL) in Kosovo. The secretariat sends the act and records the answer.
 */
export enum ReviewStatus {
  NOT_SENT = "NOT_SENT", // pa dërguar
  SENT = "SENT", // dërguar për shqyrtim
  UPHELD = "UPHELD", // në përputhje me ligjin
  RETURNED = "RETURNED", // kthyer për rishqyrtim në këshill
  CONTESTED = "CONTESTED", // ankimuar në gjykatë
  ANNULLED = "ANNULLED", // shfuqizuar nga gjykata
}

export enum ReviewAuthority {
  PREFECT = "PREFECT", // Prefekti i Qarkut (Albania)
  MINISTRY = "MINISTRY", // MAPL (Kosovo)
}

/**
 * The moves of a review: an act is sent; the reviewer upholds it, returns it to the council for a second look, or
 * takes it to court; an act returned is sent again (after the council re-examines it) or contested; the court
 * upholds or annuls. UPHELD and ANNULLED are final. Recording the same status again (a new date or note) is a correction.
 */
const REVIEW_MOVES: Record<ReviewStatus, readonly ReviewStatus[]> = {
  [ReviewStatus.NOT_SENT]: [ReviewStatus.SENT],
  [ReviewStatus.SENT]: [ReviewStatus.UPHELD, ReviewStatus.RETURNED, ReviewStatus.CONTESTED],
  [ReviewStatus.RETURNED]: [ReviewStatus.SENT, ReviewStatus.CONTESTED],
  [ReviewStatus.CONTESTED]: [ReviewStatus.UPHELD, ReviewStatus.ANNULLED],
  [ReviewStatus.UPHELD]: [],
  [ReviewStatus.ANNULLED]: [],
};

export function canMoveReview(from: ReviewStatus, to: ReviewStatus): boolean {
  return from === to ? from !== ReviewStatus.NOT_SENT : REVIEW_MOVES[from].includes(to);
}

export function reviewMovesFrom(from: ReviewStatus): readonly ReviewStatus[] {
  return REVIEW_MOVES[from];
}

/** Decision numbers run per body and calendar year (Tirana), from 1: the next is one more than the highest given. */
export function nextDecisionNumber(highest: number | null): number {
  return (highest ?? 0) + 1;
}

// ---- Search ----

/**
 * Albanian endings taken off a search word so that its other forms match as prefixes: çerdhe, çerdhja, çerdhes,
 * çerdhen all begin with "cerdh"; mbetje, mbetjet, mbetjeve with "mbetj"; këshilli, këshillit with "keshill".
 * Longest first; one ending per word, and never below MIN_STEM letters.
 */
const ENDINGS = ["ave", "eve", "ive", "es", "en", "it", "in", "ja", "je", "ia", "ie", "ve", "a", "e", "i", "t", "s"]; // folded: "ës" is "es"
const MIN_STEM = 4;
/** Albanian particles and prepositions, folded: as prefixes they would match nearly every text ("i" → "inspektim"). */
const STOP_WORDS = new Set(["a", "e", "i", "o", "u", "te", "se", "ne", "per", "dhe", "me", "nga", "qe", "ose", "mbi", "ka", "si"]);
const MAX_TERMS = 8;

/** Lower case (Albanian), without diacritics, as the `kuvend_sq` text search configuration reads text. */
export function foldForSearch(text: string): string {
  return text.toLocaleLowerCase("sq").normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * The words of a free-text search as prefixes for PostgreSQL's full text search: folded (case, diacritics),
 * split on anything that is not a letter or a digit, particles left out (unless there is nothing else), each
 * shortened by one Albanian ending, at most eight. Every term must match (AND). No terms (an empty or
 * punctuation-only text) means no text filter.
 */
export function searchTerms(text: string): string[] {
  const all = foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  const words = meaningful.length > 0 ? meaningful : all;
  const terms: string[] = [];
  for (const word of words) {
    const term = stem(word);
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}
