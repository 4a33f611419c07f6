import { useQuery } from "@apollo/client/react";
import { useEffect, useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import "../../floor/i18n";
import { DateTime } from "../../ui/DateTime";
import { HeadingLevel } from "../../ui/Heading";
import { Loading } from "../../ui/Loading";
import { QueryError } from "../../ui/QueryError";
import { LateNoticeMark, SessionStatusBadge } from "../../ui/StatusBadge";
import { MinutesConsole } from "../../minutes/MinutesConsole";
import { PackageConsole } from "../../packages/PackageConsole";
import { DeclarationForm } from "../DeclarationForm";
import { agendaInOrder } from "../model";
import { CouncillorsQuery, SessionByIdQuery } from "../operations";
import { QuorumPanel } from "../QuorumPanel";
import { useSessionUpdates } from "../useSessionUpdates";
import { AgendaConsole, CurrentItemPanel } from "./AgendaConsole";
import { AttendanceConsole } from "./AttendanceConsole";
import { ConsoleTabs } from "./ConsoleTabs";
import { FloorConsole } from "./FloorConsole";
import { SessionControls } from "./SessionControls";
import { ShortcutsHelp } from "./ShortcutsHelp";
import { StreamUrlForm } from "./StreamUrlForm";
import { VoteConsole } from "./VoteConsole";
import "./console.css";

/** The class on <html> that fits the page to the screen while a session's console is open. */
const FIT_CLASS = "console-fit";

/**
 * One session at the secretariat's desk, on one screen (1366×768 and up, no
 * page scroll): the bar with the session's controls, quorum and stream
 * address; the current item and the way on; the speakers list; the vote; and
 * tabs for attendance, the agenda, declarations, the minutes and the other
 * sessions. Live through the same subscription as the public.
 */
export function SessionConsole({ sessionId, sessionsPanel }: { sessionId: string; sessionsPanel?: ReactNode }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { data, error, refetch } = useQuery(SessionByIdQuery, { variables: { id: sessionId } });
  const councillors = useQuery(CouncillorsQuery);
  useSessionUpdates(sessionId, refetch);
  useEffect(() => {
    document.documentElement.classList.add(FIT_CLASS);
    return () => document.documentElement.classList.remove(FIT_CLASS);
  }, []);
  if (!data) {
    if (error) return <QueryError error={error} onRetry={() => refetch()} />;
    return <Loading />;
  }
  const session = data.session;
  if (!session) return <p className="empty-state">{t("dashboard.notFound")}</p>;
  const activeCouncillors = (councillors.data?.councillors ?? []).filter((c) => c.active);
  const closed = session.status === "CLOSED";

  const tabs = [
    {
      id: "attendance",
      label: t("floor:console.tabAttendance"),
      content:
        councillors.error && !councillors.data ? (
          <QueryError error={councillors.error} onRetry={() => councillors.refetch()} />
        ) : !councillors.data ? (
          <Loading />
        ) : (
          <AttendanceConsole session={session} councillors={activeCouncillors} />
        ),
    },
    { id: "agenda", label: t("floor:console.tabAgenda"), content: <AgendaConsole session={session} startButtons={false} /> },
    {
      id: "declarations",
      label: t("floor:console.tabDeclarations"),
      content: closed ? (
        <p className="muted">{t("console.closedReadOnly")}</p>
      ) : (
        <DeclarationForm items={agendaInOrder(session)} defaultItemId={session.currentItem?.id} councillors={activeCouncillors} />
      ),
    },
    {
      id: "minutes",
      label: t("floor:console.tabMinutes"),
      content: closed ? <MinutesConsole session={session} /> : <p className="muted">{t("floor:console.minutesAfterClose")}</p>,
    },
    { id: "package", label: t("packages:console.tab"), content: <PackageConsole session={session} /> },
    ...(sessionsPanel ? [{ id: "sessions", label: t("floor:console.tabSessions"), content: sessionsPanel }] : []),
  ];

  return (
    <article className="session-console session-console--fit" aria-labelledby={titleId}>
      <header className="console-bar">
        <div className="console-bar__session">
          <h2 id={titleId} className="console-bar__title">
            {session.title}
          </h2>
          <p className="console-bar__meta">
            <span>{session.body.name}</span>
            <DateTime iso={session.scheduledAt} />
            <SessionStatusBadge status={session.status} />
            {session.lateNotice && <LateNoticeMark />}
            <Link to={`/seanca/${session.id}`}>{t("console.publicView")}</Link>
          </p>
        </div>
        <SessionControls session={session} />
        <HeadingLevel base={3}>
          <QuorumPanel quorum={session.quorum} />
        </HeadingLevel>
        {!closed && <StreamUrlForm session={session} />}
      </header>
      <HeadingLevel base={3}>
        <div className="console-col console-col--item">
          <CurrentItemPanel session={session} />
          <ConsoleTabs key={closed ? "closed" : "open"} label={t("floor:console.tabsLabel")} tabs={tabs} initial={closed ? "minutes" : "attendance"} />
        </div>
        <div className="console-col console-col--floor">
          <FloorConsole session={session} />
          <ShortcutsHelp />
        </div>
        <div className="console-col console-col--vote">
          <VoteConsole session={session} />
        </div>
      </HeadingLevel>
    </article>
  );
}
