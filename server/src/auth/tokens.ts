import { SignJWT, jwtVerify } from "jose";
import type { Role } from "./user.js";

/** What a signed login token carries: enough to authorize without a database read. */
export type Actor = {
  userId: string; username: string; role: Role; councillorId: string | null;
  /** The client address of the request acting (not in the token): kept in the audit record. */
  address?: string;
};

export class Tokens {
  private readonly key: Uint8Array;
  constructor(secret: string, private readonly ttlHours: number) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(actor: Actor): Promise<string> {
    return new SignJWT({ role: actor.role, cid: actor.councillorId, usr: actor.username })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(actor.userId)
      .setIssuedAt()
      .setIssuer("kuvend")
      .setExpirationTime(`${this.ttlHours}h`)
      .sign(this.key);
  }

  /** The actor of a valid token, or null when the token is missing, forged or expired. */
  async verify(token: string): Promise<Actor | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: "kuvend", algorithms: ["HS256"] });
      if (typeof payload.sub !== "string" || typeof payload.role !== "string") return null;
      return {
        userId: payload.sub,
        username: String(payload.usr ?? ""),
        role: payload.role as Role,
        councillorId: typeof payload.cid === "string" ? payload.cid : null,
      };
    } catch {
      return null;
    }
  }
}

/** "Bearer <token>" → token; anything else → undefined. */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== "string") return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m?.[1];
}
