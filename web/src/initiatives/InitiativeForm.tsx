import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { nowAsTiraneLocal, tiraneLocalToIso } from "../app/time";
import type { InitiativeKind } from "../gql/graphql";
import { byName } from "../sessions/model";
import { CouncillorsQuery } from "../sessions/operations";
import { ErrorMessage } from "../ui/ErrorMessage";
import { useMutationAction } from "../ui/useMutationAction";
import { INITIATIVE_KINDS } from "./labels";
import { SubmitInitiativeMutation } from "./operations";

type Draft = { title: string; kind: InitiativeKind | ""; leadId: string; submittedAt: string; coSponsorIds: string[] };

const EMPTY: Draft = { title: "", kind: "", leadId: "", submittedAt: "", coSponsorIds: [] };

/**
 * "Paraqit një nismë". A councillor (`ownCouncillorId`) is always the lead
 * sponsor and picks co-sponsors among the others; the secretariat
 * (`ownCouncillorId` null) names the lead sponsor and may back-date a paper
 * submission. Co-sponsors never include the lead sponsor (the server refuses it).
 */
export function InitiativeForm({ ownCouncillorId, ownName }: { ownCouncillorId: string | null; ownName: string }) {
  const { t } = useTranslation();
  const ids = {
    title: useId(),
    kind: useId(),
    lead: useId(),
    submittedAt: useId(),
    submittedAtHint: useId(),
    coSponsors: useId(),
    filter: useId(),
    error: useId(),
    missing: useId(),
  };
  const councillors = useQuery(CouncillorsQuery);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [filter, setFilter] = useState("");
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState("");
  const [mutate] = useMutation(SubmitInitiativeMutation);
  const action = useMutationAction();
  const secretariat = ownCouncillorId === null;
  const leadId = secretariat ? draft.leadId : ownCouncillorId;
  const active = [...(councillors.data?.councillors ?? [])].filter((c) => c.active).sort(byName);
  const candidates = active.filter((c) => c.id !== leadId);
  const needle = filter.trim().toLocaleLowerCase("sq");
  const shown = needle ? candidates.filter((c) => c.fullName.toLocaleLowerCase("sq").includes(needle) || (c.party ?? "").toLocaleLowerCase("sq").includes(needle)) : candidates;
  const coSponsorIds = draft.coSponsorIds.filter((id) => id !== leadId);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const toggle = (id: string, on: boolean) =>
    setDraft((d) => ({ ...d, coSponsorIds: on ? [...d.coSponsorIds, id] : d.coSponsorIds.filter((x) => x !== id) }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone("");
    if (!draft.title.trim() || !draft.kind || !leadId) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const submittedAt = secretariat && draft.submittedAt ? tiraneLocalToIso(draft.submittedAt) : null;
    const title = draft.title.trim();
    const ok = await action.run(() =>
      mutate({
        variables: { input: { title, kind: draft.kind as InitiativeKind, leadSponsorId: leadId, coSponsorIds, ...(submittedAt ? { submittedAt } : {}) } },
        update(cache) {
          // The register, the half-year's figures and the scorecard all count it: read them again.
          for (const fieldName of ["initiatives", "initiativeGenderStats", "transparencyScorecard"]) cache.evict({ id: "ROOT_QUERY", fieldName });
          cache.gc();
        },
      }),
    );
    if (ok) {
      setDraft(EMPTY);
      setFilter("");
      setDone(t("initiatives:form.saved", { title }));
    }
  }

  return (
    <form className="form initiative-form" onSubmit={submit} noValidate>
      {!secretariat && <p className="initiative-form__lead">{t("initiatives:form.youAreLead", { name: ownName })}</p>}
      <div className="field">
        <label htmlFor={ids.title}>{t("initiatives:form.title")}</label>
        <input
          id={ids.title}
          type="text"
          value={draft.title}
          maxLength={500}
          required
          aria-invalid={missing && !draft.title.trim() ? true : undefined}
          aria-describedby={missing ? ids.missing : undefined}
          onChange={(e) => set("title", e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.kind}>{t("initiatives:form.kind")}</label>
        <select
          id={ids.kind}
          value={draft.kind}
          required
          aria-invalid={missing && !draft.kind ? true : undefined}
          onChange={(e) => set("kind", e.target.value as InitiativeKind | "")}
        >
          <option value="">{t("common.choose")}</option>
          {INITIATIVE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`initiatives:kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {secretariat && (
        <>
          <div className="field">
            <label htmlFor={ids.lead}>{t("initiatives:form.lead")}</label>
            <select
              id={ids.lead}
              value={draft.leadId}
              required
              aria-invalid={missing && !draft.leadId ? true : undefined}
              onChange={(e) => set("leadId", e.target.value)}
            >
              <option value="">{councillors.loading ? t("common.loading") : t("common.choose")}</option>
              {active.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.fullName}
                  {c.party ? ` (${c.party})` : ""}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.submittedAt}>{t("initiatives:form.submittedAt")}</label>
            <input
              id={ids.submittedAt}
              type="datetime-local"
              value={draft.submittedAt}
              max={nowAsTiraneLocal()}
              aria-describedby={ids.submittedAtHint}
              onChange={(e) => set("submittedAt", e.target.value)}
            />
            <p className="field__hint" id={ids.submittedAtHint}>
              {t("initiatives:form.submittedAtHint")}
            </p>
          </div>
        </>
      )}
      <fieldset className="co-sponsors">
        <legend>{t("initiatives:form.coSponsors", { count: coSponsorIds.length })}</legend>
        {councillors.error && !councillors.data ? (
          <ErrorMessage error={councillors.error} />
        ) : !councillors.data ? (
          <p className="muted">{t("common.loading")}</p>
        ) : (
          <>
            <div className="field">
              <label htmlFor={ids.filter}>{t("initiatives:form.filter")}</label>
              <input id={ids.filter} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
            </div>
            {shown.length === 0 ? (
              <p className="muted">{t("initiatives:form.filterEmpty")}</p>
            ) : (
              <ul className="co-sponsors__list">
                {shown.map((c) => (
                  <li key={c.id} className="field field--checkbox">
                    <input
                      id={`${ids.coSponsors}-${c.id}`}
                      type="checkbox"
                      checked={coSponsorIds.includes(c.id)}
                      onChange={(e) => toggle(c.id, e.target.checked)}
                    />
                    <label htmlFor={`${ids.coSponsors}-${c.id}`}>
                      {c.fullName}
                      {c.party ? <span className="muted"> ({c.party})</span> : null}
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </fieldset>
      {missing && (
        <p className="error-message" role="alert" id={ids.missing}>
          {secretariat ? t("initiatives:form.missingWithLead") : t("initiatives:form.missing")}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {action.pending ? t("initiatives:form.submitting") : t("initiatives:form.submit")}
        </button>
      </div>
      <ErrorMessage error={action.error} id={ids.error} />
      <p role="status" aria-live="polite" className="success-message-region">
        {done && <span className="success-message">{done}</span>}
      </p>
    </form>
  );
}
