import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "../initiatives/period";
import { ChartFigure } from "../ui/ChartFigure";
import { ScrollTable } from "../ui/ScrollTable";
import { isKnownIndicator, type Indicator } from "./indicators";

// The stylesheet's colours (≥ 4.5:1 on white); the legend names both series and the table has the numbers.
const VALUE = "#8a1c1c";
const TARGET = "#4a5260";
const axisTick = { fill: "#111418", fontSize: 11 };

/**
 * The half-year at a glance: each percentage indicator that has a figure, beside its target, one bar pair per
 * row (long Albanian titles read on a phone). The caption says how many met their target; the numbers are
 * under it.
 */
export function ScorecardChart({ indicators }: { indicators: readonly Indicator[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ids = { figure: useId(), table: useId() };
  const shown = indicators.filter((i) => i.unit === "PERCENT" && i.value !== null && i.target !== null);
  const title = (i: Indicator) => (isKnownIndicator(i.key) ? t(`transparency:indicator.${i.key}.title`) : i.key);
  const pct = (value: number | null) => formatPercent(value, language) ?? "–";
  if (shown.length === 0) return <p className="empty-state">{t("transparency:chart.none")}</p>;
  const data = shown.map((i) => ({ label: title(i), value: i.value, target: i.target }));
  const met = shown.filter((i) => i.met).length;
  return (
    <ChartFigure
      block="scorecard-chart"
      id={ids.figure}
      title={t("transparency:chart.title")}
      summary={t("transparency:chart.summary", { met, count: shown.length })}
      height={44 * shown.length + 60}
      chart={
        <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit=" %" tick={axisTick} />
          <YAxis type="category" dataKey="label" tick={axisTick} width={150} interval={0} />
          <Tooltip formatter={(value: unknown) => (typeof value === "number" ? pct(value) : "–")} />
          <Legend itemSorter={null} />
          <Bar dataKey="value" name={t("transparency:chart.value")} fill={VALUE} isAnimationActive={false} />
          <Bar dataKey="target" name={t("transparency:chart.target")} fill={TARGET} isAnimationActive={false} />
        </BarChart>
      }
      numbersLabel={t("transparency:chart.showNumbers")}
      numbersLabelId={ids.table}
    >
      <ScrollTable className="data-table" labelledBy={ids.figure}>
        <thead>
          <tr>
            <th scope="col">{t("transparency:chart.indicator")}</th>
            <th scope="col">{t("transparency:chart.value")}</th>
            <th scope="col">{t("transparency:chart.target")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((i) => (
            <tr key={i.key}>
              <th scope="row">{title(i)}</th>
              <td>{pct(i.value)}</td>
              <td>{pct(i.target)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </ChartFigure>
  );
}
