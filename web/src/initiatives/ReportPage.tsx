import { useQuery } from "@apollo/client/react";
import { useId, useMemo, type ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useObjectUrl } from "../ui/object-url";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type {
  ConsultationGenderStatsFieldsFragment,
  InitiativeGenderStatsFieldsFragment,
  InitiativeReportQuery as ReportData,
  InitiativeTrendQuery as TrendData,
} from "../gql/graphql";
import { DateTime } from "../ui/DateTime";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { ScrollTable } from "../ui/ScrollTable";
import "./i18n";
import "./initiatives.css";
import { INITIATIVE_KINDS } from "./labels";
import { InitiativeReportQuery, InitiativeTrendQuery } from "./operations";
import { formatNumber, formatPercent, periodLabel } from "./period";
import { PeriodPicker, usePeriodParam } from "./PeriodPicker";
import { ParticipationChart, TrendCharts, type TrendPoint } from "./ReportCharts";
import { reportDocument, reportFileName, reportRows, toCsv, toJson } from "./reportExport";

type Stats = InitiativeGenderStatsFieldsFragment;
type Participation = ConsultationGenderStatsFieldsFragment;
type Consultation = ReportData["consultations"][number];

/**
 * `/nismat/raporti`: the semi-annual report on initiatives by gender (Elbasan
 * plan OS-4 point 8: the share of initiatives proposed by women councillors,
 * published every six months) and on women in consultations (point 7, target
 * 40 %). Written for a reader without help: the figures, a plain sentence,
 * the comparison with earlier half-years, the breakdowns, the downloads and
 * how each figure is counted. The half-year is in the address (`?periudha=2026-H1`).
 */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const periodParam = usePeriodParam();
  const { period, now, choices } = periodParam;
  const label = periodLabel(period, language);
  useDocumentTitle(t("initiatives:report.title"));
  const ids = {
    picker: useId(),
    headline: useId(),
    trend: useId(),
    kind: useId(),
    party: useId(),
    consultations: useId(),
    downloads: useId(),
    method: useId(),
  };
  const report = useQuery(InitiativeReportQuery, { variables: { period } });
  const [p0, p1, p2, p3] = choices;
  const trend = useQuery(InitiativeTrendQuery, { variables: { p0, p1, p2, p3 } });
  const data = report.data;
  const current = period === now;

  return (
    <div className="initiatives-page report-page">
      <h1>{t("initiatives:report.title")}</h1>
      <p className="initiatives-intro">{t("initiatives:report.intro")}</p>

      <PeriodPicker
        {...periodParam}
        id={ids.picker}
        className="form form--inline report-period"
        label={t("initiatives:report.period")}
        currentLabel={t("initiatives:report.currentPeriod")}
      />

      <section className="panel report-headline" aria-labelledby={ids.headline} aria-busy={report.loading}>
        <h2 id={ids.headline}>{t("initiatives:report.headlineHeading", { period: label })}</h2>
        {current && <p className="notice">{t("initiatives:report.periodOpen")}</p>}
        {!data ? (
          report.error ? (
            <QueryError error={report.error} onRetry={() => report.refetch()} />
          ) : (
            <Loading />
          )
        ) : (
          <Headline stats={data.initiativeGenderStats} current={current} />
        )}
      </section>

      <section className="panel" aria-labelledby={ids.trend}>
        <h2 id={ids.trend}>{t("initiatives:report.trendHeading")}</h2>
        {!trend.data ? (
          trend.error ? (
            <QueryError error={trend.error} onRetry={() => trend.refetch()} />
          ) : (
            <Loading />
          )
        ) : (
          <TrendCharts points={trendPoints(trend.data)} />
        )}
      </section>

      {data && (
        <>
          <section className="panel" aria-labelledby={ids.kind}>
            <h2 id={ids.kind}>{t("initiatives:report.byKindHeading", { period: label })}</h2>
            <KindTable stats={data.initiativeGenderStats} period={label} />
          </section>
          <section className="panel" aria-labelledby={ids.party}>
            <h2 id={ids.party}>{t("initiatives:report.byPartyHeading", { period: label })}</h2>
            <PartyTable stats={data.initiativeGenderStats} period={label} />
          </section>
        </>
      )}

      <section className="panel" aria-labelledby={ids.consultations}>
        <h2 id={ids.consultations}>{t("initiatives:report.consultationsHeading", { period: label })}</h2>
        {!data ? (
          report.error ? null : <Loading />
        ) : (
          <>
            <ParticipationSummary participation={data.consultationGenderStats} />
            {trend.data && <ParticipationChart points={trendPoints(trend.data)} />}
            <ConsultationTable consultations={data.consultations} period={label} />
          </>
        )}
      </section>

      {data && (
        <section className="panel" aria-labelledby={ids.downloads}>
          <h2 id={ids.downloads}>{t("initiatives:report.downloadsHeading")}</h2>
          <Downloads stats={data.initiativeGenderStats} participation={data.consultationGenderStats} />
        </section>
      )}

      <section className="panel report-method" aria-labelledby={ids.method}>
        <h2 id={ids.method}>{t("initiatives:method.heading")}</h2>
        <Method />
      </section>

      <p>
        <Link to="/nismat">{t("initiatives:report.registerLink")}</Link> · <Link to="/transparenca">{t("initiatives:report.scorecardLink")}</Link>
      </p>
    </div>
  );
}

