import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { DateTime } from "../../ui/DateTime";
import { HeadingLevel } from "../../ui/Heading";
import { Loading } from "../../ui/Loading";
import { QueryError } from "../../ui/QueryError";
import { LateNoticeMark, SessionStatusBadge } from "../../ui/StatusBadge";
import { MinutesConsole } from "../../minutes/MinutesConsole";
import { DeclarationForm } from "../DeclarationForm";
import { agendaInOrder } from "../model";
import { CouncillorsQuery, SessionByIdQuery } from "../operations";
import { QuorumPanel } from "../QuorumPanel";
import { useSessionUpdates } from "../useSessionUpdates";
import { AgendaConsole } from "./AgendaConsole";
import { AttendanceConsole } from "./AttendanceConsole";
import { SessionControls } from "./SessionControls";
import { VoteConsole } from "./VoteConsole";

/** One session at the secretariat's desk, live through the same subscription as the public. */
export function SessionConsole({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(SessionByIdQuery, { variables: { id: sessionId } });
  const councillors = useQuery(CouncillorsQuery);
  useSessionUpdates(sessionId, refetch);
  if (!data) {
    if (error) return <QueryError error={error} onRetry={() => refetch()} />;
    return <Loading />;
  }
  const session = data.session;
  if (!session) return <p className="empty-state">{t("dashboard.notFound")}</p>;
  const activeCouncillors = (councillors.data?.councillors ?? []).filter((c) => c.active);
  return (
    <article className="session-console" aria-labelledby="console-session-title">
      <header className="session-header">
        <p className="session-header__body">{session.body.name}</p>
        <h2 id="console-session-title">{session.title}</h2>
        <p className="session-header__meta">
          <DateTime iso={session.scheduledAt} style="full" />
          <SessionStatusBadge status={session.status} />
          {session.lateNotice && <LateNoticeMark />}
          <Link to={`/seanca/${session.id}`}>{t("console.publicView")}</Link>
        </p>
        <SessionControls session={session} />
      </header>
      <HeadingLevel base={3}>
        <MinutesConsole session={session} />
        <div className="console__grid">
          <QuorumPanel quorum={session.quorum} />
          <VoteConsole session={session} />
        </div>
        {councillors.error && !councillors.data ? (
          <QueryError error={councillors.error} onRetry={() => councillors.refetch()} />
        ) : (
          <AttendanceConsole session={session} councillors={activeCouncillors} />
        )}
        <AgendaConsole session={session} />
        {session.status !== "CLOSED" && (
          <DeclarationForm
            items={agendaInOrder(session)}
            defaultItemId={session.currentItem?.id}
            councillors={activeCouncillors}
          />
        )}
      </HeadingLevel>
    </article>
  );
}
