import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import "./i18n";
import "./oss.css";
import { OssCharterQuery } from "./operations";
import { SlaText, useServiceName } from "./RequestBits";
import { byCategory } from "./RequestForm";

/**
 * `/sherbimet`: the published service charter — every service of the One Stop
 * Shop with its standard time [afati i shërbimit] (Elbasan plan OS-1 action 29:
 * publish an SLA for citizens on the municipality's site).
 */
export function CharterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("oss:charter.title"));
  const serviceName = useServiceName();
  const { data, error, refetch } = useQuery(OssCharterQuery);
  return (
    <div className="oss-page oss-charter">
      <h1>{t("oss:charter.title")}</h1>
      <p className="oss-intro">{t("oss:charter.intro")}</p>
      <p>
        <Link to="/zyra/treguesit">{t("oss:charter.kpiLink")}</Link>
      </p>
      {!data ? (
        error ? (
          <QueryError error={error} onRetry={() => refetch()} />
        ) : (
          <Loading />
        )
      ) : data.serviceTypes.length === 0 ? (
        <p className="empty-state">{t("oss:charter.empty")}</p>
      ) : (
        byCategory(data.serviceTypes).map(([category, types], index) => (
          <section key={category} className="oss-charter__category" aria-labelledby={`oss-category-${index}`}>
            <div className="oss-table-scroll" tabIndex={0} role="region" aria-labelledby={`oss-category-${index}`}>
              <table className="oss-table oss-charter__table">
                <caption>
                  <h2 id={`oss-category-${index}`}>{category}</h2>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("oss:charter.col.service")}</th>
                    <th scope="col">{t("oss:charter.col.sla")}</th>
                    <th scope="col">{t("oss:charter.col.code")}</th>
                  </tr>
                </thead>
                <tbody>
                  {types.map((type) => (
                    <tr key={type.id}>
                      <th scope="row">{serviceName(type)}</th>
                      <td className="oss-charter__sla">
                        <SlaText type={type} />
                      </td>
                      <td>
                        <code>{type.code}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      )}
      <p className="muted oss-charter__note">{t("oss:charter.workingTimeNote")}</p>
    </div>
  );
}
