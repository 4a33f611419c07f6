import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { ConsultationGenderStatsFieldsFragment, InitiativeGenderStatsFieldsFragment } from "../gql/graphql";
import { ChartFigure } from "../ui/ChartFigure";
import { ScrollTable } from "../ui/ScrollTable";
import { INITIATIVE_KINDS } from "./labels";
import { formatNumber, formatPercent, periodLabel } from "./period";

export type TrendPoint = { stats: InitiativeGenderStatsFieldsFragment; participation: ConsultationGenderStatsFieldsFragment };

// The stylesheet's colours (≥ 4.5:1 on white). Colour never carries meaning
// alone: the legend names every series, and the table under each chart has the numbers.
const WOMEN = "#8a1c1c";
const SEATS = "#4a5260";
const KIND_COLOURS = ["#3d3d9e", "#17612a", "#6b4b00", "#8a1c1c"];
const TARGET = "#111418";
const axisTick = { fill: "#111418", fontSize: 11 };

/**
 * The last four half-years, oldest first: women's share of initiatives beside
 * their share of seats, and the initiatives of each kind. The pictures are for
 * sighted readers; each has a one-sentence summary in its caption and the
 * numbers behind it in a table right below.
 */
export function TrendCharts({ points }: { points: readonly TrendPoint[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ids = { share: useId(), kinds: useId(), shareTable: useId(), kindsTable: useId() };
  const pct = (value: number | null) => formatPercent(value, language) ?? t("initiatives:report.noData");
  const shareData = points.map(({ stats }) => ({
    label: periodLabel(stats.period, language, true),
    women: stats.womenSharePct,
    seats: stats.womenSeatSharePct,
  }));
  const kindData = points.map(({ stats }) => ({
    label: periodLabel(stats.period, language, true),
    ...Object.fromEntries(INITIATIVE_KINDS.map((kind) => [kind, stats.byKind.find((k) => k.kind === kind)?.total ?? 0])),
  }));
  const first = points[0].stats;
  const last = points[points.length - 1].stats;
  const from = periodLabel(first.period, language);
  const to = periodLabel(last.period, language);
  const kindTotals = INITIATIVE_KINDS.map((kind) => ({
    kind,
    total: points.reduce((sum, { stats }) => sum + (stats.byKind.find((k) => k.kind === kind)?.total ?? 0), 0),
  }));
  const allTotal = points.reduce((sum, { stats }) => sum + stats.total, 0);
  const percentTooltip = (value: unknown) => (typeof value === "number" ? pct(value) : t("initiatives:report.noData"));

  return (
    <div className="report-charts">
      <ChartFigure
        block="report-chart"
        id={ids.share}
        title={t("initiatives:charts.shareTitle")}
        summary={t("initiatives:charts.shareSummary", {
          from,
          to,
          first: pct(first.womenSharePct),
          last: pct(last.womenSharePct),
          firstSeats: pct(first.womenSeatSharePct),
          lastSeats: pct(last.womenSeatSharePct),
        })}
        height={260}
        chart={
          <BarChart data={shareData} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={axisTick} interval={0} />
            <YAxis domain={[0, 100]} unit=" %" tick={axisTick} width={64} />
            <Tooltip formatter={percentTooltip} />
            <Legend itemSorter={null} />
            <Bar dataKey="women" name={t("initiatives:report.womenShare")} fill={WOMEN} isAnimationActive={false} />
            <Bar dataKey="seats" name={t("initiatives:report.seatShare")} fill={SEATS} isAnimationActive={false} />
          </BarChart>
        }
        numbersLabel={t("initiatives:charts.showNumbers")}
        numbersLabelId={ids.shareTable}
      >
        <ScrollTable className="data-table report-table" labelledBy={ids.share}>
          <thead>
            <tr>
              <th scope="col">{t("initiatives:report.period")}</th>
              <th scope="col" className="num">{t("initiatives:report.col.total")}</th>
              <th scope="col" className="num">{t("initiatives:report.col.byWomen")}</th>
              <th scope="col" className="num">{t("initiatives:report.womenShare")}</th>
              <th scope="col" className="num">{t("initiatives:report.seatShare")}</th>
              <th scope="col" className="num">{t("initiatives:report.ratio")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map(({ stats }) => (
              <tr key={stats.period}>
                <th scope="row">{periodLabel(stats.period, language)}</th>
                <td className="num">{stats.total}</td>
                <td className="num">{stats.byWomen}</td>
                <td className="num">{pct(stats.womenSharePct)}</td>
                <td className="num">{pct(stats.womenSeatSharePct)}</td>
                <td className="num">{formatNumber(stats.ratioToSeatShare, language, 2) ?? t("initiatives:report.noData")}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </ChartFigure>

      <ChartFigure
        block="report-chart"
        id={ids.kinds}
        title={t("initiatives:charts.kindsTitle")}
        summary={t("initiatives:charts.kindsSummary", {
          count: allTotal,
          list: kindTotals.map((k) => `${t(`initiatives:kind.${k.kind}`)}: ${k.total}`).join("; "),
        })}
        height={260}
        chart={
          <BarChart data={kindData} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={axisTick} interval={0} />
            <YAxis allowDecimals={false} tick={axisTick} width={40} />
            <Tooltip />
            <Legend itemSorter={null} />
            {INITIATIVE_KINDS.map((kind, index) => (
              <Bar key={kind} dataKey={kind} stackId="kinds" name={t(`initiatives:kind.${kind}`)} fill={KIND_COLOURS[index]} isAnimationActive={false} />
            ))}
          </BarChart>
        }
        numbersLabel={t("initiatives:charts.showNumbers")}
        numbersLabelId={ids.kindsTable}
      >
        <ScrollTable className="data-table report-table" labelledBy={ids.kinds}>
          <thead>
            <tr>
              <th scope="col">{t("initiatives:report.period")}</th>
              {INITIATIVE_KINDS.map((kind) => (
                <th scope="col" className="num" key={kind}>
                  {t(`initiatives:kind.${kind}`)}
                </th>
              ))}
              <th scope="col" className="num">{t("initiatives:report.col.all")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map(({ stats }) => (
              <tr key={stats.period}>
                <th scope="row">{periodLabel(stats.period, language)}</th>
                {INITIATIVE_KINDS.map((kind) => {
                  const row = stats.byKind.find((k) => k.kind === kind);
                  return (
                    <td className="num" key={kind}>
                      {t("initiatives:charts.kindCell", { total: row?.total ?? 0, byWomen: row?.byWomen ?? 0 })}
                    </td>
                  );
                })}
                <td className="num">{stats.total}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
        <p className="muted">{t("initiatives:charts.kindCellNote")}</p>
      </ChartFigure>
    </div>
  );
}

/** Women among consultation participants per half-year, against the plan's 40 % line. */
export function ParticipationChart({ points }: { points: readonly TrendPoint[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ids = { chart: useId(), table: useId() };
  const pct = (value: number | null) => formatPercent(value, language) ?? t("initiatives:report.noData");
  const target = points[points.length - 1].participation.targetPct;
  const data = points.map(({ participation }) => ({
    label: periodLabel(participation.period, language, true),
    women: participation.participants > 0 ? participation.womenSharePct : null,
  }));
  const measured = points.filter(({ participation }) => participation.participants > 0);
  const met = measured.filter(({ participation }) => participation.meetsTarget).length;

  return (
    <ChartFigure
      block="report-chart"
      id={ids.chart}
      title={t("initiatives:charts.participationTitle")}
      summary={
        measured.length === 0
          ? t("initiatives:charts.participationNone")
          : t("initiatives:charts.participationSummary", { target: pct(target), met, count: measured.length })
      }
      height={240}
      chart={
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 16, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={axisTick} interval={0} />
          <YAxis domain={[0, 100]} unit=" %" tick={axisTick} width={64} />
          <Tooltip formatter={(value: unknown) => (typeof value === "number" ? pct(value) : t("initiatives:report.noData"))} />
          <Legend itemSorter={null} />
          <Bar dataKey="women" name={t("initiatives:report.participationShare")} fill={WOMEN} isAnimationActive={false} />
          <ReferenceLine
            y={target}
            stroke={TARGET}
            strokeWidth={2}
            strokeDasharray="6 4"
            label={{ value: t("initiatives:charts.targetLine", { target: pct(target) }), position: "insideTopRight", fill: TARGET, fontSize: 12 }}
          />
        </BarChart>
      }
      numbersLabel={t("initiatives:charts.showNumbers")}
      numbersLabelId={ids.table}
    >
      <ScrollTable className="data-table report-table" labelledBy={ids.chart}>
        <thead>
          <tr>
            <th scope="col">{t("initiatives:report.period")}</th>
            <th scope="col" className="num">{t("initiatives:report.consultationsCount")}</th>
            <th scope="col" className="num">{t("initiatives:report.col.participants")}</th>
            <th scope="col" className="num">{t("initiatives:report.col.women")}</th>
            <th scope="col" className="num">{t("initiatives:report.col.womenShare")}</th>
            <th scope="col">{t("initiatives:report.col.target")}</th>
          </tr>
        </thead>
        <tbody>
          {points.map(({ participation: p }) => (
            <tr key={p.period}>
              <th scope="row">{periodLabel(p.period, language)}</th>
              <td className="num">{p.consultations}</td>
              <td className="num">{p.participants}</td>
              <td className="num">{p.women}</td>
              <td className="num">{p.participants > 0 ? pct(p.womenSharePct) : t("initiatives:report.noData")}</td>
              <td>
                {p.meetsTarget === null
                  ? t("initiatives:report.noData")
                  : p.meetsTarget
                    ? t("initiatives:report.targetMetShort")
                    : t("initiatives:report.targetMissedShort")}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </ChartFigure>
  );
}
