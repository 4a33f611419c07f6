import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import { DateTime } from "../ui/DateTime";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { LateNoticeMark, SessionStatusBadge } from "../ui/StatusBadge";
import { LateMinutesMark } from "../minutes/MinutesMarks";
import { SessionListQuery } from "./operations";

type Listed = { id: string; title: string; scheduledAt: string };

export function newestFirst<T extends Listed>(sessions: readonly T[]): T[] {
  return [...sessions].sort((a, b) => (a.scheduledAt < b.scheduledAt ? 1 : -1));
}

/** `/seancat`: every session of the council, newest first. */
export function SessionListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("sessions.heading"));
  const { data, error, refetch } = useQuery(SessionListQuery);
  return (
    <div className="session-list-page">
      <h1>{t("sessions.heading")}</h1>
      {!data ? (
        error ? (
          <QueryError error={error} onRetry={() => refetch()} />
        ) : (
          <Loading />
        )
      ) : data.sessions.length === 0 ? (
        <p className="empty-state">{t("sessions.empty")}</p>
      ) : (
        <ul className="session-list">
          {newestFirst(data.sessions).map((session) => (
            <li key={session.id} className="session-list__item">
              <Link to={`/seanca/${session.id}`} className="session-list__title">
                {session.title}
              </Link>
              <span className="session-list__meta">
                <DateTime iso={session.scheduledAt} />
                <span className="muted">{session.body.name}</span>
                <SessionStatusBadge status={session.status} />
                {session.lateNotice && <LateNoticeMark />}
                {session.minutes && <LateMinutesMark minutes={session.minutes} />}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
