import { hash, verify } from "@node-rs/argon2";

/** Argon2id with the library's defaults (memory-hard, ~tens of ms per hash). */
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** Passwords of the demo accounts (API.md); production start-up refuses any account still using one. */
export const DEMO_PASSWORDS = ["sekretaria", "oss", "admin", "kuvend"] as const;

export const MIN_PASSWORD_LENGTH = 12;

/**
 * The one weak-password rule, for new accounts, changed passwords and the first
 * administrator (ADMIN_PASSWORD): why `password` is refused, or null. A demo
 * password is refused in any letter case.
 */
export function weakPasswordReason(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if ((DEMO_PASSWORDS as readonly string[]).includes(password.toLowerCase())) return "must not be a published demo password";
  return null;
}
