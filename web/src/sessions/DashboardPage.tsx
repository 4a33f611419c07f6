import { useQuery } from "@apollo/client/react";
import { lazy, Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { DashboardSkeleton } from "./DashboardSkeleton";
import type { Session } from "./model";
import { QueryError } from "../ui/QueryError";
import { LiveSessionQuery, SessionByIdQuery } from "./operations";
import { useSessionUpdates } from "./useSessionUpdates";
import { useDocumentTitle } from "../app/useDocumentTitle";

// The dashboard's panels, asked for right after the first render (the skeleton), in parallel with the session's
// query: the first render needs neither, so the first load stays light (test/browser/first-load.test.ts).
let panels: Promise<typeof import("./SessionDashboard")> | null = null;
const loadPanels = () => (panels ??= import("./SessionDashboard"));
const LazySessionDashboard = lazy(() => loadPanels().then((m) => ({ default: m.SessionDashboard })));

function SessionDashboard({ session }: { session: Session }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<DashboardSkeleton label={t("dashboard.loading")} />}>
      <LazySessionDashboard session={session} />
    </Suspense>
  );
}

/**
 * `/`: the session in progress, else the next one scheduled. The occasional
 * poll notices when another session becomes the live one; the subscription
 * carries everything that happens inside it.
 */
export function LiveDashboardPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(LiveSessionQuery, { pollInterval: 60_000 });
  useEffect(() => void loadPanels(), []);
  const session = data?.liveSession ?? null;
  useSessionUpdates(session?.id, refetch);
  useDocumentTitle(session?.title ?? t("dashboard.title"));
  if (!data) {
    if (error) return <QueryError error={error} onRetry={() => refetch()} />;
    return <DashboardSkeleton label={t("dashboard.loading")} />;
  }
  if (!session) return <NoSession />;
  return <SessionDashboard session={session} />;
}

/** `/seanca/:id`: the same dashboard for one session, past or future. */
export function SessionDashboardPage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(SessionByIdQuery, { variables: { id: sessionId } });
  useEffect(() => void loadPanels(), []);
  const session = data?.session ?? null;
  // Subscribe at once with the address's id, in parallel with the first query.
  useSessionUpdates(sessionId, refetch);
  useDocumentTitle(session?.title ?? t("dashboard.title"));
  if (!data) {
    if (error) return <QueryError error={error} onRetry={() => refetch()} />;
    return <DashboardSkeleton label={t("dashboard.loading")} />;
  }
  if (!session) {
    return (
      <div className="empty-state">
        <h1>{t("dashboard.notFound")}</h1>
        <p>
          <Link to="/seancat">{t("sessions.allSessions")}</Link>
        </p>
      </div>
    );
  }
  return <SessionDashboard session={session} />;
}

function NoSession() {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <h1>{t("dashboard.noSession")}</h1>
      <p>{t("dashboard.noSessionHelp")}</p>
      <p>
        <Link to="/seancat">{t("sessions.allSessions")}</Link>
      </p>
    </div>
  );
}
