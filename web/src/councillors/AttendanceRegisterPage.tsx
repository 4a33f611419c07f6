import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { ScrollTable } from "../ui/ScrollTable";
import { Day } from "./Day";
import "./i18n";
import "./councillors.css";
import { periodOf } from "./model";
import { AttendanceRegisterQuery } from "./operations";
import { PeriodControl, usePeriodRange } from "./PeriodControl";

/**
 * `/prania`: the register of attendance [regjistri i pjesëmarrjes] of the council's sessions in a
 * period (kept in the address), per session and per councillor, with the open-data files. Public.
 */
export function AttendanceRegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("councillors:register.title"));
  const period = usePeriodRange();
  const { data, previousData, error, refetch } = useQuery(AttendanceRegisterQuery, { variables: periodOf(period.range) });
  const reg = (data ?? previousData)?.attendanceRegister;
  return (
    <div className="councillors-page">
      <h1>{t("councillors:register.title")}</h1>
      <p className="transparency-intro">{t("councillors:register.intro")}</p>
      <p>
        {t("councillors:register.download")} <a href="/open-data/attendance.csv">attendance.csv</a> · <a href="/open-data/attendance.json">attendance.json</a>
      </p>
      <PeriodControl key={`${period.range.nga}/${period.range.deri}`} {...period} />
      {!reg ? (
        error ? <QueryError error={error} onRetry={() => refetch()} /> : <Loading />
      ) : reg.sessions.length === 0 ? (
        <div className="empty-state">
          <p>{t("councillors:register.empty")}</p>
        </div>
      ) : (
        <>
          <h2>{t("councillors:register.bySession")}</h2>
          <ScrollTable className="data-table" caption={t("councillors:register.sessionsCaption", { count: reg.sessions.length })}>
            <thead>
              <tr>
                <th scope="col">{t("councillors:record.session")}</th>
                <th scope="col">{t("councillors:register.seated")}</th>
                <th scope="col">{t("councillors:status.present")}</th>
                <th scope="col">{t("councillors:status.excused")}</th>
                <th scope="col">{t("councillors:status.absent")}</th>
                <th scope="col">{t("councillors:figure.late")}</th>
                <th scope="col">{t("councillors:figure.early")}</th>
                <th scope="col">{t("councillors:register.quorum")}</th>
              </tr>
            </thead>
            <tbody>
              {reg.sessions.map((s) => (
                <tr key={s.sessionId}>
                  <th scope="row">
                    <Link to={`/seanca/${s.sessionId}`}>{s.title}</Link>
                    <br />
                    <span className="muted">
                      <Day value={s.scheduledAt} />
                    </span>
                  </th>
                  <td>{s.seated}</td>
                  <td>{s.present}</td>
                  <td>{s.excused}</td>
                  <td>{s.absent}</td>
                  <td>{s.late}</td>
                  <td>{s.leftEarly}</td>
                  <td>
                    {s.quorumReached ? t("councillors:register.quorumYes") : t("councillors:register.quorumNo")}{" "}
                    <span className="muted">{t("councillors:register.quorumNumbers", { present: s.presentAtEnd, required: s.quorumRequired })}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <h2>{t("councillors:register.byCouncillor")}</h2>
          <ScrollTable className="data-table" caption={t("councillors:register.councillorsCaption", { count: reg.councillors.length })}>
            <thead>
              <tr>
                <th scope="col">{t("councillors:register.councillor")}</th>
                <th scope="col">{t("councillors:register.seated")}</th>
                <th scope="col">{t("councillors:status.present")}</th>
                <th scope="col">{t("councillors:status.excused")}</th>
                <th scope="col">{t("councillors:status.absent")}</th>
                <th scope="col">{t("councillors:figure.late")}</th>
                <th scope="col">{t("councillors:figure.early")}</th>
                <th scope="col">{t("councillors:register.rate")}</th>
              </tr>
            </thead>
            <tbody>
              {reg.councillors.map((c) => (
                <tr key={c.councillor.id}>
                  <th scope="row">
                    <Link to={`/keshilltaret/${c.councillor.id}?nga=${period.range.nga}&deri=${period.range.deri}`}>{c.councillor.fullName}</Link>{" "}
                    <span className="muted">{c.councillor.party ?? ""}</span>
                  </th>
                  <td>{c.seated}</td>
                  <td>{c.present}</td>
                  <td>{c.excused}</td>
                  <td>{c.absent}</td>
                  <td>{c.late}</td>
                  <td>{c.leftEarly}</td>
                  <td>{c.attendanceRatePct === null ? "—" : `${c.attendanceRatePct.toLocaleString("sq-AL")} %`}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
    </div>
  );
}
