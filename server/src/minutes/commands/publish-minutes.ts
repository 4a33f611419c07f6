import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { conflict, isWellFormedId, notFound } from "../../platform/errors.js";
import { sessionCommand } from "../../sessions/command.js";
import { SessionStatus } from "../../sessions/model.js";
import { loadSessionSnapshot } from "../../sessions/snapshot.js";
import { minutesConsultationReports } from "../../comments/minutes.js";
import { canonicalJson, minutesDocument, sha256Hex } from "../document.js";
import { tiranaDateTimeText } from "../../platform/tirana-time.js";

export type PublishMinutesProps = { sessionId: string };

/**
 * Publishes the minutes [procesverbal] of a closed session (Elbasan plan OS-2
 * point 3: online within 48 hours of the session's end). The document is built
 * from the session's snapshot, read just before the transaction: a closed session
 * no longer changes, and the transaction checks that it did not (same version).
 * The document, its SHA-256 and the audit event commit together; the `minutes`
 * table is append-only, so published minutes are final.
 */
export async function publishMinutes(ds: DataSource, actor: Actor, props: PublishMinutesProps): Promise<{ sessionId: string; sha256: string }> {
  const { sessionId } = props;
  if (!isWellFormedId(sessionId)) throw notFound("session", sessionId);
  const snapshot = await loadSessionSnapshot(ds, sessionId);
  if (!snapshot) throw notFound("session", sessionId);
  if (snapshot.status !== SessionStatus.CLOSED) {
    const why = snapshot.status === SessionStatus.SCHEDULED ? "has not started yet" : "is still open";
    throw conflict(`The session "${snapshot.title}" ${why}: minutes are published after the session is closed.`);
  }
  return sessionCommand(ds, actor, { sessionId }, async (tx, { session }) => {
    const [published]: { published_at: Date }[] = await tx.query("SELECT published_at FROM minutes WHERE session_id = $1", [sessionId]);
    if (published) {
      throw conflict(`The minutes of "${session.title}" were already published on ${tiranaDateTimeText(published.published_at)}; published minutes are final.`);
    }
    // The document was built from the snapshot read before the lock: the session must still be that version.
    if (session.version !== snapshot.version) {
      throw conflict("The session changed while its minutes were being prepared; try again.");
    }
    // The database's clock, like every other time in the record.
    const [{ now }]: { now: Date }[] = await tx.query("SELECT clock_timestamp() AS now");
    const consultations = await minutesConsultationReports(tx, (snapshot.detail?.agenda ?? []).map((i) => i.id));
    const document = minutesDocument(snapshot, now, consultations);
    const text = canonicalJson(document);
    const sha256 = sha256Hex(text);
    await tx.query(
      "INSERT INTO minutes (session_id, published_at, published_by, document, sha256) VALUES ($1, $2, $3, $4::jsonb, $5)",
      [sessionId, now, actor.userId, text, sha256],
    );
    return changed({ sessionId, sha256 }, {
      action: "publishMinutes", subjectType: "minutes", subjectId: sessionId, sessionId,
      after: { sha256, publishedAt: document.publishedAt, deadline: document.deadline, late: document.late },
    });
  });
}
