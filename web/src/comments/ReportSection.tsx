import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from "recharts";
import type { ConsultationReportFieldsFragment } from "../gql/graphql";
import { ChartFigure } from "../ui/ChartFigure";
import { DateTime } from "../ui/DateTime";
import { womenPercent } from "./model";

// The stylesheet's colours (≥ 4.5:1 on white); the figures are also in the list beside the chart.
const COLOURS = { ACCEPTED: "#17612a", PARTLY_ACCEPTED: "#6b4b00", NOT_ACCEPTED: "#8a1c1c" } as const;
const axisTick = { fill: "#111418", fontSize: 12 };

/**
 * The consultation report [raporti i konsultimit] of a draft: received, published, rejected by reason, answered
 * by outcome, participation by gender against the 40 % target; a chart of the outcomes; the CSV and JSON files.
 */
export function ReportSection({ report }: { report: ConsultationReportFieldsFragment }) {
  const { t } = useTranslation();
  const id = useId();
  const share = womenPercent(report);
  const outcomes = report.byOutcome.map((o) => ({ label: t(`comments:outcome.${o.outcome}`), count: o.count, outcome: o.outcome }));
  return (
    <section aria-labelledby="report-title" className="consultation-report">
      <h2 id="report-title">{t("comments:report.title")}</h2>
      <p className={report.reportPublished ? "report-status report-status--published" : "report-status"}>
        {report.reportPublished && report.reportPublishedAt
          ? <>{t("comments:report.published")} <DateTime iso={report.reportPublishedAt} /></>
          : t("comments:report.notPublished")}
      </p>
      <dl className="report-figures">
        <div><dt>{t("comments:report.received")}</dt><dd>{report.received}</dd></div>
        <div><dt>{t("comments:report.online")}</dt><dd>{report.online}</dd></div>
        <div><dt>{t("comments:report.paper")}</dt><dd>{report.paper}</dd></div>
        <div><dt>{t("comments:report.pending")}</dt><dd>{report.pending}</dd></div>
        <div><dt>{t("comments:report.publishedCount")}</dt><dd>{report.published}</dd></div>
        <div><dt>{t("comments:report.rejected")}</dt><dd>{report.rejected}</dd></div>
        {report.rejectedByReason.filter((r) => r.count > 0).map((r) => (
          <div key={r.reason} className="report-figures__sub"><dt>{t(`comments:reason.${r.reason}`)}</dt><dd>{r.count}</dd></div>
        ))}
        <div><dt>{t("comments:report.answered")}</dt><dd>{report.answered}</dd></div>
        {report.byOutcome.map((o) => (
          <div key={o.outcome} className="report-figures__sub"><dt>{t(`comments:outcome.${o.outcome}`)}</dt><dd>{o.count}</dd></div>
        ))}
      </dl>
      <h3>{t("comments:report.byGender")}</h3>
      <dl className="report-figures">
        <div><dt>{t("comments:gender.FEMALE")}</dt><dd>{report.women}</dd></div>
        <div><dt>{t("comments:gender.MALE")}</dt><dd>{report.men}</dd></div>
        <div><dt>{t("comments:gender.OTHER")}</dt><dd>{report.otherGender}</dd></div>
        <div><dt>{t("comments:report.undisclosed")}</dt><dd>{report.undisclosed}</dd></div>
      </dl>
      <p>{share === null ? t("comments:report.noShare") : t("comments:report.womenShare", { pct: share })}</p>
      {report.answered > 0 && (
        <ChartFigure
          block="comments-chart"
          id={id}
          title={t("comments:report.chartTitle")}
          summary={t("comments:report.chartSummary", { list: outcomes.map((o) => `${o.label}: ${o.count}`).join("; ") })}
          height={160}
          chart={
            <BarChart data={outcomes} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={axisTick} />
              <YAxis type="category" dataKey="label" tick={axisTick} width={120} />
              <Bar dataKey="count" isAnimationActive={false}>
                {outcomes.map((o) => <Cell key={o.outcome} fill={COLOURS[o.outcome]} />)}
              </Bar>
            </BarChart>
          }
        />
      )}
      <p className="muted">
        {t("comments:report.download")}{" "}
        <a href={`/open-data/consultation-reports/${report.agendaItemId}.csv`}>CSV</a> · <a href={`/open-data/consultation-reports/${report.agendaItemId}.json`}>JSON</a>
      </p>
    </section>
  );
}
