import type { DataSource } from "typeorm";
import { recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { BodyKind } from "../../council/body.js";
import { transaction } from "../../platform/db/transaction.js";
import { conflict, isWellFormedId, notFound } from "../../platform/errors.js";
import { notifyChange } from "../../platform/realtime/events.js";
import { AgendaItemStatus, SessionStatus } from "../model.js";
import { canMoveSession } from "../rules.js";
import { bumpVersion, lockSession, openVoteOf, requireNotClosed, requireVersion } from "./common.js";

/**
 * Schedules a session of the council (or of a committee, with `bodyId`). Its
 * seats are the body's seats at that moment. Scheduling with less notice than
 * the rule asks is allowed; the session then shows the late-notice mark.
 */
export async function createSession(ds: DataSource, actor: Actor, props: { title: string; scheduledAt: Date; bodyId?: string | null }): Promise<string> {
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

/** Adds an item at the end of the agenda [rendi i ditës] of a session that is not closed. */
export async function addAgendaItem(ds: DataSource, actor: Actor, props: { sessionId: string; title: string; description?: string | null; draftPublishedAt?: Date | null }): Promise<{ sessionId: string; itemId: string }> {
  return transaction(ds, async (tx) => {
    const session = await lockSession(tx, props.sessionId);
    requireNotClosed(session, "add agenda items");
    const [{ id }] = await tx.query(
      `INSERT INTO agenda_item (session_id, position, title, description, draft_published_at)
       VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE session_id = $1), $2, $3, $4) RETURNING id`,
      [session.id, props.title, props.description ?? null, props.draftPublishedAt ?? null],
    );
    await bumpVersion(tx, session.id);
    await recordAudit(tx, actor, { action: "addAgendaItem", subjectType: "agenda_item", subjectId: id, sessionId: session.id, after: { title: props.title } });
    await notifyChange(tx, { topic: "session", id: session.id });
    return { sessionId: session.id, itemId: id as string };
  });
}

type Move = "startSession" | "suspendSession" | "resumeSession" | "closeSession";
const TARGET: Record<Move, SessionStatus> = {
  startSession: SessionStatus.IN_PROGRESS,
  suspendSession: SessionStatus.SUSPENDED,
  resumeSession: SessionStatus.IN_PROGRESS,
  closeSession: SessionStatus.CLOSED,
};

/**
 * Moves a session along its lifecycle: SCHEDULED → IN_PROGRESS ⇄ SUSPENDED → CLOSED.
 * A session cannot be suspended or closed while a vote is open. Closing clears the
 * current item and marks every item not decided or withdrawn as DEFERRED (it goes
 * to a later session); a closed session is read-only.
 */
export async function moveSession(ds: DataSource, actor: Actor, move: Move, sessionId: string, expectedVersion?: number | null): Promise<string> {
  return transaction(ds, async (tx) => {
    const session = await lockSession(tx, sessionId);
    requireVersion(session, expectedVersion);
    const to = TARGET[move];
    if (move === "resumeSession" && session.status !== SessionStatus.SUSPENDED) {
      throw conflict(`Only a suspended session can be resumed; "${session.title}" is ${session.status}.`);
    }
    if (!canMoveSession(session.status, to)) {
      throw conflict(`A ${session.status} session cannot move to ${to} ("${session.title}").`);
    }
    if (to !== SessionStatus.IN_PROGRESS && (await openVoteOf(tx, session.id))) {
      throw conflict("A vote is open in this session: close the vote first.");
    }
    if (move === "startSession") {
      await tx.query("UPDATE council_session SET status = $2, started_at = clock_timestamp() WHERE id = $1", [session.id, to]);
    } else if (move === "closeSession") {
      await tx.query("UPDATE council_session SET status = $2, closed_at = clock_timestamp(), current_item_id = NULL WHERE id = $1", [session.id, to]);
      await tx.query(
        `UPDATE agenda_item SET status = $2 WHERE session_id = $1 AND status IN ($3, $4)`,
        [session.id, AgendaItemStatus.DEFERRED, AgendaItemStatus.PENDING, AgendaItemStatus.UNDER_DISCUSSION],
      );
    } else {
      await tx.query("UPDATE council_session SET status = $2 WHERE id = $1", [session.id, to]);
    }
    await bumpVersion(tx, session.id);
    await recordAudit(tx, actor, { action: move, subjectType: "session", subjectId: session.id, sessionId: session.id, before: { status: session.status }, after: { status: to } });
    await notifyChange(tx, { topic: "session", id: session.id });
    return session.id;
  });
}
