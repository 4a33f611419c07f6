import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { nowAsTiraneLocal, tiraneLocalToIso } from "../app/time";
import type { ConsultationKind } from "../gql/graphql";
import { ErrorMessage } from "../ui/ErrorMessage";
import { useMutationAction } from "../ui/useMutationAction";
import { CONSULTATION_KINDS } from "./labels";
import { RecordConsultationMutation } from "./operations";
import { periodOf } from "./period";

type Counts = { women: string; men: string; other: string; vulnerable: string };
const NO_COUNTS: Counts = { women: "", men: "", other: "", vulnerable: "" };

/** A whole number ≥ 0 from a number field; empty is 0 for the optional ones, null when not a count. */
function countOf(value: string, optional: boolean): number | null {
  if (value.trim() === "") return optional ? 0 : null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/**
 * "Regjistro konsultim" (SECRETARIAT): a public consultation or hearing with
 * its participants by gender (Elbasan plan OS-4 point 7). Vulnerable groups are
 * counted among the participants, so never more than all of them.
 */
export function ConsultationForm() {
  const { t } = useTranslation();
  const ids = {
    title: useId(),
    kind: useId(),
    heldAt: useId(),
    women: useId(),
    men: useId(),
    other: useId(),
    vulnerable: useId(),
    vulnerableHint: useId(),
    problem: useId(),
    error: useId(),
  };
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<ConsultationKind>("CONSULTATION");
  const [heldAt, setHeldAt] = useState("");
  const [counts, setCounts] = useState<Counts>(NO_COUNTS);
  const [problem, setProblem] = useState("");
  const [done, setDone] = useState<{ title: string; period: string } | null>(null);
  const [mutate] = useMutation(RecordConsultationMutation);
  const action = useMutationAction();
  const setCount = (key: keyof Counts, value: string) => setCounts((c) => ({ ...c, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const women = countOf(counts.women, false);
    const men = countOf(counts.men, false);
    const other = countOf(counts.other, true);
    const vulnerable = countOf(counts.vulnerable, true);
    const iso = tiraneLocalToIso(heldAt);
    if (!title.trim() || !iso || women === null || men === null || other === null || vulnerable === null) {
      setProblem(t("initiatives:consultation.missing"));
      return;
    }
    if (vulnerable > women + men + other) {
      setProblem(t("initiatives:consultation.tooManyVulnerable"));
      return;
    }
    setProblem("");
    const name = title.trim();
    const ok = await action.run(() =>
      mutate({
        variables: { input: { title: name, kind, heldAt: iso, women, men, otherOrUndisclosed: other, vulnerableGroups: vulnerable } },
        update(cache) {
          for (const fieldName of ["consultations", "consultationGenderStats", "transparencyScorecard"]) cache.evict({ id: "ROOT_QUERY", fieldName });
          cache.gc();
        },
      }),
    );
    if (ok) {
      setDone({ title: name, period: periodOf(new Date(iso)) });
      setTitle("");
      setHeldAt("");
      setCounts(NO_COUNTS);
    }
  }

  const number = (key: keyof Counts, id: string, label: string, describedBy?: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        value={counts[key]}
        aria-describedby={describedBy}
        onChange={(e) => setCount(key, e.target.value)}
      />
    </div>
  );

  return (
    <form className="form consultation-form" onSubmit={submit} noValidate>
      <p className="field__hint">
        {t("initiatives:consultation.help")} <Link to="/konsultimet">{t("initiatives:consultation.announceLink")}</Link>
      </p>
      <div className="field">
        <label htmlFor={ids.title}>{t("initiatives:consultation.title")}</label>
        <input id={ids.title} type="text" value={title} maxLength={300} required onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.kind}>{t("initiatives:consultation.kind")}</label>
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as ConsultationKind)}>
          {CONSULTATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`initiatives:consultationKind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.heldAt}>{t("initiatives:consultation.heldAt")}</label>
        <input id={ids.heldAt} type="datetime-local" value={heldAt} max={nowAsTiraneLocal()} required onChange={(e) => setHeldAt(e.target.value)} />
      </div>
      <fieldset className="consultation-form__counts">
        <legend>{t("initiatives:consultation.participants")}</legend>
        {number("women", ids.women, t("initiatives:consultation.women"))}
        {number("men", ids.men, t("initiatives:consultation.men"))}
        {number("other", ids.other, t("initiatives:consultation.other"))}
        {number("vulnerable", ids.vulnerable, t("initiatives:consultation.vulnerable"), ids.vulnerableHint)}
        <p className="field__hint" id={ids.vulnerableHint}>
          {t("initiatives:consultation.vulnerableHint")}
        </p>
      </fieldset>
      {problem && (
        <p className="error-message" role="alert" id={ids.problem}>
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {action.pending ? t("initiatives:consultation.submitting") : t("initiatives:consultation.submit")}
        </button>
      </div>
      <ErrorMessage error={action.error} id={ids.error} />
      <p role="status" aria-live="polite" className="success-message-region">
        {done && (
          <span className="success-message">
            {t("initiatives:consultation.saved", { title: done.title })}{" "}
            <Link to={`/nismat/raporti?periudha=${done.period}`}>{t("initiatives:consultation.seeReport")}</Link>
          </span>
        )}
      </p>
    </form>
  );
}
