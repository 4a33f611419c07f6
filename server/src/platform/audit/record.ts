import type { EntityManager } from "typeorm";
import { noteEpoch } from "../db/transaction.js";

/** Who acted, as the record needs it: auth/tokens.ts's Actor fits (platform knows no area); `address` is the client's, as TRUST_PROXY decides. */
export type AuditActor = { userId: string; role: string; address?: string };

/** One entry of the append-only record: who, in which role, did what, to what, when. */
export type AuditEntry = {
  action: string; // the mutation, e.g. "castBallot"
  subjectType: string; // "vote", "declaration", ...
  subjectId: string | null;
  sessionId?: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Written inside the command's transaction, so the change and its record commit or
 * fail together. The database links the event into the hash chain as it is
 * inserted (audit/chain.ts): that takes the chain's lock until commit, so a
 * command writes its event(s) last, after every other change.
 */
export async function recordAudit(tx: EntityManager, actor: AuditActor | null, entry: AuditEntry): Promise<void> {
  const [{ id }]: { id: string }[] = await tx.query(
    `INSERT INTO audit_event (actor_user_id, actor_role, action, subject_type, subject_id, session_id, before, after, actor_address)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id::text AS id`,
    [
      actor?.userId ?? null,
      actor?.role ?? null,
      entry.action,
      entry.subjectType,
      entry.subjectId,
      entry.sessionId ?? null,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      actor?.address ?? null, // the client address (TRUST_PROXY), not a proxy's
    ],
  );
  noteEpoch(tx, id);
}
