import { useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import { RegisterResults } from "../ui/RegisterResults";
import { useFormatDateTime } from "../ui/DateTime";
import { byName, INTEREST_TYPES } from "../sessions/model";
import { CouncillorsQuery, SessionListQuery } from "../sessions/operations";
import { newestFirst } from "../sessions/SessionListPage";
import type { InterestType } from "../gql/graphql";
import { OpenDataLink } from "../opendata/OpenDataLink";
import { DeclarationTable } from "./DeclarationTable";
import { DeclarationRegisterQuery } from "./operations";
import {
  datesInOrder,
  filtersFromSearch,
  isFiltered,
  NO_FILTERS,
  PAGE_SIZE,
  searchFromFilters,
  toDeclarationFilter,
  type RecusedChoice,
  type RegisterFilters,
} from "./registerFilters";

/**
 * `/deklaratat`: the public register of ad-hoc declarations of interest
 * (Elbasan plan OS-1, pillar 2, action 28). The filters live in the address,
 * so a filtered view can be shared as a link.
 */
export function DeclarationRegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("register.heading"));
  const [searchParams] = useSearchParams();
  const search = searchParams.toString();
  const filters = filtersFromSearch(searchParams);
  const offset = (filters.page - 1) * PAGE_SIZE;
  const { data, previousData, loading, error, refetch } = useQuery(DeclarationRegisterQuery, {
    variables: { filter: toDeclarationFilter(filters), offset, limit: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const ids = { downloads: useId(), caption: useId() };
  const page = data?.declarations ?? previousData?.declarations ?? null;
  const stale = !data && !!previousData;

  const hrefFor = (target: number) => {
    const next = searchFromFilters({ ...filters, page: target }).toString();
    return next ? `/deklaratat?${next}` : "/deklaratat";
  };

  return (
    <div className="register-page">
      <h1>{t("register.heading")}</h1>
      <p className="register-page__intro">{t("register.intro")}</p>

      <RegisterFilterForm filters={filters} search={search} />

      <RegisterResults
        words={{
          heading: t("register.resultsHeading"),
          total: (count) => t("register.total", { count }),
          empty: t("register.empty"),
          emptyFiltered: t("register.emptyFiltered"),
          clear: t("register.clearFilters"),
          pageEmpty: t("register.pageEmpty"),
          firstPage: t("register.firstPage"),
          pagination: t("register.pagination"),
        }}
        page={page}
        loading={loading}
        error={error}
        onRetry={refetch}
        filtered={isFiltered(filters)}
        clearHref="/deklaratat"
        hrefFor={hrefFor}
        stale={stale}
        table={(items) => <DeclarationTable items={items} caption={t("register.caption")} />}
      />

      <section className="panel register-downloads" aria-labelledby={ids.downloads}>
        <h2 id={ids.downloads}>{t("register.downloadsHeading")}</h2>
        <p>{t("register.downloadsHelp")}</p>
        <ul className="download-list">
          <li>
            <OpenDataLink href="/open-data/declarations.csv" label={t("openData.declarations.csv")} />
          </li>
          <li>
            <OpenDataLink href="/open-data/declarations.json" label={t("openData.declarations.json")} />
          </li>
        </ul>
        <p>
          <Link to="/te-dhena-te-hapura">{t("register.allOpenData")}</Link>
        </p>
      </section>
    </div>
  );
}

/** The filters, applied with one button so nothing moves while a choice is being made. */
function RegisterFilterForm({ filters, search }: { filters: RegisterFilters; search: string }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const [, setSearchParams] = useSearchParams();
  const ids = {
    heading: useId(),
    councillor: useId(),
    session: useId(),
    type: useId(),
    recused: useId(),
    from: useId(),
    to: useId(),
    datesHint: useId(),
    datesError: useId(),
  };
  const councillors = useQuery(CouncillorsQuery);
  const sessions = useQuery(SessionListQuery);
  const [draft, setDraft] = useState<RegisterFilters>(filters);
  const [shownSearch, setShownSearch] = useState(search);
  const [datesWrong, setDatesWrong] = useState(false);
  // The address changed from outside the form (back button, a shared link): show what it says.
  if (shownSearch !== search) {
    setShownSearch(search);
    setDraft(filters);
    setDatesWrong(false);
  }

  const set = <K extends keyof RegisterFilters>(key: K, value: RegisterFilters[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!datesInOrder(draft)) {
      setDatesWrong(true);
      return;
    }
    setDatesWrong(false);
    setSearchParams(searchFromFilters({ ...draft, page: 1 }));
  }

  function clear() {
    setDraft(NO_FILTERS);
    setDatesWrong(false);
    setSearchParams(new URLSearchParams());
  }

  const councillorList = [...(councillors.data?.councillors ?? [])].sort(byName);
  const sessionList = newestFirst(sessions.data?.sessions ?? []);
  const listFailed = (councillors.error && !councillors.data) || (sessions.error && !sessions.data);

  return (
    <section className="panel register-filters" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t("register.filtersHeading")}</h2>
      <form className="register-filters__form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.councillor}>{t("register.councillor")}</label>
          <select id={ids.councillor} value={draft.councillorId} onChange={(e) => set("councillorId", e.target.value)}>
            <option value="">{t("register.allCouncillors")}</option>
            {draft.councillorId && !councillorList.some((c) => c.id === draft.councillorId) && (
              <option value={draft.councillorId}>{councillors.loading ? t("common.loading") : t("register.unknownChoice")}</option>
            )}
            {councillorList.map((councillor) => (
              <option key={councillor.id} value={councillor.id}>
                {councillor.fullName}
                {councillor.party ? ` (${councillor.party})` : ""}
                {councillor.active ? "" : ` — ${t("register.termEnded")}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.session}>{t("register.session")}</label>
          <select id={ids.session} value={draft.sessionId} onChange={(e) => set("sessionId", e.target.value)}>
            <option value="">{t("register.allSessions")}</option>
            {draft.sessionId && !sessionList.some((s) => s.id === draft.sessionId) && (
              <option value={draft.sessionId}>{sessions.loading ? t("common.loading") : t("register.unknownChoice")}</option>
            )}
            {sessionList.map((session) => (
              <option key={session.id} value={session.id}>
                {session.title} — {format(session.scheduledAt, "short")}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.type}>{t("declaration.interestType")}</label>
          <select id={ids.type} value={draft.interestType} onChange={(e) => set("interestType", e.target.value as InterestType | "")}>
            <option value="">{t("register.allTypes")}</option>
            {INTEREST_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`interest.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.recused}>{t("register.recused")}</label>
          <select id={ids.recused} value={draft.recused} onChange={(e) => set("recused", e.target.value as RecusedChoice)}>
            <option value="">{t("register.recusedAll")}</option>
            <option value="yes">{t("register.recusedYes")}</option>
            <option value="no">{t("register.recusedNo")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.from}>{t("register.from")}</label>
          <input
            id={ids.from}
            type="date"
            value={draft.from}
            max={draft.to || undefined}
            onChange={(e) => set("from", e.target.value)}
            aria-describedby={ids.datesHint}
            aria-invalid={datesWrong || undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>{t("register.to")}</label>
          <input
            id={ids.to}
            type="date"
            value={draft.to}
            min={draft.from || undefined}
            onChange={(e) => set("to", e.target.value)}
            aria-describedby={datesWrong ? `${ids.datesHint} ${ids.datesError}` : ids.datesHint}
            aria-invalid={datesWrong || undefined}
          />
        </div>
        <p className="field__hint register-filters__hint" id={ids.datesHint}>
          {t("register.datesHint")}
        </p>
        {datesWrong && (
          <p className="error-message register-filters__hint" role="alert" id={ids.datesError}>
            {t("register.datesWrong")}
          </p>
        )}
        {listFailed && <p className="field__hint register-filters__hint">{t("register.listsFailed")}</p>}
        <div className="button-row register-filters__buttons">
          <button type="submit" className="button button--primary">
            {t("register.apply")}
          </button>
          <button type="button" className="button" onClick={clear}>
            {t("register.clearFilters")}
          </button>
        </div>
      </form>
    </section>
  );
}
