import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useAuth } from "../app/auth/AuthProvider";
import { useDocumentTitle } from "../app/useDocumentTitle";
import { DateTime } from "../ui/DateTime";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import "./i18n";
import { DraftsOpenForCommentQuery } from "./operations";
import "./comments.css";

/** `/projektvendime`: the draft decisions open for public comment now, by session date. */
export function DraftsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("comments:list.title"));
  const { hasRole } = useAuth();
  const { data, loading, error, refetch } = useQuery(DraftsOpenForCommentQuery);
  const drafts = data?.draftsOpenForComment ?? [];
  return (
    <div className="comments-page">
      <h1>{t("comments:list.title")}</h1>
      <p className="comments-intro">{t("comments:list.intro")}</p>
      {hasRole("SECRETARIAT") && (
        <p><Link to="/projektvendime/moderimi">{t("comments:list.moderation")}</Link></p>
      )}
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : drafts.length === 0 ? (
        <p className="comments-empty">{t("comments:list.empty")}</p>
      ) : (
        <ul className="draft-list">
          {drafts.map((d) => (
            <li key={d.agendaItemId} className="draft-card">
              <h2 className="draft-card__title"><Link to={`/projektvendime/${d.agendaItemId}`}>{d.title}</Link></h2>
              <p className="muted">{d.sessionTitle} · <DateTime iso={d.scheduledAt} /></p>
              <p>
                {t("comments:list.closes")} <strong><DateTime iso={d.commentsCloseAt} /></strong>
                {" · "}{t("comments:list.published", { count: d.publishedComments })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        {t("comments:list.openData")} <a href="/open-data/consultation-reports.csv">CSV</a> · <a href="/open-data/consultation-reports.json">JSON</a>
      </p>
    </div>
  );
}
