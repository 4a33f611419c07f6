import { useQuery } from "@apollo/client/react";
import { useId, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { useAuth } from "../app/auth/AuthProvider";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { InitiativeFieldsFragment, InitiativeStatus } from "../gql/graphql";
import { byName } from "../sessions/model";
import { CouncillorsQuery } from "../sessions/operations";
import { DateTime } from "../ui/DateTime";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { ScrollTable } from "../ui/ScrollTable";
import { ConsultationForm } from "./ConsultationForm";
import "./i18n";
import { InitiativeForm } from "./InitiativeForm";
import "./initiatives.css";
import { InitiativeAgendaQuery, InitiativeRegisterQuery } from "./operations";
import { currentPeriod, isPeriod, periodLabel, recentPeriods } from "./period";
import { agendaIndex, type AgendaPlace } from "./agendaIndex";
import { StatusControl } from "./StatusControl";

type Initiative = InitiativeFieldsFragment;

/** `?periudha=all` shows every half-year; no value means the current one. */
const ALL = "all";

/**
 * `/nismat`: the public register of councillors' initiatives, filtered by
 * half-year and councillor (as lead or co-sponsor) through the address. A
 * councillor signed in registers their own; the secretariat registers anyone's,
 * moves them along their lifecycle and records consultations.
 */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const { user, hasRole } = useAuth();
  useDocumentTitle(t("initiatives:register.title"));
  const [params] = useSearchParams();
  const now = currentPeriod();
  const askedPeriod = params.get("periudha");
  const period = askedPeriod === ALL ? ALL : isPeriod(askedPeriod) && askedPeriod <= now ? askedPeriod : now;
  const councillorId = params.get("keshilltari") ?? "";
  const register = useQuery(InitiativeRegisterQuery, {
    variables: { period: period === ALL ? null : period, councillorId: councillorId || null },
    notifyOnNetworkStatusChange: true,
  });
  const councillors = useQuery(CouncillorsQuery);
  const agenda = useQuery(InitiativeAgendaQuery);
  const places = useMemo(() => agendaIndex(agenda.data?.sessions ?? []), [agenda.data]);
  const ids = { submit: useId(), results: useId(), consultation: useId() };
  const secretariat = hasRole("SECRETARIAT");
  const ownCouncillorId = hasRole("COUNCILLOR") ? (user?.councillor?.id ?? null) : null;
  const list = register.data?.initiatives ?? register.previousData?.initiatives ?? null;
  const councillorName = councillors.data?.councillors.find((c) => c.id === councillorId)?.fullName;
  const periodText = period === ALL ? t("initiatives:register.allPeriods") : periodLabel(period, i18n.language);

  return (
    <div className="initiatives-page register-initiatives">
      <h1>{t("initiatives:register.title")}</h1>
      <p className="initiatives-intro">
        {t("initiatives:register.intro")} <Link to="/nismat/raporti">{t("initiatives:register.reportLink")}</Link>
      </p>

      {(secretariat || ownCouncillorId) && (
        <section className="panel" aria-labelledby={ids.submit}>
          <h2 id={ids.submit}>{t("initiatives:form.heading")}</h2>
          <InitiativeForm ownCouncillorId={secretariat ? null : ownCouncillorId} ownName={user?.councillor?.fullName ?? ""} />
        </section>
      )}

      <RegisterFilters period={period} councillorId={councillorId} now={now} />

      <section className="register-results" aria-labelledby={ids.results} aria-busy={register.loading}>
        <h2 id={ids.results}>{t("initiatives:register.resultsHeading")}</h2>
        <p className="register-results__count" role="status" aria-live="polite">
          {register.loading
            ? t("common.loading")
            : list && !register.error
              ? t("initiatives:register.count", { count: list.length, period: periodText }) +
                (councillorName ? ` ${t("initiatives:register.countFor", { name: councillorName })}` : "")
              : ""}
        </p>
        {register.error && !register.loading ? (
          <QueryError error={register.error} onRetry={() => register.refetch()} />
        ) : !list ? (
          <Loading />
        ) : list.length === 0 ? (
          <div className="empty-state">
            <p>{t("initiatives:register.empty")}</p>
            {(period !== now || councillorId) && (
              <p>
                <Link to="/nismat?periudha=all">{t("initiatives:register.showAll")}</Link>
              </p>
            )}
          </div>
        ) : (
          <div className={register.loading ? "is-stale" : undefined}>
            <InitiativeTable initiatives={list} places={places} secretariat={secretariat} caption={t("initiatives:register.caption", { period: periodText })} />
          </div>
        )}
      </section>

      {secretariat && (
        <section className="panel" aria-labelledby={ids.consultation}>
          <h2 id={ids.consultation}>{t("initiatives:consultation.heading")}</h2>
          <ConsultationForm />
        </section>
      )}
    </div>
  );
}

