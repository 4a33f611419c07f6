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
