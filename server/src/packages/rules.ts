/**
 * The rules of meeting packages as plain functions: which types are accepted, what a stored file
 * is called, how it is served (Content-Disposition) and how it is named inside a ZIP.
 */

/** The accepted types, by the media type found in the content, with the one extension each is stored with. */
export const ACCEPTED_TYPES = {
  "application/pdf": { ext: "pdf", label: "PDF", inline: true },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { ext: "docx", label: "DOCX", inline: false },
  "application/vnd.oasis.opendocument.text": { ext: "odt", label: "ODT", inline: false },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { ext: "xlsx", label: "XLSX", inline: false },
  "text/csv": { ext: "csv", label: "CSV", inline: false },
  "image/jpeg": { ext: "jpg", label: "JPEG", inline: true },
  "image/png": { ext: "png", label: "PNG", inline: true },
} as const;
export type AcceptedType = keyof typeof ACCEPTED_TYPES;

export const ACCEPTED_LABELS = "PDF, DOCX, ODT, XLSX, CSV (UTF-8), JPEG, PNG";

export function isAcceptedType(mediaType: string): mediaType is AcceptedType {
  return Object.hasOwn(ACCEPTED_TYPES, mediaType);
}

/** The longest stored file name, in characters (the database allows 255). */
const MAX_NAME = 200;

/**
 * The name a file is stored and served under: the uploaded name's base (no folders, no control or
 * reserved characters, spaces collapsed, at most 200 characters), with the extension of the type
 * found in its content: `raport.docx` that is really a PDF is stored as `raport.pdf`.
 */
export function storedFileName(uploaded: string | null | undefined, mediaType: AcceptedType, fallback: string): string {
  const ext = ACCEPTED_TYPES[mediaType].ext;
  const base = (uploaded ?? "").split(/[\\/]/).pop() ?? "";
  const stem = cleanName(base.replace(/\.[A-Za-z0-9]{1,5}$/, "")) || cleanName(fallback) || "dokument";
  return `${stem.slice(0, MAX_NAME - ext.length - 1).trim()}.${ext}`;
}

/** Letters, digits, spaces and a few harmless marks; everything else (control characters, quotes, <>:"/\|?*) becomes a space. */
function cleanName(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[^\p{L}\p{N} ._()+,&'-]/gu, " ")
    .replace(/'/g, "’")
    .replace(/\s+/g, " ")
    .replace(/^[ .]+|[ .]+$/g, "");
}

/** The ASCII look-alike of a name (ë → e, ç → c), for the plain `filename=` of Content-Disposition. */
export function asciiName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\%;]/g, "_");
}

/**
 * A safe Content-Disposition (RFC 6266): `inline` only for what browsers show without running
 * anything (PDF and pictures), `attachment` for the rest; the name in ASCII and, when it has other
 * letters (ë, ç), also as RFC 5987 `filename*` in UTF-8.
 */
export function contentDisposition(fileName: string, mediaType: string, forceAttachment = false): string {
  const inline = !forceAttachment && isAcceptedType(mediaType) && ACCEPTED_TYPES[mediaType].inline;
  const ascii = asciiName(fileName);
  const disposition = `${inline ? "inline" : "attachment"}; filename="${ascii}"`;
  return ascii === fileName ? disposition : `${disposition}; filename*=UTF-8''${rfc5987(fileName)}`;
}

function rfc5987(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A folder or file name inside a ZIP: no slashes, no dots leading up, at most 80 characters. */
export function zipName(text: string): string {
  return cleanName(text.replace(/[\\/]/g, " ")).slice(0, 80).trim() || "_";
}

/**
 * The path of each document in a package's ZIP: the session's own documents in "00 Seanca", each
 * agenda item's in "NN <title>"; two documents with one name get " (2)", " (3)" …
 */
export function zipPaths(entries: readonly { itemPosition: number | null; itemTitle: string | null; fileName: string }[]): string[] {
  const taken = new Set<string>();
  return entries.map((e) => {
    const folder = e.itemPosition === null ? "00 Seanca" : `${String(e.itemPosition).padStart(2, "0")} ${zipName(e.itemTitle ?? "")}`;
    const dot = e.fileName.lastIndexOf(".");
    const stem = zipName(dot > 0 ? e.fileName.slice(0, dot) : e.fileName);
    const ext = dot > 0 ? e.fileName.slice(dot) : "";
    let path = `${folder}/${stem}${ext}`;
    for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${folder}/${stem} (${n})${ext}`;
    taken.add(path.toLowerCase());
    return path;
  });
}

/** The ZIP's own name: "paketa-2026-12-02-mbledhja-e-keshillit-bashkiak-nr-11.zip". */
export function packageFileName(date: string, slug: string, itemPosition?: number): string {
  return `paketa-${date}-${slug}${itemPosition ? `-pika-${itemPosition}` : ""}.zip`;
}