function trendPoints(data: TrendData): TrendPoint[] {
  // Oldest first: the charts read left to right in time.
  return [
    { stats: data.s3, participation: data.c3 },
    { stats: data.s2, participation: data.c2 },
    { stats: data.s1, participation: data.c1 },
    { stats: data.s0, participation: data.c0 },
  ];
}

/** One large figure with its label; "no data" in words rather than a bare dash. */
function Figure({ label, value, note, className }: { label: string; value: string | null; note?: ReactNode; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`report-figure ${className ?? ""}`}>
      <dt>{label}</dt>
      <dd>
        {value === null ? <span className="report-figure__none">{t("initiatives:report.noData")}</span> : <span className="report-figure__value">{value}</span>}
        {note && <span className="report-figure__note">{note}</span>}
      </dd>
    </div>
  );
}

function Headline({ stats, current }: { stats: Stats; current: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const pct = (value: number | null) => formatPercent(value, language);
  const share = pct(stats.womenSharePct);
  const seats = pct(stats.womenSeatSharePct) ?? "0 %";
  const ratio = stats.ratioToSeatShare;
  return (
    <>
      <p className="report-sentence">
        {stats.total === 0
          ? t("initiatives:report.sentenceNone", { seats })
          : t(current ? "initiatives:report.sentenceCurrent" : "initiatives:report.sentencePast", { share, seats })}
      </p>
      <dl className="report-compare">
        <Figure
          className="report-figure--women"
          label={t("initiatives:report.womenShare")}
          value={share}
          note={t("initiatives:report.womenShareNote", { count: stats.total, byWomen: stats.byWomen })}
        />
        <Figure className="report-figure--seats" label={t("initiatives:report.seatShare")} value={seats} note={t("initiatives:report.seatShareNote")} />
      </dl>
      <dl className="report-figures">
        <Figure label={t("initiatives:report.total")} value={formatNumber(stats.total, language, 0)} />
        <Figure label={t("initiatives:report.byWomen")} value={formatNumber(stats.byWomen, language, 0)} />
        <Figure label={t("initiatives:report.ratio")} value={formatNumber(ratio, language, 2)} note={t("initiatives:report.ratioNote")} />
        <Figure
          label={t("initiatives:report.allSponsors")}
          value={pct(stats.allSponsorsWomenSharePct)}
          note={t("initiatives:report.allSponsorsNote", { count: stats.sponsorships })}
        />
      </dl>
      {ratio !== null && (
        <p className="report-verdict">
          {ratio < 1
            ? t("initiatives:report.verdictBelow", { ratio: formatNumber(ratio, language, 2) })
            : ratio > 1
              ? t("initiatives:report.verdictAbove", { ratio: formatNumber(ratio, language, 2) })
              : t("initiatives:report.verdictEqual")}
        </p>
      )}
    </>
  );
}

function KindTable({ stats, period }: { stats: Stats; period: string }) {
  const { t } = useTranslation();
  // Every kind, in the same order each half-year, even one with no initiatives.
  const rows = INITIATIVE_KINDS.map((kind) => stats.byKind.find((k) => k.kind === kind) ?? { kind, total: 0, byWomen: 0, womenSharePct: null });
  return (
    <ShareTable
      caption={t("initiatives:report.byKindCaption", { period })}
      heading={t("initiatives:report.col.kind")}
      rows={rows.map((row) => ({ key: row.kind, label: t(`initiatives:kind.${row.kind}`), ...row }))}
      all={{ key: "all", label: t("initiatives:report.col.all"), ...stats }}
    />
  );
}

function PartyTable({ stats, period }: { stats: Stats; period: string }) {
  const { t } = useTranslation();
  if (stats.byParty.length === 0) return <p className="empty-state">{t("initiatives:report.byPartyEmpty")}</p>;
  const rows = [...stats.byParty].sort((a, b) => b.total - a.total || a.party.localeCompare(b.party, "sq"));
  return (
    <>
      <ShareTable
        caption={t("initiatives:report.byPartyCaption", { period })}
        heading={t("initiatives:report.col.party")}
        rows={rows.map((row) => ({ key: row.party, label: row.party === "—" ? t("initiatives:report.noParty") : row.party, ...row }))}
      />
      <p className="muted">{t("initiatives:report.byPartyNote")}</p>
    </>
  );
}

type ShareRow = { key: string; label: string; total: number; byWomen: number; womenSharePct?: number | null };

/** Initiatives, those led by women, and their share, per row; with a total row when `all` is given. */
function ShareTable({ caption, heading, rows, all }: { caption: string; heading: string; rows: ShareRow[]; all?: ShareRow }) {
  const { t, i18n } = useTranslation();
  const cells = (row: ShareRow) => (
    <>
      <th scope="row">{row.label}</th>
      <td className="num">{row.total}</td>
      <td className="num">{row.byWomen}</td>
      <td className="num">{formatPercent(row.womenSharePct, i18n.language) ?? t("initiatives:report.noneShort")}</td>
    </>
  );
  return (
    <ScrollTable className="data-table report-table" caption={caption}>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="num">{t("initiatives:report.col.total")}</th>
          <th scope="col" className="num">{t("initiatives:report.col.byWomen")}</th>
          <th scope="col" className="num">{t("initiatives:report.col.share")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => <tr key={row.key}>{cells(row)}</tr>)}
      </tbody>
      {all && (
        <tfoot>
          <tr>{cells(all)}</tr>
        </tfoot>
      )}
    </ScrollTable>
  );
}

