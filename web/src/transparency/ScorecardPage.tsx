import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import { formatNumber, formatPercent, periodLabel } from "../initiatives/period";
import { PeriodPicker, usePeriodParam } from "../initiatives/PeriodPicker";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { FeedLink } from "./FeedLink";
import "./i18n";
import { isKnownIndicator, verdictOf, type Indicator } from "./indicators";
import { TransparencyScorecardQuery } from "./operations";
import { ScorecardChart } from "./ScorecardChart";
import "./transparency.css";

/**
 * `/transparenca`: the council's transparency scorecard for a half-year, one
 * card per indicator of the plans (Kaçanik: notice; Elbasan OS-2: minutes in
 * 48 h, drafts open 10 working days; OS-1: declarations; OS-4: initiatives by
 * women, women in consultations; issue 16: drafts' consultation reports,
 * comments answered, petitions reviewed in 60 days and answered in 15,
 * document requests answered in time, consultations noticed 14 days ahead,
 * women among all participants), a chart of the percentages against their
 * targets, then each with its figure, target, verdict in words, the count
 * behind it and the rule. `?periudha=2026-H1` picks the half-year.
 */
export function ScorecardPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const periodParam = usePeriodParam();
  const { period, now } = periodParam;
  const label = periodLabel(period, language);
  useDocumentTitle(t("transparency:scorecard.title"));
  const ids = { picker: useId(), cards: useId(), follow: useId() };
  const { data, error, loading, refetch } = useQuery(TransparencyScorecardQuery, { variables: { period } });
  const indicators = data?.transparencyScorecard.indicators ?? null;

  return (
    <div className="transparency-page scorecard-page">
      <h1>{t("transparency:scorecard.title")}</h1>
      <p className="transparency-intro">{t("transparency:scorecard.intro")}</p>

      <PeriodPicker
        {...periodParam}
        id={ids.picker}
        className="form form--inline"
        label={t("transparency:scorecard.period")}
        currentLabel={t("transparency:scorecard.currentPeriod")}
      />

      <section aria-labelledby={ids.cards} aria-busy={loading} className="scorecard">
        <h2 id={ids.cards}>{t("transparency:scorecard.cardsHeading", { period: label })}</h2>
        {period === now && <p className="notice">{t("transparency:scorecard.periodOpen")}</p>}
        {!indicators ? (
          error ? (
            <QueryError error={error} onRetry={() => refetch()} />
          ) : (
            <Loading />
          )
        ) : indicators.length === 0 ? (
          <p className="empty-state">{t("transparency:scorecard.empty")}</p>
        ) : (
          <>
            <ScorecardChart indicators={indicators} />
            <ul className="scorecard__cards">
              {indicators.map((indicator) => (
                <li key={indicator.key}>
                  <IndicatorCard indicator={indicator} period={period} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="panel" aria-labelledby={ids.follow}>
        <h2 id={ids.follow}>{t("transparency:scorecard.followHeading")}</h2>
        <p>{t("transparency:scorecard.followHelp")}</p>
        <ul className="transparency-links">
          <li>
            <FeedLink />
          </li>
          <li>
            <Link to="/kalendari">{t("transparency:scorecard.calendarLink")}</Link>
          </li>
          <li>
            <Link to="/nismat/raporti">{t("transparency:scorecard.reportLink")}</Link>
          </li>
          <li>
            <Link to="/te-dhena-te-hapura">{t("transparency:scorecard.openDataLink")}</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}

const VERDICT_MARK = { met: "✓", missed: "✗", noData: "–", noTarget: "#" } as const;

function IndicatorCard({ indicator, period }: { indicator: Indicator; period: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const headingId = useId();
  const known = isKnownIndicator(indicator.key);
  const key = known ? indicator.key : "unknown";
  const verdict = verdictOf(indicator);
  const percent = indicator.unit === "PERCENT";
  const figure = indicator.value === null ? null : percent ? formatPercent(indicator.value, language) : formatNumber(indicator.value, language, 0);
  const target = indicator.target === null ? null : percent ? formatPercent(indicator.target, language) : formatNumber(indicator.target, language, 0);
  const n = indicator.numerator ?? 0;
  const d = indicator.denominator ?? 0;
  const words =
    indicator.denominator === 0 || indicator.denominator === null
      ? t(`transparency:indicator.${key}.none`)
      : t(`transparency:indicator.${key}.words`, { numerator: n, count: d, target: target ?? "" });

  return (
    <article className={`score-card score-card--${verdict}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{known ? t(`transparency:indicator.${key}.title`) : indicator.key}</h3>
      <p className="score-card__figure">
        {figure === null ? (
          <span className="score-card__none">{t("transparency:scorecard.noFigure")}</span>
        ) : (
          <span className="score-card__value">{figure}</span>
        )}
        {target !== null && (
          <span className="score-card__target">
            {t(indicator.key === "initiativesByWomen" ? "transparency:scorecard.targetSeats" : "transparency:scorecard.target", { target })}
          </span>
        )}
      </p>
      {percent && indicator.value !== null && (
        <div className="score-bar" aria-hidden="true">
          <span className="score-bar__fill" style={{ width: `${Math.min(100, Math.max(0, indicator.value))}%` }} />
          {indicator.target !== null && <span className="score-bar__target" style={{ left: `${Math.min(100, Math.max(0, indicator.target))}%` }} />}
        </div>
      )}
      <p className={`score-card__verdict score-card__verdict--${verdict}`}>
        <span aria-hidden="true">{VERDICT_MARK[verdict]} </span>
        {t(`transparency:verdict.${verdict}`)}
      </p>
      <p className="score-card__words">{words}</p>
      <p className="score-card__rule">
        <span className="score-card__rule-label">{t("transparency:scorecard.rule")}</span> {t(`transparency:indicator.${key}.rule`)}
      </p>
      {indicator.key === "initiativesByWomen" && (
        <p>
          <Link to={`/nismat/raporti?periudha=${period}`}>{t("transparency:scorecard.reportDetails")}</Link>
        </p>
      )}
      {indicator.key === "consultationWomen" && (
        <p>
          <Link to={`/nismat/raporti?periudha=${period}`}>{t("transparency:scorecard.consultationDetails")}</Link>
        </p>
      )}
      {(indicator.key === "consultationNotice" || indicator.key === "participationWomen") && (
        <p>
          <Link to="/konsultimet">{t("transparency:scorecard.consultationsLink")}</Link>
        </p>
      )}
      {(indicator.key === "consultationReports" || indicator.key === "commentsAnswered") && (
        <p>
          <Link to="/projektvendime">{t("transparency:scorecard.commentsLink")}</Link>
        </p>
      )}
      {(indicator.key === "petitionsReviewed" || indicator.key === "petitionsAnswered") && (
        <p>
          <Link to="/peticionet">{t("transparency:scorecard.petitionsLink")}</Link>
        </p>
      )}
      {indicator.key === "documentRequests" && (
        <p>
          <Link to="/kerkesat-per-dokumente">{t("transparency:scorecard.documentRequestsLink")}</Link>
        </p>
      )}
      {indicator.key === "notice" && (
        <p>
          <Link to="/kalendari">{t("transparency:scorecard.calendarLink")}</Link>
        </p>
      )}
      {indicator.key === "declarations" && (
        <p>
          <Link to="/deklaratat">{t("transparency:scorecard.declarationsLink")}</Link>
        </p>
      )}
    </article>
  );
}
