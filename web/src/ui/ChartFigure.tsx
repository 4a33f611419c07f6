import type { ReactElement, ReactNode } from "react";
import { ResponsiveContainer } from "recharts";

type Props = {
  /** The class block of the area's stylesheet: "report-chart" gives report-chart__plot, report-chart__data. */
  block: string;
  /** The caption's id: it names the figure, and the table of its numbers can point to it. */
  id: string;
  title: string;
  /** The chart in one sentence, for those who cannot see it. */
  summary: ReactNode;
  /** A recharts chart, drawn the full width and this many pixels high. */
  chart: ReactElement;
  height: number;
} & (
  | {
      /** The disclosure's summary over the numbers, e.g. "Show the chart's figures". */
      numbersLabel: string;
      numbersLabelId?: string;
      /** The numbers behind the chart (a ScrollTable, a note), shown when the reader opens them. */
      children: ReactNode;
    }
  // Or no numbers under this chart: the page shows them elsewhere.
  | { numbersLabel?: never; numbersLabelId?: never; children?: never }
);

/**
 * A chart with a caption that says it in words. The picture is hidden from
 * screen readers: the caption and the numbers under it carry what it shows.
 */
export function ChartFigure({ block, id, title, summary, chart, height, numbersLabel, numbersLabelId, children }: Props) {
  return (
    <figure className={block} aria-labelledby={id}>
      <figcaption id={id}>
        <h3>{title}</h3>
        <p className="muted">{summary}</p>
      </figcaption>
      <div className={`${block}__plot`} aria-hidden="true">
        <ResponsiveContainer width="100%" height={height}>
          {chart}
        </ResponsiveContainer>
      </div>
      {children !== undefined && (
        <details className={`${block}__data`}>
          <summary id={numbersLabelId}>{numbersLabel}</summary>
          {children}
        </details>
      )}
    </figure>
  );
}
