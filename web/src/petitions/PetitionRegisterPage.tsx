import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useAuth } from "../app/auth/AuthProvider";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { PetitionFieldsFragment, PetitionStatus } from "../gql/graphql";
import { OpenDataLink } from "../opendata/OpenDataLink";
import { DateTime } from "../ui/DateTime";
import { RegisterResults } from "../ui/RegisterResults";
import { ScrollTable } from "../ui/ScrollTable";
import "./i18n";
import { filtersFromSearch, PAGE_SIZE, PETITION_STATUSES, registerHref, runningDeadline } from "./model";
import { PetitionRegisterQuery } from "./operations";
import { PetitionLateMarks, Petitioner, PetitionStatusBadge } from "./PetitionBits";
import "./petitions.css";

/**
 * `/peticionet`: the public register of petitions and citizens' initiatives (Kaçanik plan): status, when each
 * was received, the deadline that runs, the public late marks and the signatures count; filtered by status,
 * the filter and page kept in the address. Never a private person's name, a contact or a signature.
 */
export function PetitionRegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("petitions:register.heading"));
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const filters = filtersFromSearch(searchParams);
  const { hasRole } = useAuth();
  const { data, previousData, loading, error, refetch } = useQuery(PetitionRegisterQuery, {
    variables: { status: filters.status || null, offset: (filters.page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.petitions ?? previousData?.petitions ?? null;
  const ids = { filter: useId(), downloads: useId() };

  return (
    <div className="register-page petitions-page">
      <h1>{t("petitions:register.heading")}</h1>
      <p className="register-page__intro">{t("petitions:register.intro")}</p>
      <p className="button-row">
        <Link className="button button--primary" to="/peticionet/e-re">{t("petitions:register.submit")}</Link>
        {hasRole("SECRETARIAT") && <Link className="button" to="/peticionet/regjistro">{t("petitions:register.registerPaper")}</Link>}
      </p>

      <div className="field petitions-filter">
        <label htmlFor={ids.filter}>{t("petitions:register.status")}</label>
        <select id={ids.filter} value={filters.status}
          onChange={(e) => navigate(registerHref({ status: e.target.value as PetitionStatus | "", page: 1 }))}>
          <option value="">{t("petitions:register.allStatuses")}</option>
          {PETITION_STATUSES.map((s) => <option key={s} value={s}>{t(`petitions:status.${s}`)}</option>)}
        </select>
      </div>

      <RegisterResults
        words={{
          heading: t("petitions:register.resultsHeading"),
          total: (count) => t("petitions:register.total", { count }),
          empty: t("petitions:register.empty"),
          emptyFiltered: t("petitions:register.emptyFiltered"),
          clear: t("petitions:register.clear"),
          pageEmpty: t("petitions:register.pageEmpty"),
          firstPage: t("petitions:register.firstPage"),
          pagination: t("petitions:register.pagination"),
        }}
        page={page}
        loading={loading}
        error={error}
        onRetry={refetch}
        filtered={filters.status !== ""}
        clearHref="/peticionet"
        hrefFor={(p) => registerHref({ ...filters, page: p })}
        stale={!data && !!previousData}
        table={(items) => <PetitionTable items={items} />}
      />

      <section className="panel register-downloads" aria-labelledby={ids.downloads}>
        <h2 id={ids.downloads}>{t("petitions:register.downloads")}</h2>
        <ul className="download-list">
          <li><OpenDataLink href="/open-data/petitions.csv" label={t("petitions:register.csv")} /></li>
          <li><OpenDataLink href="/open-data/petitions.json" label={t("petitions:register.json")} /></li>
        </ul>
      </section>
    </div>
  );
}

function PetitionTable({ items }: { items: readonly PetitionFieldsFragment[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable className="data-table petition-table" caption={t("petitions:register.caption")}>
        <thead>
          <tr>
            <th scope="col">{t("petitions:register.petition")}</th>
            <th scope="col">{t("petitions:register.status")}</th>
            <th scope="col">{t("petitions:register.received")}</th>
            <th scope="col">{t("petitions:register.due")}</th>
            <th scope="col" className="numeric">{t("petitions:register.signatures")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => {
            const due = runningDeadline(p);
            return (
              <tr key={p.id}>
                <td>
                  <Link to={`/peticionet/${p.id}`}>{p.title}</Link>
                  <div className="muted"><Petitioner kind={p.petitionerKind} organisationName={p.organisationName} /></div>
                </td>
                <td>
                  <PetitionStatusBadge status={p.status} /> <PetitionLateMarks reviewLate={p.reviewLate} answerLate={p.answerLate} />
                </td>
                <td><DateTime iso={p.receivedAt} /></td>
                <td>
                  {due ? <>{t(`petitions:due.${due.kind}`)}: <DateTime iso={due.dueAt} /></> : <span className="muted">{t("petitions:due.closed")}</span>}
                </td>
                <td className="numeric">{p.signaturesCount.toLocaleString("sq-AL")}</td>
              </tr>
            );
          })}
        </tbody>
    </ScrollTable>
  );
}
