import type { DataSource } from "typeorm";
import type { Actor } from "../../auth/tokens.js";
import { aggregateCommand, changed } from "../../platform/command.js";
import { conflict, isWellFormedId, notFound } from "../../platform/errors.js";
import type { ConsultationStatus } from "../model.js";

export type AttendanceProps = { women: number; men: number; otherOrUndisclosed: number; vulnerableGroups: number };
type Row = { id: string; status: ConsultationStatus; held_at: Date; version: number };

/**
 * The participants by gender of an announced consultation, once it is held: it becomes HELD and counts in
 * the participation figures. Recorded once; a consultation not yet held, or already recorded, is refused.
 */
export async function recordConsultationAttendance(
  ds: DataSource, actor: Actor, id: string, expectedVersion: number | null, props: AttendanceProps, now: Date,
): Promise<string> {
  return aggregateCommand(ds, actor, {
    async lock(tx) {
      if (!isWellFormedId(id)) throw notFound("consultation", id);
      const [row]: Row[] = await tx.query("SELECT id, status, held_at, version FROM consultation WHERE id = $1 FOR UPDATE", [id]);
      if (!row) throw notFound("consultation", id);
      return row;
    },
    expectedVersion,
    version: (row) => row.version,
    stale: "This consultation was changed by someone else since you loaded it: reload and try again.",
    bump: async (tx, row) => { await tx.query("UPDATE consultation SET version = version + 1 WHERE id = $1", [row.id]); },
    notify: () => [],
  }, async (tx, row) => {
    if (row.status === "HELD") throw conflict("This consultation's participants are already recorded.");
    if (row.held_at.getTime() > now.getTime()) throw conflict("This consultation has not been held yet: record its participants afterwards.");
    await tx.query(
      `UPDATE consultation SET status = 'HELD', women = $2, men = $3, other_or_undisclosed = $4, vulnerable_groups = $5 WHERE id = $1`,
      [row.id, props.women, props.men, props.otherOrUndisclosed, props.vulnerableGroups]);
    return changed(row.id, {
      action: "recordConsultationAttendance", subjectType: "consultation", subjectId: row.id,
      before: { status: row.status }, after: { status: "HELD", ...props },
    });
  });
}
