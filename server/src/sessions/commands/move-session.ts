import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import { conflict } from "../../platform/errors.js";
import { AgendaItemStatus, SessionStatus } from "../model.js";
import { canMoveSession } from "../rules.js";
import { sessionCommand } from "../command.js";
import { returnedRows } from "../../platform/db/rows.js";
import { endSpeechInProgress, openVoteOf } from "./common.js";

export type Move = "startSession" | "suspendSession" | "resumeSession" | "closeSession";
const TARGET: Record<Move, SessionStatus> = {
  startSession: SessionStatus.IN_PROGRESS,
  suspendSession: SessionStatus.SUSPENDED,
  resumeSession: SessionStatus.IN_PROGRESS,
  closeSession: SessionStatus.CLOSED,
};

export type MoveSessionProps = { move: Move; sessionId: string; expectedVersion?: number | null };

/**
 * Moves a session along its lifecycle: SCHEDULED → IN_PROGRESS ⇄ SUSPENDED → CLOSED.
 * A session cannot be suspended or closed while a vote is open. Closing clears the
 * current item and marks every item not decided or withdrawn as DEFERRED (it goes
 * to a later session); a closed session is read-only. Suspending or closing ends
 * the speech in progress; closing withdraws the requests for the floor still waiting.
 */
export async function moveSession(ds: DataSource, actor: Actor, props: MoveSessionProps): Promise<string> {
  const { move } = props;
  return sessionCommand(ds, actor, { sessionId: props.sessionId, expectedVersion: props.expectedVersion }, async (tx, { session }) => {
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
    // A suspension or the close ends the speech in progress; the close also lapses the requests still waiting.
    const ended = to === SessionStatus.IN_PROGRESS ? [] : await endSpeechInProgress(tx, session.id, move);
    const lapsed = to === SessionStatus.CLOSED
      ? await returnedRows<{ id: string }>(tx, "UPDATE speaker SET status = 'WITHDRAWN', ended_at = clock_timestamp() WHERE session_id = $1 AND status = 'WAITING' RETURNING id", [session.id])
      : [];
    return changed(session.id, ...ended,
      ...lapsed.map((r) => ({ action: "withdrawFloorRequest", subjectType: "speaker", subjectId: r.id, sessionId: session.id,
        before: { status: "WAITING" }, after: { status: "WITHDRAWN", because: "closeSession" } })),
      { action: move, subjectType: "session", subjectId: session.id, sessionId: session.id, before: { status: session.status }, after: { status: to } });
  });
}
