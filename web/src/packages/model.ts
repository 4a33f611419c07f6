// Meeting packages in the client: what a document is called and shown as, and the checks an upload
// gets before it leaves the browser (the server checks again, by content: these only spare a wait).
import type { DocumentKind } from "../gql/graphql";

export const DOCUMENT_KINDS: readonly DocumentKind[] = ["NOTICE", "AGENDA", "DRAFT_ACT", "REPORT", "SUPPORTING"];

/** The extensions the file picker offers (the server decides by content). */
export const ACCEPT = ".pdf,.docx,.odt,.xlsx,.csv,.jpg,.jpeg,.png,application/pdf,text/csv,image/jpeg,image/png";
const EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "csv", "jpg", "jpeg", "png"];

const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "application/vnd.oasis.opendocument.text": "ODT",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
  "text/csv": "CSV",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
};

export function typeLabel(mediaType: string): string {
  return TYPE_LABELS[mediaType] ?? mediaType;
}

/** 1536 → "1,5 kB", 3 400 000 → "3,2 MB" (1024-based, the way the limit is counted). */
export function formatSize(bytes: number, locale: string): string {
  const units = ["B", "kB", "MB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

export type PrecheckProblem = "empty" | "tooLarge" | "type" | null;

/** What the browser can tell before sending: an empty file, one over the limit, a name none of the types has. */
export function precheck(file: { name: string; size: number }, maxBytes: number | null): PrecheckProblem {
  if (file.size === 0) return "empty";
  if (maxBytes !== null && file.size > maxBytes) return "tooLarge";
  const ext = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (!ext || !EXTENSIONS.includes(ext)) return "type";
  return null;
}

/** A title from a file name: "Projektvendim_buxheti-2027.pdf" → "Projektvendim buxheti-2027". */
export function titleFromFileName(name: string): string {
  return name.replace(/\.[A-Za-z0-9]{1,5}$/, "").replace(/_+/g, " ").replace(/\s+/g, " ").trim();
}

/** The documents of one place in the package (the session's own, or an item's), grouped for the page. */
export type PackageGroup<D> = { key: string; position: number | null; title: string | null; packageUrl: string | null; documents: D[] };

export function packageGroups<D>(session: {
  packageUrl: string | null; documents: D[]; agenda: { id: string; position: number; title: string; packageUrl: string | null; documents: D[] }[];
}): PackageGroup<D>[] {
  const items = [...session.agenda].sort((a, b) => a.position - b.position);
  return [
    { key: "session", position: null, title: null, packageUrl: null, documents: session.documents },
    ...items.map((i) => ({ key: i.id, position: i.position, title: i.title, packageUrl: i.packageUrl, documents: i.documents })),
  ];
}

export function documentCount(session: { documents: unknown[]; agenda: { documents: unknown[] }[] }): number {
  return session.documents.length + session.agenda.reduce((n, i) => n + i.documents.length, 0);
}
