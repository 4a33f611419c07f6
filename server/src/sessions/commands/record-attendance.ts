import type { DataSource } from "typeorm";
import { type AuditEntry, recordAudit } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { transaction } from "../../platform/db/transaction.js";
import { notifyChange } from "../../platform/realtime/events.js";
import type { AttendanceStatus } from "../model.js";
import { bumpVersion, findCouncillor, lockSession, requireNotClosed, seatedMembers } from "./common.js";

/**
 * Records councillors' attendance [prania] with the time of each change; arrivals
 * and departures mid-session are each kept in attendance_change and audited one
 * by one. Several councillors can be recorded at once (the console's "all
 * present"): one transaction, one live update. Recording the status a councillor
 * already has changes nothing.
 */
export async function recordAttendance(
  ds: DataSource, actor: Actor,
  props: { sessionId: string; councillorIds: readonly string[]; status: AttendanceStatus },
): Promise<string> {
  return transaction(ds, async (tx) => {
    const session = await lockSession(tx, props.sessionId);
    requireNotClosed(session, "record attendance");
    const events: AuditEntry[] = [];
    const requireMember = await seatedMembers(tx, session);
    for (const councillorId of new Set(props.councillorIds)) {
      const councillor = await findCouncillor(tx, councillorId);
      requireMember(councillor);
      const before: { status: string }[] = await tx.query(
        "SELECT status FROM attendance WHERE session_id = $1 AND councillor_id = $2", [session.id, councillor.id]);
      if (before[0]?.status === props.status) continue;
      await tx.query(
        `INSERT INTO attendance (session_id, councillor_id, status, changed_at) VALUES ($1, $2, $3, clock_timestamp())
         ON CONFLICT (session_id, councillor_id) DO UPDATE SET status = EXCLUDED.status, changed_at = EXCLUDED.changed_at`,
        [session.id, councillor.id, props.status],
      );
      await tx.query(
        "INSERT INTO attendance_change (session_id, councillor_id, status, recorded_by) VALUES ($1, $2, $3, $4)",
        [session.id, councillor.id, props.status, actor.userId],
      );
      events.push({
        action: "recordAttendance", subjectType: "attendance", subjectId: `${session.id}/${councillor.id}`, sessionId: session.id,
        before: before[0] ? { status: before[0].status } : null, after: { status: props.status },
      });
    }
    if (events.length > 0) {
      await bumpVersion(tx, session.id);
      // The events last: the audit chain's lock is held from the first one until commit.
      for (const event of events) await recordAudit(tx, actor, event);
      await notifyChange(tx, { topic: "session", id: session.id });
    }
    return session.id;
  });
}
