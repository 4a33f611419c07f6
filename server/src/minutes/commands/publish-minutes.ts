import type { DataSource } from "typeorm";
import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { transaction } from "../../platform/db/transaction.js";
import { conflict, isWellFormedId, notFound } from "../../platform/errors.js";
import { notifyChange } from "../../platform/realtime/events.js";
import { bumpVersion, lockSession } from "../../sessions/commands/common.js";
import { SessionStatus } from "../../sessions/model.js";
import { loadSessionSnapshot } from "../../sessions/snapshot.js";
import { canonicalJson, minutesDocument, sha256Hex } from "../document.js";
import { tiranaDateTimeText } from "../../platform/tirana-time.js";

/**
 * Publishes the minutes [procesverbal] of a closed session (Elbasan plan OS-2
 * point 3: online within 48 hours of the session's end). The document is built
 * from the session's snapshot, read just before the transaction: a closed session
 * no longer changes, and the transaction checks that it did not (same version).
 * The document, its SHA-256 and the audit event commit together; the `minutes`
 * table is append-only, so published minutes are final.
 */
export async function publishMinutes(ds: DataSource, actor: Actor, props: { sessionId: string }): Promise<{ sessionId: string; sha256: string }> {
  const { sessionId } = props;
  if (!isWellFormedId(sessionId)) throw notFound("session", sessionId);
  const snapshot = await loadSessionSnapshot(ds, sessionId);
  if (!snapshot) throw notFound("session", sessionId);
  if (snapshot.status !== SessionStatus.CLOSED) {
    const why = snapshot.status === SessionStatus.SCHEDULED ? "has not started yet" : "is still open";
    throw conflict(`The session "${snapshot.title}" ${why}: minutes are published after the session is closed.`);
  }
  return transaction(ds, async (tx) => {
    const session = await lockSession(tx, sessionId);
    const [published]: { published_at: Date }[] = await tx.query("SELECT published_at FROM minutes WHERE session_id = $1", [sessionId]);
    if (published) {
      throw conflict(`The minutes of "${session.title}" were already published on ${tiranaDateTimeText(published.published_at)}; published minutes are final.`);
    }
    if ((session as { version?: number }).version !== snapshot.version) {
      throw conflict("The session changed while its minutes were being prepared; try again.");
    }
    // The database's clock, like every other time in the record.
    const [{ now }]: { now: Date }[] = await tx.query("SELECT clock_timestamp() AS now");
    const document = minutesDocument(snapshot, now);
    const text = canonicalJson(document);
    const sha256 = sha256Hex(text);
    await tx.query(
      "INSERT INTO minutes (session_id, published_at, published_by, document, sha256) VALUES ($1, $2, $3, $4::jsonb, $5)",
      [sessionId, now, actor.userId, text, sha256],
    );
    await bumpVersion(tx, sessionId);
    await recordAudit(tx, actor, {
      action: "publishMinutes", subjectType: "minutes", subjectId: sessionId, sessionId,
      after: { sha256, publishedAt: document.publishedAt, deadline: document.deadline, late: document.late },
    });
    await notifyChange(tx, { topic: "session", id: sessionId });
    return { sessionId, sha256 };
  });
}
