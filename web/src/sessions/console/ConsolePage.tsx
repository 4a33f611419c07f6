import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../app/useDocumentTitle";
import { Loading } from "../../ui/Loading";
import { QueryError } from "../../ui/QueryError";
import { LiveSessionQuery } from "../operations";
import { ConsoleSessionList } from "./ConsoleSessionList";
import { NewSessionForm } from "./NewSessionForm";
import { SessionConsole } from "./SessionConsole";

/**
 * `/konsola` and `/konsola/:sessionId`: the secretariat runs a sitting from
 * here. Without a session in the address it opens the live one.
 */
export function ConsolePage({ selectedId }: { selectedId: string | null }) {
  const { t } = useTranslation();
  useDocumentTitle(t("console.heading"));
  const headingId = useId();
  const live = useQuery(LiveSessionQuery, { skip: selectedId !== null });
  const sessionId = selectedId ?? live.data?.liveSession?.id ?? null;
  if (sessionId) {
    // One screen for the sitting: the other sessions and the new-session form move to a tab.
    return (
      <div className="console console--session">
        <h1 id={headingId} className="console__heading">
          {t("console.heading")}
        </h1>
        <SessionConsole
          key={sessionId}
          sessionId={sessionId}
          sessionsPanel={
            <>
              <ConsoleSessionList selectedId={sessionId} />
              <NewSessionForm />
            </>
          }
        />
      </div>
    );
  }
  return (
    <div className="console">
      <h1 id={headingId}>{t("console.heading")}</h1>
      <div className="console__layout">
        <div className="console__aside">
          <ConsoleSessionList selectedId={sessionId} />
          <NewSessionForm />
        </div>
        <div className="console__main">
          {live.error ? (
            <QueryError error={live.error} onRetry={() => live.refetch()} />
          ) : live.loading ? <Loading /> : <p className="empty-state">{t("console.chooseSession")}</p>}
        </div>
      </div>
    </div>
  );
}
