import { useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { useAuth } from "../app/auth/AuthProvider";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { DocumentRequestOutcome, DocumentRequestStatus, SlaState } from "../gql/graphql";
import { OpenDataLink } from "../opendata/OpenDataLink";
import { RegisterResults } from "../ui/RegisterResults";
import "./document-requests.css";
import "./i18n";
import { filtersFromSearch, isFiltered, NO_FILTERS, OUTCOMES, PAGE_SIZE, searchFromFilters, SLA_STATES, STATUSES, toRequestFilter, type RequestFilters } from "./model";
import { DocumentRequestRegisterQuery } from "./operations";
import { PublicRequestDetails, RequestHead } from "./RequestBits";

/**
 * `/kerkesat-per-dokumente`: the register of requests for public documents (the e-Council plan's register of
 * requests for information; Kaçanik plan: 7 days, extendable to 15): what was asked, received, due, extended
 * and why, the outcome, on time or late. Never who asked. The filters and the page live in the address.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const downloadsId = useId();
  useDocumentTitle(t("documentRequests:register.heading"));
  const [searchParams] = useSearchParams();
  const search = searchParams.toString();
  const filters = filtersFromSearch(searchParams);
  const offset = (filters.page - 1) * PAGE_SIZE;
  const { data, previousData, loading, error, refetch } = useQuery(DocumentRequestRegisterQuery, {
    variables: { filter: toRequestFilter(filters), offset, limit: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const answer = data?.documentRequests ?? previousData?.documentRequests ?? null;
  const page = answer ? { ...answer, offset, limit: PAGE_SIZE } : null;
  const hrefFor = (target: number) => {
    const next = searchFromFilters({ ...filters, page: target }).toString();
    return next ? `/kerkesat-per-dokumente?${next}` : "/kerkesat-per-dokumente";
  };

  return (
    <div className="register-page doc-register">
      <h1>{t("documentRequests:register.heading")}</h1>
      <p className="register-page__intro">{t("documentRequests:register.intro")}</p>
      <p className="doc-links">
        <Link className="button button--primary" to="/kerkesat-per-dokumente/kerkese-e-re">
          {t("documentRequests:register.newRequest")}
        </Link>
        {hasRole("OSS_OPERATOR", "SECRETARIAT") && <Link to="/kerkesat-per-dokumente/sporteli">{t("documentRequests:work.counterLink")}</Link>}
        {hasRole("SECRETARIAT") && <Link to="/kerkesat-per-dokumente/trajtimi">{t("documentRequests:work.heading")}</Link>}
      </p>
      <FilterForm filters={filters} search={search} />
      <RegisterResults
        words={{
          heading: t("documentRequests:register.resultsHeading"),
          total: (count) => t("documentRequests:register.total", { count }),
          empty: t("documentRequests:register.empty"),
          emptyFiltered: t("documentRequests:register.emptyFiltered"),
          clear: t("documentRequests:register.clear"),
          pageEmpty: t("documentRequests:register.pageEmpty"),
          firstPage: t("documentRequests:register.firstPage"),
          pagination: t("documentRequests:register.pagination"),
        }}
        page={page}
        loading={loading}
        error={error}
        onRetry={refetch}
        filtered={isFiltered(filters)}
        clearHref="/kerkesat-per-dokumente"
        hrefFor={hrefFor}
        stale={!data && !!previousData}
        table={(items) => (
          <ul className="doc-requests">
            {items.map((r) => (
              <li key={r.id} className="doc-request" data-testid="doc-request">
                <RequestHead request={r} />
                <PublicRequestDetails request={r} />
              </li>
            ))}
          </ul>
        )}
      />
      <section className="panel register-downloads" aria-labelledby={downloadsId}>
        <h2 id={downloadsId}>{t("documentRequests:register.downloadsHeading")}</h2>
        <p>{t("documentRequests:register.downloadsHelp")}</p>
        <ul className="download-list">
          <li>
            <OpenDataLink href="/open-data/document-requests.csv" label={t("documentRequests:register.csv")} />
          </li>
          <li>
            <OpenDataLink href="/open-data/document-requests.json" label={t("documentRequests:register.json")} />
          </li>
        </ul>
      </section>
    </div>
  );
}

function FilterForm({ filters, search }: { filters: RequestFilters; search: string }) {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const ids = { heading: useId(), search: useId(), hint: useId(), status: useId(), outcome: useId(), sla: useId() };
  const [draft, setDraft] = useState<RequestFilters>(filters);
  const [shownSearch, setShownSearch] = useState(search);
  if (shownSearch !== search) {
    setShownSearch(search);
    setDraft(filters);
  }
  const set = <K extends keyof RequestFilters>(key: K, value: RequestFilters[K]) => setDraft((current) => ({ ...current, [key]: value }));
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearchParams(searchFromFilters({ ...draft, page: 1 }));
  }
  return (
    <section className="panel register-filters" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t("documentRequests:register.filtersHeading")}</h2>
      <form className="register-filters__form" onSubmit={submit} noValidate role="search">
        <div className="field">
          <label htmlFor={ids.search}>{t("documentRequests:register.search")}</label>
          <input id={ids.search} type="search" value={draft.search} maxLength={100} onChange={(e) => set("search", e.target.value)} aria-describedby={ids.hint} />
          <p className="field__hint" id={ids.hint}>
            {t("documentRequests:register.searchHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.status}>{t("documentRequests:register.status")}</label>
          <select id={ids.status} value={draft.status} onChange={(e) => set("status", e.target.value as DocumentRequestStatus | "")}>
            <option value="">{t("documentRequests:register.allStatuses")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`documentRequests:status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.outcome}>{t("documentRequests:register.outcome")}</label>
          <select id={ids.outcome} value={draft.outcome} onChange={(e) => set("outcome", e.target.value as DocumentRequestOutcome | "")}>
            <option value="">{t("documentRequests:register.allOutcomes")}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`documentRequests:outcome.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.sla}>{t("documentRequests:register.sla")}</label>
          <select id={ids.sla} value={draft.sla} onChange={(e) => set("sla", e.target.value as SlaState | "")}>
            <option value="">{t("documentRequests:register.allSla")}</option>
            {SLA_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`documentRequests:sla.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row register-filters__buttons">
          <button type="submit" className="button button--primary">
            {t("documentRequests:register.apply")}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft(NO_FILTERS);
              setSearchParams(new URLSearchParams());
            }}
          >
            {t("documentRequests:register.clear")}
          </button>
        </div>
      </form>
    </section>
  );
}
