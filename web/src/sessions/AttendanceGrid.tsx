import { Heading } from "../ui/Heading";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { AttendanceStatus } from "../gql/graphql";
import { ATTENDANCE_STATUSES, byName, type Session } from "./model";

type Councillor = { id: string; fullName: string; party?: string | null };
type Row = { councillor: Councillor; status: AttendanceStatus | null };

/** Every seated councillor; anyone not yet recorded is listed as such, not guessed. */
export function attendanceRows(session: Session, councillors?: ReadonlyArray<Councillor & { active?: boolean }>): Row[] {
  const rows = new Map<string, Row>();
  for (const councillor of councillors ?? []) {
    if (councillor.active === false) continue;
    rows.set(councillor.id, { councillor, status: null });
  }
  for (const row of session.attendance) rows.set(row.councillor.id, { councillor: row.councillor, status: row.status });
  return [...rows.values()].sort((a, b) => byName(a.councillor, b.councillor));
}

export function AttendanceCounts({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const notRecorded = rows.filter((row) => row.status === null).length;
  return (
    <p className="attendance-counts">
      {ATTENDANCE_STATUSES.map((status) => (
        <span key={status} className={`attendance-counts__item status--${status.toLowerCase()}`}>
          {t(`attendance.${status}`)}: <strong>{rows.filter((row) => row.status === status).length}</strong>
        </span>
      ))}
      {notRecorded > 0 && (
        <span className="attendance-counts__item">
          {t("attendance.NOT_RECORDED")}: <strong>{notRecorded}</strong>
        </span>
      )}
    </p>
  );
}

/** The public attendance register [prania] of the session. */
export function AttendanceGrid({
  session,
  councillors,
}: {
  session: Session;
  councillors?: ReadonlyArray<Councillor & { active?: boolean }>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows = attendanceRows(session, councillors);
  return (
    <section className="panel attendance-grid" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("attendance.heading")}</Heading>
      <AttendanceCounts rows={rows} />
      {rows.length === 0 ? (
        <p className="muted">{t("attendance.empty")}</p>
      ) : (
        <ul className="attendance-grid__list">
          {rows.map(({ councillor, status }) => (
            <li key={councillor.id} className={`attendance-card status--${(status ?? "none").toLowerCase()}`}>
              <span className="attendance-card__name">{councillor.fullName}</span>
              <span className="attendance-card__status">
                <span aria-hidden="true">{statusIcon(status)} </span>
                {status ? t(`attendance.${status}`) : t("attendance.NOT_RECORDED")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function statusIcon(status: AttendanceStatus | null): string {
  switch (status) {
    case "PRESENT":
      return "●";
    case "EXCUSED":
      return "◐";
    case "ABSENT":
      return "○";
    default:
      return "·";
  }
}
