import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useAuth } from "../app/auth/AuthProvider";
import { useDocumentTitle } from "../app/useDocumentTitle";
import { DateTime } from "../ui/DateTime";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { ScrollTable } from "../ui/ScrollTable";
import "./i18n";
import "./committees.css";
import { CommitteeListQuery } from "./operations";

/** `/komisionet`: the council's committees, each with its chair, members and next meeting. Public. */
export function CommitteeListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("committees:list.title"));
  const { hasRole } = useAuth();
  const { data, error, refetch } = useQuery(CommitteeListQuery);
  const committees = data?.committees;

  return (
    <div className="committee-list-page">
      <h1>{t("committees:list.title")}</h1>
      <p className="transparency-intro">{t("committees:list.intro")}</p>
      {hasRole("ADMIN", "SECRETARIAT") && (
        <p>
          <Link to="/komisionet/menaxho" className="button button--small">
            {t("committees:list.manage")}
          </Link>
        </p>
      )}
      {!committees ? (
        error ? (
          <QueryError error={error} onRetry={() => refetch()} />
        ) : (
          <Loading />
        )
      ) : committees.length === 0 ? (
        <div className="empty-state">
          <p>{t("committees:list.empty")}</p>
        </div>
      ) : (
        <ScrollTable className="data-table" caption={t("committees:list.caption", { count: committees.length })}>
          <thead>
            <tr>
              <th scope="col">{t("committees:list.name")}</th>
              <th scope="col">{t("committees:list.chair")}</th>
              <th scope="col">{t("committees:list.members")}</th>
              <th scope="col">{t("committees:list.nextMeeting")}</th>
            </tr>
          </thead>
          <tbody>
            {committees.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/komisionet/${c.id}`}>{c.name}</Link>
                </th>
                <td>{c.chair ? c.chair.councillor.fullName : <span className="muted">{t("committees:list.noChair")}</span>}</td>
                <td>{t("committees:list.membersOfSeats", { count: c.membersCount, seats: c.seats })}</td>
                <td>
                  {c.nextMeeting ? (
                    <>
                      <Link to={`/seanca/${c.nextMeeting.id}`}>
                        <DateTime iso={c.nextMeeting.scheduledAt} style="short" />
                      </Link>
                      {c.nextMeeting.lateNotice && (
                        <>
                          {" "}
                          <span className="badge badge--warning">
                            <span aria-hidden="true">⚠ </span>
                            {t("committees:meetings.lateNotice")}
                          </span>
                        </>
                      )}
                    </>
                  ) : (
                    <span className="muted">{t("committees:list.noMeeting")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </div>
  );
}