/** Period and councillor, applied with one button; the address keeps them, so a view can be shared. */
function RegisterFilters({ period, councillorId, now }: { period: string; councillorId: string; now: string }) {
  const { t, i18n } = useTranslation();
  const [, setParams] = useSearchParams();
  const ids = { heading: useId(), period: useId(), councillor: useId() };
  const councillors = useQuery(CouncillorsQuery);
  const [draft, setDraft] = useState({ period, councillorId });
  const [shown, setShown] = useState({ period, councillorId });
  // The address changed from outside (back button, a link): show what it says.
  if (shown.period !== period || shown.councillorId !== councillorId) {
    setShown({ period, councillorId });
    setDraft({ period, councillorId });
  }
  const choices = recentPeriods(6, now);
  const list = [...(councillors.data?.councillors ?? [])].sort(byName);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.period !== now) next.set("periudha", draft.period);
    if (draft.councillorId) next.set("keshilltari", draft.councillorId);
    setParams(next);
  }

  return (
    <section className="panel register-filters" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t("initiatives:register.filtersHeading")}</h2>
      <form className="form form--inline" onSubmit={submit}>
        <div className="field">
          <label htmlFor={ids.period}>{t("initiatives:register.period")}</label>
          <select id={ids.period} value={draft.period} onChange={(e) => setDraft((d) => ({ ...d, period: e.target.value }))}>
            {(choices.includes(draft.period) || draft.period === ALL ? choices : [draft.period, ...choices]).map((p) => (
              <option key={p} value={p}>
                {periodLabel(p, i18n.language)}
              </option>
            ))}
            <option value={ALL}>{t("initiatives:register.allPeriods")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.councillor}>{t("initiatives:register.councillor")}</label>
          <select id={ids.councillor} value={draft.councillorId} onChange={(e) => setDraft((d) => ({ ...d, councillorId: e.target.value }))}>
            <option value="">{t("initiatives:register.allCouncillors")}</option>
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {c.fullName}
                {c.party ? ` (${c.party})` : ""}
                {c.active ? "" : ` — ${t("initiatives:register.termEnded")}`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t("initiatives:register.apply")}
        </button>
        {councillors.error && !councillors.data && <p className="error-message">{t("initiatives:register.councillorsFailed")}</p>}
      </form>
    </section>
  );
}

function InitiativeTable({
  initiatives,
  places,
  secretariat,
  caption,
}: {
  initiatives: readonly Initiative[];
  places: Map<string, AgendaPlace>;
  secretariat: boolean;
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <ScrollTable className="data-table initiative-table" caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t("initiatives:register.col.title")}</th>
          <th scope="col">{t("initiatives:register.col.kind")}</th>
          <th scope="col">{t("initiatives:register.col.submittedAt")}</th>
          <th scope="col">{t("initiatives:register.col.lead")}</th>
          <th scope="col">{t("initiatives:register.col.coSponsors")}</th>
          <th scope="col">{t("initiatives:register.col.status")}</th>
          <th scope="col">{t("initiatives:register.col.agendaItem")}</th>
          {secretariat && <th scope="col">{t("initiatives:register.col.actions")}</th>}
        </tr>
      </thead>
      <tbody>
        {initiatives.map((initiative) => {
          const place = initiative.agendaItemId ? places.get(initiative.agendaItemId) : undefined;
          return (
            <tr key={initiative.id}>
              <th scope="row" className="initiative-table__title">
                {initiative.title}
              </th>
              <td>{t(`initiatives:kind.${initiative.kind}`)}</td>
              <td className="initiative-table__date">
                <DateTime iso={initiative.submittedAt} />
              </td>
              <td>
                <Sponsor person={initiative.leadSponsor} />
              </td>
              <td>
                {initiative.coSponsors.length === 0 ? (
                  <span className="muted">{t("initiatives:register.noCoSponsors")}</span>
                ) : (
                  <ul className="initiative-table__sponsors">
                    {[...initiative.coSponsors].sort(byName).map((c) => (
                      <li key={c.id}>
                        <Sponsor person={c} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <InitiativeStatusBadge status={initiative.status} />
              </td>
              <td className="initiative-table__item">
                {initiative.agendaItemId ? (
                  place ? (
                    <Link to={`/seanca/${place.sessionId}`}>
                      {t("initiatives:register.agendaItem", { position: place.position, title: place.title })}
                      <span className="initiative-table__session"> — {place.sessionTitle}</span>
                    </Link>
                  ) : (
                    <span className="muted">{t("common.loading")}</span>
                  )
                ) : (
                  <span className="muted">{t("initiatives:register.notDecided")}</span>
                )}
              </td>
              {secretariat && (
                <td className="initiative-table__actions">
                  <StatusControl initiative={initiative} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

function Sponsor({ person }: { person: { fullName: string; gender: string; party: string | null } }) {
  const { t } = useTranslation();
  // Gender in words: the indicator counts it, so the register shows it.
  return (
    <>
      {person.fullName}{" "}
      <span className="muted">
        ({[t(`initiatives:gender.${person.gender}`), person.party].filter(Boolean).join(", ")})
      </span>
    </>
  );
}

export function InitiativeStatusBadge({ status }: { status: InitiativeStatus }) {
  const { t } = useTranslation();
  return <span className={`badge initiative-status initiative-status--${status.toLowerCase()}`}>{t(`initiatives:status.${status}`)}</span>;
}
