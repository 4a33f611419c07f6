import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * E-mail alerts' rules, as pure functions (tested beside them): the address as it is compared and hashed,
 * the signed links, the rate limit and how long a confirmation may wait.
 */

/** An unconfirmed subscription is forgotten after this (double opt-in). */
export const CONFIRM_HOURS = 48;
/** Subscription requests allowed per hour: per address, and per client address (a hall's Wi-Fi shares one). */
export const REQUESTS_PER_HOUR = { email: 5, client: 30 } as const;

/** The address as Kuvend keeps and compares it: trimmed, in lower case. */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The SHA-256 of the normal address: what the audit record and the rate limit hold instead of the address. */
export function emailSha256(email: string): string {
  return createHash("sha256").update(normalEmail(email), "utf8").digest("hex");
}

export type LinkPurpose = "confirm" | "unsubscribe";

/**
 * A signed link token: `<subscription id>.<c|u>.<HMAC-SHA256 of both>`, keyed from the server's secret.
 * Nothing else is in it: what the link may do is decided by the subscription's state in the database
 * (a confirmation link works once, before its deadline; an unsubscribe link works while subscribed).
 */
export function signLink(secret: string, subscriptionId: string, purpose: LinkPurpose): string {
  const p = purpose === "confirm" ? "c" : "u";
  return `${subscriptionId}.${p}.${mac(secret, `${p}:${subscriptionId}`)}`;
}

/** The subscription id of a well-signed token for `purpose`, else null. */
export function verifyLink(secret: string, token: string, purpose: LinkPurpose): string | null {
  const m = /^([0-9a-f-]{36})\.([cu])\.([A-Za-z0-9_-]{43})$/.exec(token.trim());
  if (!m || m[2] !== (purpose === "confirm" ? "c" : "u")) return null;
  const expected = Buffer.from(mac(secret, `${m[2]}:${m[1]}`));
  const given = Buffer.from(m[3]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? m[1] : null;
}

function mac(secret: string, text: string): string {
  const key = createHmac("sha256", secret).update("kuvend-alert-links").digest();
  return createHmac("sha256", key).update(text).digest("base64url");
}

/** Whether one more request fits the hour's limits, given how many this address and this client already made. */
export function withinRateLimit(sameEmail: number, sameClient: number): boolean {
  return sameEmail < REQUESTS_PER_HOUR.email && sameClient < REQUESTS_PER_HOUR.client;
}

const CHOICE_WORDS: Record<string, string> = { FOR: "votoi PËR", AGAINST: "votoi KUNDËR", ABSTAIN: "abstenoi" };

/** How a councillor took part in a vote, in words (the councillor alert). */
export function participationWords(choice: string | null, recused: boolean): string {
  if (recused) return "u përjashtua nga vendimmarrja (deklaroi konflikt interesi)";
  return choice ? CHOICE_WORDS[choice] ?? choice : "nuk votoi";
}
