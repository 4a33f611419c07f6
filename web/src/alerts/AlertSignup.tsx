import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../ui/ErrorMessage";
import { useMutationAction } from "../ui/useMutationAction";
import "./i18n";
import { looksLikeEmail, subscriptionInput, type AlertTarget } from "./model";
import { AlertsEnabledQuery, RequestAlertSubscriptionMutation } from "./operations";
import "./alerts.css";

/**
 * "Merr njoftime": an address to follow `target` by e-mail (double opt-in: the server sends a confirmation
 * first). Renders nothing while it is not known, or when the site has no SMTP server (alertsEnabled false):
 * the feeds remain. Mount it on a councillor's page, a committee's page or the decisions register:
 * `<AlertSignup target={{ councillorId }} name={fullName} />`, `<AlertSignup target={{ bodyId }} name={committeeName} />`,
 * or `<AlertSignup target={{ search: words }} />` (no words: the decisions register's "every decision" is the council's body).
 */
export function AlertSignup({ target, name = "" }: { target: AlertTarget; name?: string }) {
  const { t } = useTranslation();
  const what = "councillorId" in target ? t("alerts:what.councillor", { name }) : "bodyId" in target ? t("alerts:what.body", { name }) : t("alerts:what.decisions");
  const ids = { heading: useId(), email: useId(), words: useId(), help: useId(), problem: useId(), error: useId() };
  const [words, setWords] = useState("search" in target ? target.search : "");
  const { data } = useQuery(AlertsEnabledQuery);
  const [request] = useMutation(RequestAlertSubscriptionMutation);
  const action = useMutationAction();
  const [email, setEmail] = useState("");
  const [problem, setProblem] = useState("");
  const [sent, setSent] = useState(false);
  if (!data?.alertsEnabled) return null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!looksLikeEmail(email)) {
      setProblem(t("alerts:signup.invalid"));
      return;
    }
    if ("search" in target && words.trim().length < 2) {
      setProblem(t("alerts:signup.noWords"));
      return;
    }
    setProblem("");
    setSent(false);
    const chosen = "search" in target ? { search: words.trim() } : target;
    if (await action.run(() => request({ variables: { input: subscriptionInput(email, chosen) } }))) {
      setSent(true);
      setEmail("");
    }
  }

  return (
    <section className="alert-signup" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t("alerts:signup.title")}</h2>
      <p className="field__hint" id={ids.help}>
        {t("alerts:signup.help", { what })}
      </p>
      <form className="form form--inline" onSubmit={submit} noValidate>
        {"search" in target && (
          <div className="field">
            <label htmlFor={ids.words}>{t("alerts:signup.words")}</label>
            <input id={ids.words} type="search" maxLength={200} value={words} onChange={(e) => setWords(e.target.value)} />
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.email}>{t("alerts:signup.email")}</label>
          <input
            id={ids.email}
            type="email"
            autoComplete="email"
            inputMode="email"
            maxLength={254}
            value={email}
            aria-describedby={`${ids.help}${problem ? ` ${ids.problem}` : ""}`}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={action.pending}>
            {action.pending ? t("alerts:signup.submitting") : t("alerts:signup.submit")}
          </button>
        </div>
      </form>
      {problem && (
        <p className="error-message" role="alert" id={ids.problem}>
          {problem}
        </p>
      )}
      <ErrorMessage error={action.error} id={ids.error} />
      <p role="status" aria-live="polite" className="success-message-region">
        {sent && <span className="success-message">{t("alerts:signup.sent")}</span>}
      </p>
    </section>
  );
}
