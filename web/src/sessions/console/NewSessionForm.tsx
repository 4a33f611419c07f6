import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { nowAsTiraneLocal, tiraneLocalToIso } from "../../app/time";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { useMutationAction } from "../../ui/useMutationAction";
import { BodiesQuery, CreateSessionMutation, SessionListQuery } from "../operations";

/**
 * "Seancë e re": schedules a sitting, by default a week and a day ahead so the
 * 7-day notice holds. Less notice is allowed but shown as late, in public.
 */
export function NewSessionForm() {
  const { t } = useTranslation();
  const ids = { heading: useId(), title: useId(), when: useId(), whenHint: useId(), body: useId() };
  const navigate = useNavigate();
  const bodies = useQuery(BodiesQuery, { errorPolicy: "ignore" });
  const [title, setTitle] = useState("");
  const [when, setWhen] = useState(() => nowAsTiraneLocal(8).slice(0, 11) + "10:00");
  const [bodyId, setBodyId] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  const action = useMutationAction();
  const [createSession] = useMutation(CreateSessionMutation, { refetchQueries: [SessionListQuery] });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const scheduledAt = tiraneLocalToIso(when);
    if (!scheduledAt) {
      setLocalError(t("console.invalidDate"));
      return;
    }
    setLocalError(null);
    let createdId: string | null = null;
    const ok = await action.run(async () => {
      const { data } = await createSession({
        variables: { input: { title: title.trim(), scheduledAt, ...(bodyId ? { bodyId } : {}) } },
      });
      createdId = data?.createSession.id ?? null;
    });
    if (ok && createdId) {
      setTitle("");
      navigate(`/konsola/${createdId}`);
    }
  }

  return (
    <section className="panel new-session" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t("console.newSession")}</h2>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={ids.title}>{t("console.sessionTitle")}</label>
          <input id={ids.title} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
        </div>
        <div className="field">
          <label htmlFor={ids.when}>{t("console.sessionWhen")}</label>
          <input
            id={ids.when}
            type="datetime-local"
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            required
            aria-describedby={ids.whenHint}
          />
          <p className="field__hint" id={ids.whenHint}>
            {t("console.sessionWhenHint")}
          </p>
        </div>
        {(bodies.data?.bodies.length ?? 0) > 0 && (
          <div className="field">
            <label htmlFor={ids.body}>{t("console.sessionBody")}</label>
            <select id={ids.body} value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
              <option value="">{t("console.defaultBody")}</option>
              {bodies.data?.bodies.map((body) => (
                <option key={body.id} value={body.id}>
                  {body.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {localError && (
          <p className="error-message" role="alert">
            {localError}
          </p>
        )}
        <ErrorMessage error={action.error} />
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {t("console.createSession")}
        </button>
      </form>
    </section>
  );
}
