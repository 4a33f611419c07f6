import type { DataSource } from "typeorm";
import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { BodyKind } from "../../council/body.js";
import { transaction } from "../../platform/db/transaction.js";
import { conflict, isWellFormedId, notFound } from "../../platform/errors.js";
import { notifyChange } from "../../platform/realtime/events.js";

export type CreateSessionProps = { title: string; scheduledAt: Date; bodyId?: string | null };

/**
 * Schedules a session of the council (or of a committee, with `bodyId`). Its
 * seats are the body's seats at that moment. Scheduling with less notice than
 * the rule asks is allowed; the session then shows the late-notice mark. The one
 * session write outside sessionCommand (sessions/command.ts): there is no session
 * to lock yet, and a new session starts at version 0, so there is nothing to bump.
 */
export async function createSession(ds: DataSource, actor: Actor, props: CreateSessionProps): Promise<string> {
  return transaction(ds, async (tx) => {
    let bodies: { id: string; seats: number }[];
    if (props.bodyId) {
      if (!isWellFormedId(props.bodyId)) throw notFound("body", props.bodyId);
      bodies = await tx.query("SELECT id, seats FROM body WHERE id = $1", [props.bodyId]);
      if (bodies.length === 0) throw notFound("body", props.bodyId);
    } else {
      bodies = await tx.query("SELECT id, seats FROM body WHERE kind = $1", [BodyKind.COUNCIL]);
      if (bodies.length === 0) throw conflict("No municipal council is set up yet.");
    }
    const [{ id }] = await tx.query(
      `INSERT INTO council_session (body_id, title, scheduled_at, seats) VALUES ($1, $2, $3, $4) RETURNING id`,
      [bodies[0].id, props.title, props.scheduledAt, bodies[0].seats],
    );
    await recordAudit(tx, actor, { action: "createSession", subjectType: "session", subjectId: id, sessionId: id, after: { title: props.title, scheduledAt: props.scheduledAt, bodyId: bodies[0].id } });
    await notifyChange(tx, { topic: "session", id });
    return id as string;
  });
}
