import { fileTypeFromBuffer } from "file-type";
import { extractText, getDocumentProxy } from "unpdf";
import { ACCEPTED_LABELS, type AcceptedType, isAcceptedType } from "./rules.js";

export type TypeCheck = { ok: true; mediaType: AcceptedType } | { ok: false; reason: string };

/** The longest text kept from one PDF for search (characters). */
const MAX_TEXT = 2_000_000;

/**
 * The file's type, found in its content (file-type reads the magic bytes, and tells DOCX, XLSX and
 * ODT apart inside their ZIP containers), never taken from its name. CSV has no magic bytes: a file
 * with no recognised signature is accepted as CSV only when it is named .csv or declared text/csv,
 * is valid UTF-8 and holds no NUL byte (docs/decisions.md, "Meeting packages").
 */
export async function checkDocumentType(bytes: Buffer, fileName: string, declaredType: string): Promise<TypeCheck> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    if (isAcceptedType(found.mime)) return { ok: true, mediaType: found.mime };
    return { ok: false, reason: `The file's content is ${found.ext.toUpperCase()} (${found.mime}), whatever its name says; accepted: ${ACCEPTED_LABELS}.` };
  }
  const csvByName = /\.csv$/i.test(fileName) || /^text\/csv\b/i.test(declaredType);
  if (!csvByName) {
    return { ok: false, reason: `The file's content is not one of the accepted types (${ACCEPTED_LABELS}), whatever its name says.` };
  }
  if (bytes.includes(0)) return { ok: false, reason: "The file is named CSV but holds binary data (NUL bytes): it is not a CSV file." };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "The CSV file is not in UTF-8: save it again as \"CSV UTF-8\" (in Excel: Save As → CSV UTF-8)." };
  }
  return { ok: true, mediaType: "text/csv" };
}

/**
 * The text of a PDF, for search (unpdf, the maintained build of Mozilla's pdf.js). A PDF without a
 * text layer (a scan) or one pdf.js cannot read gives null: it is still accepted, only not searchable.
 */
export async function pdfText(bytes: Buffer): Promise<string | null> {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    try {
      const { text } = await extractText(pdf, { mergePages: true });
      const clean = text.replaceAll("\u0000", "").replace(/[ \t]+/g, " ").trim();
      return clean ? clean.slice(0, MAX_TEXT) : null;
    } finally {
      await pdf.destroy();
    }
  } catch {
    return null;
  }
}
