import { useMutation } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { AttendanceStatus } from "../../gql/graphql";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { Heading } from "../../ui/Heading";
import { useMutationAction } from "../../ui/useMutationAction";
import { AttendanceCounts, attendanceRows } from "../AttendanceGrid";
import { ATTENDANCE_STATUSES, type Session } from "../model";
import { RecordAttendanceBatchMutation, RecordAttendanceMutation } from "../operations";

type Councillor = { id: string; fullName: string; party: string | null; active: boolean };

/**
 * The roll call [prania]: one press per councillor, arrivals and departures
 * mid-sitting included. The quorum above follows every change.
 */
export function AttendanceConsole({ session, councillors }: { session: Session; councillors: readonly Councillor[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows = attendanceRows(session, councillors);
  const [recordAttendance] = useMutation(RecordAttendanceMutation);
  const [recordBatch] = useMutation(RecordAttendanceBatchMutation);
  const markAll = useMutationAction();

  async function markAllPresent() {
    const pending = rows.filter((row) => row.status !== "PRESENT");
    if (pending.length === 0) return;
    // One change on the server: every councillor is still recorded and audited one by one.
    await markAll.run(() =>
      recordBatch({
        variables: { input: { sessionId: session.id, councillorIds: pending.map((row) => row.councillor.id), status: "PRESENT" } },
      }),
    );
  }

  const closed = session.status === "CLOSED";
  return (
    <section className="panel attendance-console" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("attendance.heading")}</Heading>
      <AttendanceCounts rows={rows} />
      {!closed && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void markAllPresent()} disabled={markAll.pending}>
            {t("console.markAllPresent")}
          </button>
        </div>
      )}
      <ErrorMessage error={markAll.error} />
      <ul className="attendance-console__list">
        {rows.map((row) => (
          <AttendanceRow
            key={row.councillor.id}
            councillor={row.councillor}
            status={row.status}
            disabled={closed || markAll.pending}
            record={(status) =>
              recordAttendance({ variables: { input: { sessionId: session.id, councillorId: row.councillor.id, status } } })
            }
          />
        ))}
      </ul>
    </section>
  );
}

function AttendanceRow({
  councillor,
  status,
  disabled,
  record,
}: {
  councillor: { id: string; fullName: string; party?: string | null };
  status: AttendanceStatus | null;
  disabled: boolean;
  record: (status: AttendanceStatus) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  const action = useMutationAction();
  return (
    <li className={`attendance-row status--${(status ?? "none").toLowerCase()}`}>
      <div role="group" aria-labelledby={nameId} className="attendance-row__group">
        <span id={nameId} className="attendance-row__name">
          {councillor.fullName}
        </span>
        <span className="attendance-row__buttons">
          {ATTENDANCE_STATUSES.map((option) => (
            <button
              key={option}
              type="button"
              className={`chip chip--${option.toLowerCase()}`}
              aria-pressed={status === option}
              disabled={disabled || action.pending}
              onClick={() => void action.run(() => record(option))}
            >
              {status === option && <span aria-hidden="true">✔ </span>}
              {t(`attendance.${option}`)}
            </button>
          ))}
        </span>
      </div>
      <ErrorMessage error={action.error} />
    </li>
  );
}
