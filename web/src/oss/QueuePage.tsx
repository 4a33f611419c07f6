import { useQuery } from "@apollo/client/react";
import { useCallback, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { useNow } from "../ui/useNow";
import { ClosedRequests } from "./ClosedRequests";
import { CounterReceiptPanel, type PrintedReceipt } from "./CounterReceipt";
import "./i18n";
import "./oss.css";
import { OssCharterQuery, OssQueueQuery } from "./operations";
import { queueCounts, queueSections } from "./queue";
import { RequestForm } from "./RequestForm";
import { QueueTable } from "./QueueTable";
import { useServiceRequestUpdates, type Request } from "./useServiceRequestUpdates";

/** The visible timers move on between server updates this often. */
const TICK_MS = 30_000;
/** The queue is re-read this often, re-anchoring the timers on the server's working calendar (holidays). */
const REREAD_MS = 5 * 60_000;
/** How many closed requests stay on the page for a rating or a complaint. */
const CLOSED_KEPT = 20;

/**
 * `/zyra`: the One Stop Shop operator's desk. Register a request, work the
 * queue (most urgent first, live), and record the citizen's rating or
 * complaint once a request is closed.
 */
export function QueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("oss:queue.title"));
  const filterId = useId();
  const [officeFilter, setOfficeFilter] = useState("");
  const officeCode = officeFilter || null;
  const charter = useQuery(OssCharterQuery);
  const queue = useQuery(OssQueueQuery, {
    variables: { officeCode },
    fetchPolicy: "cache-and-network",
    pollInterval: REREAD_MS,
    notifyOnNetworkStatusChange: false,
  });
  const now = useNow(TICK_MS);
  const [closed, setClosed] = useState<Request[]>([]);
  const addClosed = useCallback((request: Request) => {
    setClosed((previous) => [request, ...previous.filter((r) => r.id !== request.id)].slice(0, CLOSED_KEPT));
  }, []);
  const [printed, setPrinted] = useState<PrintedReceipt | null>(null);
  const live = useServiceRequestUpdates({ officeCode, onClosed: addClosed, catchUp: () => queue.refetch() });

  const requests = queue.data?.serviceRequests ?? [];
  const { active, waiting } = queueSections(requests);
  const counts = queueCounts(requests);

  return (
    <div className="oss-page oss-queue-page">
      <h1>{t("oss:queue.title")}</h1>
      <p className="oss-intro">
        {t("oss:queue.intro")} <Link to="/zyra/treguesit">{t("oss:nav.kpis")}</Link> ·{" "}
        <Link to="/sherbimet">{t("oss:nav.charter")}</Link>
      </p>

      {charter.data ? (
        <RequestForm charter={charter.data} queueOfficeCode={officeCode} onPrinted={setPrinted} />
      ) : charter.error ? (
        <QueryError error={charter.error} onRetry={() => charter.refetch()} />
      ) : (
        <Loading />
      )}

      {printed && <CounterReceiptPanel printed={printed} onClose={() => setPrinted(null)} />}

      <section className="oss-queue-section" aria-labelledby={`${filterId}-heading`}>
        <div className="oss-queue-section__head">
          <h2 id={`${filterId}-heading`}>{t("oss:queue.activeHeading")}</h2>
          {charter.data && charter.data.offices.length > 1 && (
            <div className="field oss-office-filter">
              <label htmlFor={filterId}>{t("oss:queue.officeFilter")}</label>
              <select id={filterId} value={officeFilter} onChange={(e) => setOfficeFilter(e.target.value)}>
                <option value="">{t("oss:queue.allOffices")}</option>
                {charter.data.offices.map((office) => (
                  <option key={office.id} value={office.code}>
                    {office.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        {/* The queue's figures, announced politely whenever they change. */}
        <p className="oss-queue-summary" role="status" aria-live="polite" aria-atomic="true">
          {queue.data ? t("oss:queue.summary", counts) : ""}
        </p>
        <p className="oss-live-note muted" role="status" aria-live="polite" aria-atomic="true">
          {live.count > 0 && live.last
            ? `${t("oss:queue.liveUpdates", { count: live.count })} ${t("oss:queue.lastUpdate", {
                reference: live.last.reference,
                status: t(`oss:status.${live.last.status}`),
                sla: t(`oss:sla.${live.last.slaState}`),
              })}`
            : ""}
        </p>
        {!queue.data ? (
          queue.error ? (
            <QueryError error={queue.error} onRetry={() => queue.refetch()} />
          ) : (
            <Loading />
          )
        ) : (
          <>
            {queue.error && <QueryError error={queue.error} onRetry={() => queue.refetch()} />}
            {active.length === 0 ? (
              <p className="empty-state">{t("oss:queue.empty")}</p>
            ) : (
              <QueueTable
                requests={active}
                caption={t("oss:queue.activeCaption")}
                now={now}
                queueOfficeCode={officeCode}
                onClosed={addClosed}
                onPrinted={setPrinted}
              />
            )}
          </>
        )}
      </section>

      {queue.data && (
        <section className="oss-queue-section" aria-labelledby={`${filterId}-waiting`}>
          <h2 id={`${filterId}-waiting`}>{t("oss:queue.waitingHeading")}</h2>
          {waiting.length === 0 ? (
            <p className="muted">{t("oss:queue.waitingEmpty")}</p>
          ) : (
            <QueueTable
              requests={waiting}
              caption={t("oss:queue.waitingCaption")}
              now={now}
              queueOfficeCode={officeCode}
              onClosed={addClosed}
              onPrinted={setPrinted}
            />
          )}
        </section>
      )}

      <ClosedRequests requests={closed} />
    </div>
  );
}
