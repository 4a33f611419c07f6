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

/** A moment within a sane range: between 2000 and five years from now. */
export const moment = z.date().refine(
  (d) => d.getTime() >= Date.UTC(2000, 0, 1) && d.getTime() <= Date.now() + 5 * 366 * 24 * 3600 * 1000,
  "must be between 2000 and five years from now",
);
