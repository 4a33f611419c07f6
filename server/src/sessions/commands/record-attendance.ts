import type { DataSource } from "typeorm";
import type { AuditEntry } from "../../platform/audit/record.js";
import type { Actor } from "../../auth/tokens.js";
import { changed } from "../../platform/command.js";
import type { AttendanceStatus } from "../model.js";
import { sessionCommand } from "../command.js";
import { attendanceOf, findCouncillor, requireNotClosed, seatedMembers } from "./common.js";

export type RecordAttendanceProps = { sessionId: string; councillorIds: readonly string[]; status: AttendanceStatus };

/**
 * Records councillors' attendance [prania] with the time of each change; arrivals
 * and departures mid-session are each kept in attendance_change and audited one
 * by one. Several councillors can be recorded at once (the console's "all
 * present"): one transaction, one version, one live update. Recording the status a
 * councillor already has changes nothing (no entry, so no bump and no update).
 */
export async function recordAttendance(ds: DataSource, actor: Actor, props: RecordAttendanceProps): Promise<string> {
  return sessionCommand(ds, actor, { sessionId: props.sessionId }, async (tx, { session }) => {
    requireNotClosed(session, "record attendance");
    const events: AuditEntry[] = [];
    const requireMember = await seatedMembers(tx, session);
    for (const councillorId of new Set(props.councillorIds)) {
      const councillor = await findCouncillor(tx, councillorId);
      requireMember(councillor);
      const before = await attendanceOf(tx, session.id, councillor.id);
      if (before === props.status) continue;
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
        before: before ? { status: before } : null, after: { status: props.status },
      });
    }
    return changed(session.id, ...events);
  });
}
