// What /ndiq shows of a tracked filing, as plain functions (model.test.ts).
import type { ReceiptKind } from "../gql/graphql";

/** Each area's status names, as the server answers them (TrackedRequest.status is the area's own name). */
export const STATUSES: Record<ReceiptKind, readonly string[]> = {
  SERVICE_REQUEST: ["RECEIVED", "IN_PROGRESS", "WAITING_ON_CITIZEN", "COMPLETED", "REJECTED"],
  DRAFT_COMMENT: ["PENDING", "PUBLISHED", "REJECTED", "ANSWERED"],
  PETITION: ["RECEIVED", "UNDER_REVIEW", "DISCUSSED", "ANSWERED", "REJECTED"],
  DOCUMENT_REQUEST: ["RECEIVED", "IN_PROGRESS", "GRANTED", "PARTLY_GRANTED", "REFUSED", "TRANSFERRED"],
};

/**
 * The translation key of a status for its kind, or null when this client does not know it (a newer server):
 * the page then shows the status name itself, readable ("PARTLY_GRANTED" → "Partly granted").
 */
export function statusKey(kind: string, status: string): string | null {
  const known = (STATUSES as Record<string, readonly string[] | undefined>)[kind];
  return known?.includes(status) ? `tracking:status.${kind}.${status}` : null;
}

/** A status name the client has no words for, made readable. */
export function readableStatus(status: string): string {
  const words = status.toLowerCase().replace(/_/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : status;
}

/** Every status key the page can ask for (the i18n test checks each exists). */
export const STATUS_KEYS: readonly string[] = Object.entries(STATUSES).flatMap(([kind, list]) => list.map((s) => `status.${kind}.${s}`));

/** The reference as the citizen types it: spaces dropped, capitals. The code is sent as typed (the server ignores case, spaces, dashes). */
export function cleanReference(reference: string): string {
  return reference.replace(/\s/g, "").toUpperCase();
}

type GqlErrorLike = { message?: string; extensions?: Record<string, unknown> };

/** Why a look-up was refused: the wrong pair, too many wrong codes (with the wait), bad input, or anything else. */
export type LookupFailure = { kind: "notFound" } | { kind: "slowed"; retryAfterSeconds: number } | { kind: "badInput"; message: string } | { kind: "other" };

/** Reads a refusal from the GraphQL errors of the answer. */
export function lookupFailure(errors: readonly GqlErrorLike[] | undefined): LookupFailure {
  const first = errors?.[0];
  const code = first?.extensions?.code;
  if (code === "NOT_FOUND") return { kind: "notFound" };
  if (code === "UNAUTHENTICATED") {
    const seconds = Number(first?.extensions?.retryAfterSeconds);
    return { kind: "slowed", retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60 };
  }
  if (code === "BAD_USER_INPUT") return { kind: "badInput", message: first?.message ?? "" };
  return { kind: "other" };
}

/** The wait in whole minutes and seconds, for "try again in …". */
export function waitParts(seconds: number): { minutes: number; seconds: number } {
  const s = Math.max(1, Math.ceil(seconds));
  return { minutes: Math.floor(s / 60), seconds: s % 60 };
}
