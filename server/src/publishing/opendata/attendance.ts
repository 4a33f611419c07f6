import type { DataSource, EntityManager } from "typeorm";
import { tiranaDate } from "../../platform/tirana-time.js";
import { attendanceEntries } from "../councillor-record.js";
import type { Value } from "./records.js";

/**
 * The register of attendance [regjistri i pjesëmarrjes] as open data: one row per council
 * session held and councillor seated in it (the record's own rules: councillor-record.ts),
 * with the final roll status and what the history shows (present at some moment, arrival,
 * late, departure, left early). Names and party only: no contact detail is ever in it.
 */
export const ATTENDANCE_COLUMNS = [
  "sessionId", "sessionTitle", "sessionDate", "councillorId", "councillorName", "party", "finalStatus",
  "present", "excused", "arrivedAt", "late", "leftAt", "leftEarly",
] as const;
export type AttendanceRecord = Record<(typeof ATTENDANCE_COLUMNS)[number], Value>;

const iso = (d: Date | null) => (d instanceof Date ? d.toISOString() : null);
const collator = new Intl.Collator("sq");

export async function attendanceRecords(m: EntityManager | DataSource): Promise<AttendanceRecord[]> {
  const manager = "manager" in m ? m.manager : m;
  const entries = await attendanceEntries(manager, { from: null, to: new Date() });
  // Sessions in date order (as they come), councillors by name within each session.
  const order = new Map<string, number>();
  for (const e of entries) if (!order.has(e.sessionId)) order.set(e.sessionId, order.size);
  return [...entries]
    .sort((a, b) => (order.get(a.sessionId) as number) - (order.get(b.sessionId) as number) || collator.compare(a.councillorName, b.councillorName)
      || (a.councillorId < b.councillorId ? -1 : 1))
    .map((e) => ({
      sessionId: e.sessionId, sessionTitle: e.sessionTitle, sessionDate: tiranaDate(e.scheduledAt),
      councillorId: e.councillorId, councillorName: e.councillorName, party: e.party ?? null, finalStatus: e.finalStatus ?? "ABSENT",
      present: e.present, excused: e.excused, arrivedAt: iso(e.arrivedAt), late: e.late, leftAt: iso(e.leftAt), leftEarly: e.leftEarly,
    }));
}
