import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { DateTime } from "../../ui/DateTime";
import { Loading } from "../../ui/Loading";
import { QueryError } from "../../ui/QueryError";
import { SessionStatusBadge } from "../../ui/StatusBadge";
import { SessionListQuery } from "../operations";
import { newestFirst } from "../SessionListPage";

export function ConsoleSessionList({ selectedId }: { selectedId: string | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, refetch } = useQuery(SessionListQuery);
  return (
    <nav className="panel console-sessions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("console.sessions")}</h2>
      {!data ? (
        error ? (
          <QueryError error={error} onRetry={() => refetch()} />
        ) : (
          <Loading />
        )
      ) : data.sessions.length === 0 ? (
        <p className="muted">{t("sessions.empty")}</p>
      ) : (
        <ul className="console-sessions__list">
          {newestFirst(data.sessions).map((session) => (
            <li key={session.id}>
              <Link
                to={`/konsola/${session.id}`}
                aria-current={session.id === selectedId ? "page" : undefined}
                className="console-sessions__link"
              >
                <span className="console-sessions__title">{session.title}</span>
                <span className="console-sessions__meta">
                  <DateTime iso={session.scheduledAt} /> <SessionStatusBadge status={session.status} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
