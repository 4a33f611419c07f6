import { useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { AlertSignup } from "../alerts/AlertSignup";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { DecisionKind, VoteOutcome } from "../gql/graphql";
import { OpenDataLink } from "../opendata/OpenDataLink";
import { RegisterResults } from "../ui/RegisterResults";
import { DecisionTable } from "./DecisionTable";
import "./decisions.css";
import "./i18n";
import {
  DECISION_KINDS,
  filtersFromSearch,
  isFiltered,
  NO_FILTERS,
  OUTCOMES,
  openDataHref,
  PAGE_SIZE,
  searchFromFilters,
  toDecisionFilter,
  type DecisionFilters,
} from "./model";
import { DecisionFilterChoicesQuery, DecisionRegisterQuery } from "./operations";

/**
 * `/vendimet`: the register of decisions [regjistri i akteve] ("e-Council" plan, seed 003: the register of acts,
 * with the prefect's compliance, and 4–5 search filters). The filters and the page live in the address, so a
 * search can be shared as a link and survives a reload; the downloads carry the same filters.
 */
export function DecisionRegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("decisions:register.heading"));
  const [searchParams] = useSearchParams();
  const search = searchParams.toString();
  const filters = filtersFromSearch(searchParams);
  const offset = (filters.page - 1) * PAGE_SIZE;
  const { data, previousData, loading, error, refetch } = useQuery(DecisionRegisterQuery, {
    variables: { filter: toDecisionFilter(filters), offset, limit: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const ids = { downloads: useId() };
  const page = data?.decisions ?? previousData?.decisions ?? null;
  const stale = !data && !!previousData;

  const hrefFor = (target: number) => {
    const next = searchFromFilters({ ...filters, page: target }).toString();
    return next ? `/vendimet?${next}` : "/vendimet";
  };

  return (
    <div className="register-page decision-register">
      <h1>{t("decisions:register.heading")}</h1>
      <p className="register-page__intro">{t("decisions:register.intro")}</p>

      <DecisionFilterForm filters={filters} search={search} />

      <RegisterResults
        words={{
          heading: t("decisions:register.resultsHeading"),
          total: (count) => t("decisions:register.total", { count }),
          empty: t("decisions:register.empty"),
          emptyFiltered: t("decisions:register.emptyFiltered"),
          clear: t("decisions:register.clear"),
          pageEmpty: t("decisions:register.pageEmpty"),
          firstPage: t("decisions:register.firstPage"),
          pagination: t("decisions:register.pagination"),
        }}
        page={page}
        loading={loading}
        error={error}
        onRetry={refetch}
        filtered={isFiltered(filters)}
        clearHref="/vendimet"
        hrefFor={hrefFor}
        stale={stale}
        table={(items) => <DecisionTable items={items} caption={t("decisions:register.caption")} />}
      />

      <AlertSignup key={filters.text} target={{ search: filters.text }} />

      <section className="panel register-downloads" aria-labelledby={ids.downloads}>
        <h2 id={ids.downloads}>{t("decisions:register.downloadsHeading")}</h2>
        <p>{t("decisions:register.downloadsHelp")}</p>
        <ul className="download-list">
          <li>
            <OpenDataLink href={openDataHref("csv", filters)} label={t("decisions:register.csv")} />
          </li>
          <li>
            <OpenDataLink href={openDataHref("json", filters)} label={t("decisions:register.json")} />
          </li>
        </ul>
        <p>
          <Link to="/te-dhena-te-hapura">{t("decisions:register.allOpenData")}</Link>
        </p>
      </section>
    </div>
  );
}

/** The filters, applied with one button (or Enter in the search box) so nothing moves while a choice is being made. */
function DecisionFilterForm({ filters, search }: { filters: DecisionFilters; search: string }) {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const ids = { heading: useId(), text: useId(), textHint: useId(), year: useId(), body: useId(), outcome: useId(), kind: useId() };
  const choices = useQuery(DecisionFilterChoicesQuery);
  const [draft, setDraft] = useState<DecisionFilters>(filters);
  const [shownSearch, setShownSearch] = useState(search);
  // The address changed from outside the form (back button, a shared link): show what it says.
  if (shownSearch !== search) {
    setShownSearch(search);
    setDraft(filters);
  }
  const set = <K extends keyof DecisionFilters>(key: K, value: DecisionFilters[K]) => setDraft((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearchParams(searchFromFilters({ ...draft, page: 1 }));
  }
  function clear() {
    setDraft(NO_FILTERS);
    setSearchParams(new URLSearchParams());
  }

  const years = choices.data?.decisionYears ?? [];
  const bodies = choices.data?.bodies ?? [];
  return (
    <section className="panel register-filters" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t("decisions:register.filtersHeading")}</h2>
      <form className="register-filters__form" onSubmit={submit} noValidate role="search">
        <div className="field decision-register__text">
          <label htmlFor={ids.text}>{t("decisions:register.text")}</label>
          <input
            id={ids.text}
            type="search"
            value={draft.text}
            maxLength={200}
            onChange={(e) => set("text", e.target.value)}
            aria-describedby={ids.textHint}
          />
          <p className="field__hint" id={ids.textHint}>
            {t("decisions:register.textHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.year}>{t("decisions:register.year")}</label>
          <select id={ids.year} value={draft.year} onChange={(e) => set("year", e.target.value)}>
            <option value="">{t("decisions:register.allYears")}</option>
            {draft.year && !years.includes(Number(draft.year)) && <option value={draft.year}>{draft.year}</option>}
            {years.map((year) => (
              <option key={year} value={String(year)}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.body}>{t("decisions:register.body")}</label>
          <select id={ids.body} value={draft.bodyId} onChange={(e) => set("bodyId", e.target.value)}>
            <option value="">{t("decisions:register.allBodies")}</option>
            {draft.bodyId && !bodies.some((b) => b.id === draft.bodyId) && (
              <option value={draft.bodyId}>{choices.loading ? t("common.loading") : draft.bodyId}</option>
            )}
            {bodies.map((body) => (
              <option key={body.id} value={body.id}>
                {body.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.outcome}>{t("decisions:register.outcome")}</label>
          <select id={ids.outcome} value={draft.outcome} onChange={(e) => set("outcome", e.target.value as VoteOutcome | "")}>
            <option value="">{t("decisions:register.allOutcomes")}</option>
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`decisions:outcome.${outcome}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>{t("decisions:register.kind")}</label>
          <select id={ids.kind} value={draft.kind} onChange={(e) => set("kind", e.target.value as DecisionKind | "")}>
            <option value="">{t("decisions:register.allKinds")}</option>
            {DECISION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`decisions:kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row register-filters__buttons">
          <button type="submit" className="button button--primary">
            {t("decisions:register.apply")}
          </button>
          <button type="button" className="button" onClick={clear}>
            {t("decisions:register.clear")}
          </button>
        </div>
      </form>
    </section>
  );
}
