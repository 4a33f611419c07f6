// Turns an Apollo error into what a person reads: a translated phrase for the
// kind of refusal, then the server's own message, which names the rule.
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import type { TFunction } from "i18next";

export const ERROR_CODES = ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND", "CONFLICT"] as const;
type ErrorCode = (typeof ERROR_CODES)[number];

type Reason = { code: ErrorCode | "NETWORK" | "UNKNOWN"; message: string };

function fromGraphQLErrors(errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>): Reason {
  const first = errors[0];
  const code = String(first?.extensions?.["code"] ?? "");
  const known = (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : "UNKNOWN";
  return { code: known, message: errors.map((e) => e.message).join(" · ") };
}

export function reasonOf(error: unknown): Reason {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    // Some refusals come with a non-2xx status but still carry GraphQL errors.
    try {
      const body = JSON.parse(error.bodyText) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      if (body.errors?.length) return fromGraphQLErrors(body.errors);
    } catch {
      // not JSON
    }
    return { code: "NETWORK", message: error.message };
  }
  if (error instanceof TypeError) return { code: "NETWORK", message: error.message };
  return { code: "UNKNOWN", message: error instanceof Error ? error.message : String(error) };
}

export function describeError(error: unknown, t: TFunction): string {
  const reason = reasonOf(error);
  const phrase = t(`errors.${reason.code}`);
  return reason.message ? `${phrase}: ${reason.message}` : phrase;
}
