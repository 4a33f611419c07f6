import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { OssKpiFieldsFragment } from "../gql/graphql";
import { ChartFigure } from "../ui/ChartFigure";
import { ScrollTable } from "../ui/ScrollTable";
import { formatDecimal, monthLabel } from "./month";

type Month = OssKpiFieldsFragment;

// The stylesheet's colours (≥ 4.5:1 on white); the legend and the table name every series.
const RECEIVED = "#4a5260";
const COMPLETED = "#17612a";
const WITHIN_SLA = "#3d3d9e";
const HOURS = "#6b4b00";

/** First and last months that have a value for `pick`, for the charts' one-line summaries. */
function ends(months: readonly Month[], pick: (m: Month) => number | null): { first: Month; last: Month } | null {
  const withValue = months.filter((m) => pick(m) !== null);
  return withValue.length === 0 ? null : { first: withValue[0], last: withValue[withValue.length - 1] };
}

/**
 * The last 12 months as three charts: requests received vs completed (bars),
 * % completed within the SLA and average processing time (lines). The charts
 * are pictures for sighted readers; each has a one-sentence summary, and the
 * numbers behind all three are in a table right below them.
 */
export function KpiTrendCharts({ months }: { months: readonly Month[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ids = { volume: useId(), sla: useId(), hours: useId(), table: useId() };
  const decimal = (value: number | null) => formatDecimal(value, language) ?? t("oss:kpi.noData");
  const data = months.map((m) => ({
    label: monthLabel(m.month, language, true),
    received: m.received,
    completed: m.completed,
    withinSla: m.completedWithinSlaPct,
    hours: m.avgProcessingWorkingHours,
  }));
  const from = monthLabel(months[0].month, language);
  const to = monthLabel(months[months.length - 1].month, language);
  const totals = months.reduce((s, m) => ({ received: s.received + m.received, completed: s.completed + m.completed }), {
    received: 0,
    completed: 0,
  });
  const sla = ends(months, (m) => m.completedWithinSlaPct);
  const hours = ends(months, (m) => m.avgProcessingWorkingHours);
  const tooltipFormatter = (value: unknown) => (typeof value === "number" ? decimal(value) : String(value ?? ""));
  const axisTick = { fill: "#111418", fontSize: 12 };

  return (
    <div className="oss-trend">
      <ChartFigure
        block="oss-chart"
        id={ids.volume}
        title={t("oss:kpi.trendVolume")}
        summary={t("oss:kpi.trendVolumeSummary", {
          from,
          to,
          received: formatDecimal(totals.received, language, 0),
          completed: formatDecimal(totals.completed, language, 0),
        })}
        height={260}
        chart={
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={axisTick} />
            <YAxis allowDecimals={false} tick={axisTick} width={48} />
            <Tooltip formatter={tooltipFormatter} />
            <Legend />
            <Bar dataKey="received" name={t("oss:kpi.received")} fill={RECEIVED} isAnimationActive={false} />
            <Bar dataKey="completed" name={t("oss:kpi.completed")} fill={COMPLETED} isAnimationActive={false} />
          </BarChart>
        }
      />

      <ChartFigure
        block="oss-chart"
        id={ids.sla}
        title={t("oss:kpi.trendSla")}
        summary={
          sla
            ? t("oss:kpi.trendSlaSummary", {
                firstMonth: monthLabel(sla.first.month, language),
                first: decimal(sla.first.completedWithinSlaPct),
                lastMonth: monthLabel(sla.last.month, language),
                last: decimal(sla.last.completedWithinSlaPct),
              })
            : t("oss:kpi.noData")
        }
        height={240}
        chart={
          <LineChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={axisTick} />
            <YAxis domain={[0, 100]} unit=" %" tick={axisTick} width={56} />
            <Tooltip formatter={tooltipFormatter} />
            <Legend />
            <Line
              type="monotone"
              dataKey="withinSla"
              name={t("oss:kpi.withinSla")}
              stroke={WITHIN_SLA}
              strokeWidth={3}
              dot={{ r: 4 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        }
      />

      <ChartFigure
        block="oss-chart"
        id={ids.hours}
        title={t("oss:kpi.trendHours")}
        summary={
          hours
            ? t("oss:kpi.trendHoursSummary", {
                firstMonth: monthLabel(hours.first.month, language),
                first: decimal(hours.first.avgProcessingWorkingHours),
                lastMonth: monthLabel(hours.last.month, language),
                last: decimal(hours.last.avgProcessingWorkingHours),
              })
            : t("oss:kpi.noData")
        }
        height={240}
        chart={
          <LineChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={axisTick} />
            <YAxis tick={axisTick} width={48} />
            <Tooltip formatter={tooltipFormatter} />
            <Legend />
            <Line
              type="monotone"
              dataKey="hours"
              name={t("oss:kpi.avgHours")}
              stroke={HOURS}
              strokeWidth={3}
              strokeDasharray="6 3"
              dot={{ r: 4 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        }
      />

      <details className="oss-trend__data">
        <summary id={ids.table}>{t("oss:kpi.trendTable")}</summary>
        <ScrollTable regionClassName="oss-table-scroll" className="oss-table" labelledBy={ids.table}>
          <thead>
            <tr>
              <th scope="col">{t("oss:kpi.col.month")}</th>
              <th scope="col">{t("oss:kpi.received")}</th>
              <th scope="col">{t("oss:kpi.completed")}</th>
              <th scope="col">{t("oss:kpi.col.withinSla")}</th>
              <th scope="col">{t("oss:kpi.col.avgHours")}</th>
              <th scope="col">{t("oss:kpi.col.medianHours")}</th>
              <th scope="col">{t("oss:kpi.complaints")}</th>
              <th scope="col">{t("oss:kpi.col.satisfaction")}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.month, language)}</th>
                <td className="oss-num">{m.received}</td>
                <td className="oss-num">{m.completed}</td>
                <td className="oss-num">{decimal(m.completedWithinSlaPct)}</td>
                <td className="oss-num">{decimal(m.avgProcessingWorkingHours)}</td>
                <td className="oss-num">{decimal(m.medianProcessingWorkingHours)}</td>
                <td className="oss-num">{m.complaints}</td>
                <td className="oss-num">{decimal(m.avgSatisfaction)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </details>
    </div>
  );
}
