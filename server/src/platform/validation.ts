import { z } from "zod";
import { badInput } from "./errors.js";

/**
 * Checks a mutation's input against its schema and answers BAD_USER_INPUT with
 * one message per field ("title: must not be empty") when it does not fit.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "input";
    fields[key] ??= issue.message;
  }
  const message = Object.entries(fields).map(([k, m]) => `${k}: ${m}`).join("; ");
  throw badInput(`Invalid input. ${message}`, fields);
}

/** A trimmed, non-empty text of at most `max` characters. */
const NO_NUL = (v: string) => !v.includes("\u0000");
const NUL_MESSAGE = "must not contain the NUL character";

export const text = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`).refine(NO_NUL, NUL_MESSAGE);

export const optionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).refine(NO_NUL, NUL_MESSAGE).nullish().transform((v) => (v ? v : null));

/** A register's page: `offset` from 0, `limit` from 1 to `maxLimit` rows (one definition for every register). */
export const pageFields = (maxLimit: number) => ({
  offset: z.number().int().min(0, "must be 0 or more").max(1_000_000, "is too large"),
  limit: z.number().int().min(1, "must be at least 1").max(maxLimit, `must be at most ${maxLimit}`),
});
export const pageSchema = (maxLimit: number) => z.object(pageFields(maxLimit));

/** A moment within a sane range: between 2000 and five years from now. */
export const moment = z.date().refine(
  (d) => d.getTime() >= Date.UTC(2000, 0, 1) && d.getTime() <= Date.now() + 5 * 366 * 24 * 3600 * 1000,
  "must be between 2000 and five years from now",
);

/**
 * Citizens' text from public forms (issue 16): plain text only. Unicode is normalised (NFC), line ends become
 * "\n", and control characters other than tab and line feed, and the bidirectional overrides that can
 * disguise text, are removed. Nothing is ever rendered as HTML (React escapes, the PDF writes text, CSV cells
 * are formula-safe: publishing/opendata/csv.ts), so markup stays visible as the characters typed.
 */
// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;
export const cleanText = (v: string) => v.normalize("NFC").replace(/\r\n?/g, "\n").replace(UNWANTED, "");

export const plainText = (max: number) =>
  z.string().transform(cleanText).pipe(z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`));

export const optionalPlainText = (max: number) =>
  z.string().nullish().transform((v) => (v ? cleanText(v).trim() : null)).pipe(z.string().max(max, `must be at most ${max} characters`).nullable()).transform((v) => (v ? v : null));

/** An e-mail address a citizen gives to be told of an answer: never published (docs/security.md). */
export const optionalEmail = z.string().trim().max(254, "must be at most 254 characters").nullish()
  .transform((v) => (v ? v.toLowerCase() : null))
  .refine((v) => v === null || /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(v), "must be an e-mail address such as emri@shembull.al");
