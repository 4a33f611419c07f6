import { GraphQLError } from "graphql";

/**
 * The error codes of API.md, one helper each. Messages name the rule that refused
 * the operation, so a person can act on them.
 */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT";

function error(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = (message = "Log in to do this.") => error("UNAUTHENTICATED", message);
export const forbidden = (message: string) => error("FORBIDDEN", message);
export const badInput = (message: string, fields?: Record<string, string>) =>
  error("BAD_USER_INPUT", message, fields ? { fields } : {});
export const notFound = (what: string, id: string) => error("NOT_FOUND", `No ${what} with id "${id}".`);
export const notFoundWith = (message: string) => error("NOT_FOUND", message);
export const conflict = (message: string, extra?: Record<string, unknown>) => error("CONFLICT", message, extra);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot exist is simply not found; it never reaches PostgreSQL as a bad cast. */
export function isWellFormedId(id: unknown): id is string {
  return typeof id === "string" && UUID.test(id);
}

/**
 * Safety net for database constraint violations that the commands did not foresee:
 * they are still the client's conflict, not a server crash.
 */
export function fromDatabaseError(err: unknown): GraphQLError | undefined {
  const code = (err as { code?: string } | null)?.code;
  const constraint = (err as { constraint?: string } | null)?.constraint ?? "a database rule";
  switch (code) {
    case "23505":
      return conflict(`This would duplicate an existing record (${constraint}).`);
    case "23503":
      return conflict(`This refers to a record that does not exist or is still in use (${constraint}).`);
    case "23514":
    case "23P01":
      return conflict(`This breaks a rule of the council's record (${constraint}).`);
    case "40001":
    case "40P01":
      return conflict("Another change to the same record happened at the same moment; try again.");
    case "22021": // e.g. a NUL character, which PostgreSQL text cannot hold
      return badInput("A text contains a character that cannot be stored (such as NUL).");
    case "22P02":
    case "22007":
    case "22008":
    case "22003":
      return badInput("A value has the wrong format or is out of range.");
    default:
      return undefined;
  }
}
