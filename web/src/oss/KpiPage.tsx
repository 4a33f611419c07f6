import { useQuery } from "@apollo/client/react";
import { useId, useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { useObjectUrl } from "../ui/object-url";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { OssKpiFieldsFragment, OssKpiQuery } from "../gql/graphql";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { ScrollTable } from "../ui/ScrollTable";
import "./i18n";
import { kpiFileName, kpiRecords, toCsv, toJson } from "./kpiExport";
import { KpiTrendCharts } from "./KpiTrendCharts";
import { currentMonth, formatDecimal, isMonth, monthLabel, shiftMonth } from "./month";
import "./oss.css";
import { OssKpiQuery as KpiQuery, OssKpiTrendQuery } from "./operations";
import { useServiceName } from "./RequestBits";

type Figures = OssKpiFieldsFragment;
type BreakdownRow = OssKpiQuery["ossKpiBreakdown"][number];

/**
 * `/zyra/treguesit`: the One Stop Shop's monthly KPI dashboard (Elbasan plan
 * OS-1 point 3 and action 29: average service time, complaints, citizens'
 * satisfaction, monthly). The month is in the address (`?muaji=2026-05`) so a
 * report can link to it.
 */
export function KpiPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisMonth = currentMonth();
  const asked = params.get("muaji");
  const month = isMonth(asked) && asked <= thisMonth ? asked : thisMonth;
  const label = monthLabel(month, i18n.language);
  useDocumentTitle(t("oss:kpi.title"));
  const ids = { month: useId(), headline: useId(), gender: useId(), breakdown: useId(), trend: useId() };
  const kpi = useQuery(KpiQuery, { variables: { month } });
  const trend = useQuery(OssKpiTrendQuery, { variables: { month } });

  function choose(next: string) {
    if (!isMonth(next) || next > thisMonth) return;
    setParams(next === thisMonth ? {} : { muaji: next }, { replace: true });
  }

  return (
    <div className="oss-page oss-kpi-page">
      <h1>{t("oss:kpi.title")}</h1>
      <p className="oss-intro">
        {t("oss:kpi.intro")} <Link to="/sherbimet">{t("oss:kpi.charterLink")}</Link>
      </p>

      <form className="form form--inline oss-month-picker" onSubmit={(e) => e.preventDefault()}>
        <button type="button" className="button button--small" onClick={() => choose(shiftMonth(month, -1))}>
          <span aria-hidden="true">‹ </span>
          {t("oss:kpi.previousMonth")}
        </button>
        <div className="field">
          <label htmlFor={ids.month}>{t("oss:kpi.month")}</label>
          <input id={ids.month} type="month" value={month} max={thisMonth} required onChange={(e) => choose(e.target.value)} />
        </div>
        <button type="button" className="button button--small" disabled={month >= thisMonth} onClick={() => choose(shiftMonth(month, 1))}>
          {t("oss:kpi.nextMonth")}
          <span aria-hidden="true"> ›</span>
        </button>
      </form>

      {!kpi.data ? (
        kpi.error ? (
          <QueryError error={kpi.error} onRetry={() => kpi.refetch()} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          <section className="panel" aria-labelledby={ids.headline}>
            <h2 id={ids.headline}>{t("oss:kpi.headline", { month: label })}</h2>
            <Headline figures={kpi.data.ossKpis} />
          </section>
          <section className="panel" aria-labelledby={ids.gender}>
            <h2 id={ids.gender}>{t("oss:kpi.genderHeading")}</h2>
            <GenderCounts figures={kpi.data.ossKpis} />
          </section>
          <section className="panel" aria-labelledby={ids.breakdown}>
            <h2 id={ids.breakdown}>{t("oss:kpi.breakdownHeading", { month: label })}</h2>
            <Downloads month={month} rows={kpi.data.ossKpiBreakdown} />
            <BreakdownTable rows={kpi.data.ossKpiBreakdown} totals={kpi.data.ossKpis} month={label} />
          </section>
        </>
      )}

      <section className="panel" aria-labelledby={ids.trend}>
        <h2 id={ids.trend}>{t("oss:kpi.trendHeading")}</h2>
        {!trend.data ? (
          trend.error ? (
            <QueryError error={trend.error} onRetry={() => trend.refetch()} />
          ) : (
            <Loading />
          )
        ) : trend.data.ossKpiTrend.every((m) => m.received === 0 && m.completed === 0) ? (
          <p className="empty-state">{t("oss:kpi.trendEmpty")}</p>
        ) : (
          <KpiTrendCharts months={trend.data.ossKpiTrend} />
        )}
      </section>
    </div>
  );
}

/** One headline figure: a large number, its unit, and a word for "no data" rather than a bare dash. */
function Figure({ label, value, unit, note }: { label: string; value: string | null; unit?: string; note?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="oss-figure">
      <dt>{label}</dt>
      <dd>
        {value === null ? (
          <span className="oss-figure__none">{t("oss:kpi.noData")}</span>
        ) : (
          <>
            <span className="big-number oss-figure__value">{value}</span>
            {unit && <span className="oss-figure__unit"> {unit}</span>}
          </>
        )}
        {note && <span className="oss-figure__note muted">{note}</span>}
      </dd>
    </div>
  );
}

function Headline({ figures }: { figures: Figures }) {
  const { t, i18n } = useTranslation();
  const n = (value: number | null, digits = 1) => formatDecimal(value, i18n.language, digits);
  return (
    <dl className="oss-figures">
      <Figure label={t("oss:kpi.received")} value={n(figures.received, 0)} />
      <Figure label={t("oss:kpi.completed")} value={n(figures.completed, 0)} />
      <Figure label={t("oss:kpi.withinSla")} value={n(figures.completedWithinSlaPct)} unit="%" />
      <Figure label={t("oss:kpi.avgHours")} value={n(figures.avgProcessingWorkingHours)} unit={t("oss:kpi.hoursUnit")} />
      <Figure label={t("oss:kpi.medianHours")} value={n(figures.medianProcessingWorkingHours)} unit={t("oss:kpi.hoursUnit")} />
      <Figure label={t("oss:kpi.openBreaches")} value={n(figures.openBreaches, 0)} />
      <Figure label={t("oss:kpi.complaints")} value={n(figures.complaints, 0)} />
      <Figure
        label={t("oss:kpi.satisfaction")}
        value={n(figures.avgSatisfaction)}
        unit={t("oss:kpi.outOfFive")}
        note={t("oss:kpi.ratings", { count: figures.ratings })}
      />
    </dl>
  );
}

function GenderCounts({ figures }: { figures: Figures }) {
  const { t, i18n } = useTranslation();
  const total = figures.received;
  const share = (count: number) => (total > 0 ? `${formatDecimal((100 * count) / total, i18n.language)} %` : null);
  const rows: [string, number][] = [
    [t("oss:kpi.women"), figures.receivedFromWomen],
    [t("oss:kpi.men"), figures.receivedFromMen],
    [t("oss:kpi.genderUnknown"), figures.receivedGenderUnknown],
  ];
  return (
    <>
      <dl className="oss-figures oss-figures--small">
        {rows.map(([label, count]) => (
          <Figure key={label} label={label} value={formatDecimal(count, i18n.language, 0)} note={share(count) ?? undefined} />
        ))}
      </dl>
      <p className="muted">{t("oss:kpi.genderNote")}</p>
    </>
  );
}


function Downloads({ month, rows }: { month: string; rows: readonly BreakdownRow[] }) {
  const { t } = useTranslation();
  const records = useMemo(() => kpiRecords(rows), [rows]);
  const csv = useObjectUrl(useMemo(() => toCsv(records), [records]), "text/csv;charset=utf-8");
  const json = useObjectUrl(useMemo(() => toJson(records), [records]), "application/json");
  if (rows.length === 0) return null;
  return (
    <p className="oss-downloads">
      {t("oss:kpi.download")}{" "}
      {csv && (
        <a href={csv} download={kpiFileName(month, "csv")} className="button button--small">
          {t("oss:kpi.downloadCsv")}
        </a>
      )}{" "}
      {json && (
        <a href={json} download={kpiFileName(month, "json")} className="button button--small">
          {t("oss:kpi.downloadJson")}
        </a>
      )}
    </p>
  );
}

/** Per office (a group of rows each) and service; the month's totals in the footer. */
function BreakdownTable({ rows, totals, month }: { rows: readonly BreakdownRow[]; totals: Figures; month: string }) {
  const { t, i18n } = useTranslation();
  const serviceName = useServiceName();
  if (rows.length === 0) return <p className="empty-state">{t("oss:kpi.breakdownEmpty")}</p>;
  const n = (value: number | null, digits = 1) => formatDecimal(value, i18n.language, digits) ?? "—";
  const offices = new Map<string, { name: string; rows: BreakdownRow[] }>();
  for (const row of [...rows].sort((a, b) => a.office.name.localeCompare(b.office.name, "sq") || a.serviceType.code.localeCompare(b.serviceType.code))) {
    const group = offices.get(row.office.code) ?? { name: row.office.name, rows: [] };
    group.rows.push(row);
    offices.set(row.office.code, group);
  }
  // Complaints about an office, tied to no request, have no service: they count in the totals only.
  const unassignedComplaints = totals.complaints - rows.reduce((s, r) => s + r.complaints, 0);
  const cells = (r: Figures | BreakdownRow) => (
    <>
      <td className="oss-num">{r.received}</td>
      <td className="oss-num">{r.completed}</td>
      <td className="oss-num">{n(r.completedWithinSlaPct)}</td>
      <td className="oss-num">{n(r.avgProcessingWorkingHours)}</td>
      <td className="oss-num">{n(r.medianProcessingWorkingHours)}</td>
      <td className="oss-num">{r.openBreaches}</td>
      <td className="oss-num">{r.complaints}</td>
      <td className="oss-num">
        {n(r.avgSatisfaction)} <span className="muted">({r.ratings})</span>
      </td>
    </>
  );
  return (
    <>
      <ScrollTable regionClassName="oss-table-scroll" className="oss-table oss-breakdown" caption={t("oss:kpi.breakdownCaption", { month })}>
        <thead>
          <tr>
            <th scope="col">{t("oss:kpi.col.service")}</th>
            <th scope="col">{t("oss:kpi.received")}</th>
            <th scope="col">{t("oss:kpi.completed")}</th>
            <th scope="col">{t("oss:kpi.col.withinSla")}</th>
            <th scope="col">{t("oss:kpi.col.avgHours")}</th>
            <th scope="col">{t("oss:kpi.col.medianHours")}</th>
            <th scope="col">{t("oss:kpi.col.openBreaches")}</th>
            <th scope="col">{t("oss:kpi.complaints")}</th>
            <th scope="col">{t("oss:kpi.col.satisfaction")}</th>
          </tr>
        </thead>
        {[...offices.entries()].map(([code, group]) => (
          <tbody key={code}>
            <tr className="oss-breakdown__office">
              <th scope="rowgroup" colSpan={9}>
                {group.name}
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.serviceType.id}>
                <th scope="row">{serviceName(row.serviceType)}</th>
                {cells(row)}
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row">{t("oss:kpi.total")}</th>
            {cells(totals)}
          </tr>
        </tfoot>
      </ScrollTable>
      {unassignedComplaints > 0 && <p className="muted">{t("oss:kpi.officeComplaints", { count: unassignedComplaints })}</p>}
    </>
  );
}