function ParticipationSummary({ participation }: { participation: Participation }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (participation.consultations === 0 || participation.participants === 0) {
    return <p className="empty-state">{t("initiatives:report.consultationsEmpty", { target: formatPercent(participation.targetPct, language) })}</p>;
  }
  const met = participation.meetsTarget;
  return (
    <>
      <dl className="report-figures">
        <Figure
          label={t("initiatives:report.participationShare")}
          value={formatPercent(participation.womenSharePct, language)}
          note={t("initiatives:report.participationNote", { women: participation.women, count: participation.participants })}
        />
        <Figure label={t("initiatives:report.participationTarget")} value={`≥ ${formatPercent(participation.targetPct, language)}`} />
        <Figure label={t("initiatives:report.consultationsCount")} value={formatNumber(participation.consultations, language, 0)} />
        <Figure label={t("initiatives:report.vulnerableGroups")} value={formatNumber(participation.vulnerableGroups, language, 0)} />
      </dl>
      <p className={`target-state ${met ? "target-state--met" : "target-state--missed"}`}>
        <span aria-hidden="true">{met ? "✓ " : "✗ "}</span>
        {met ? t("initiatives:report.targetMet") : t("initiatives:report.targetMissed")}
      </p>
    </>
  );
}

function ConsultationTable({ consultations, period }: { consultations: readonly Consultation[]; period: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (consultations.length === 0) return null;
  return (
    <ScrollTable className="data-table report-table" caption={t("initiatives:report.consultationsCaption", { period })}>
      <thead>
        <tr>
          <th scope="col">{t("initiatives:report.col.consultation")}</th>
          <th scope="col">{t("initiatives:report.col.heldAt")}</th>
          <th scope="col" className="num">{t("initiatives:report.col.women")}</th>
          <th scope="col" className="num">{t("initiatives:report.col.men")}</th>
          <th scope="col" className="num">{t("initiatives:report.col.other")}</th>
          <th scope="col" className="num">{t("initiatives:report.col.womenShare")}</th>
          <th scope="col" className="num">{t("initiatives:report.col.vulnerable")}</th>
        </tr>
      </thead>
      <tbody>
        {consultations.map((c) => {
          const total = c.women + c.men + c.otherOrUndisclosed;
          return (
            <tr key={c.id}>
              <th scope="row">
                {c.title} <span className="muted">({t(`initiatives:consultationKind.${c.kind}`)})</span>
              </th>
              <td>
                <DateTime iso={c.heldAt} />
              </td>
              <td className="num">{c.women}</td>
              <td className="num">{c.men}</td>
              <td className="num">{c.otherOrUndisclosed}</td>
              <td className="num">{total === 0 ? t("initiatives:report.noneShort") : formatPercent((100 * c.women) / total, language)}</td>
              <td className="num">{c.vulnerableGroups}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}


function Downloads({ stats, participation }: { stats: Stats; participation: Participation }) {
  const { t } = useTranslation();
  const csv = useObjectUrl(useMemo(() => toCsv(reportRows(stats, participation)), [stats, participation]), "text/csv;charset=utf-8");
  const json = useObjectUrl(useMemo(() => toJson(reportDocument(stats, participation)), [stats, participation]), "application/json");
  return (
    <>
      <p>{t("initiatives:report.downloadsHelp")}</p>
      <ul className="download-list">
        <li>
          {csv && (
            <a href={csv} download={reportFileName(stats.period, "csv")} className="download-link">
              <span className="download-link__format">CSV</span> {t("initiatives:report.downloadCsv", { period: stats.period })}
            </a>
          )}
        </li>
        <li>
          {json && (
            <a href={json} download={reportFileName(stats.period, "json")} className="download-link">
              <span className="download-link__format">JSON</span> {t("initiatives:report.downloadJson", { period: stats.period })}
            </a>
          )}
        </li>
      </ul>
    </>
  );
}

/** docs/initiatives.md in plain words. */
function Method() {
  const { t } = useTranslation();
  return (
    <>
      <ul className="report-method__list">
        <li>
          <Trans i18nKey="initiatives:method.lead" components={{ strong: <strong /> }} />
        </li>
        <li>{t("initiatives:method.undisclosed")}</li>
        <li>{t("initiatives:method.seats")}</li>
        <li>{t("initiatives:method.ratio")}</li>
        <li>{t("initiatives:method.allSponsors")}</li>
        <li>{t("initiatives:method.period")}</li>
        <li>{t("initiatives:method.consultations")}</li>
      </ul>
      <p className="muted">{t("initiatives:method.source")}</p>
    </>
  );
}
