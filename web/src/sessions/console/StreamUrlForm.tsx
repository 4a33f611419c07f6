import { useMutation } from "@apollo/client/react";
import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import "../../floor/i18n";
import { SetStreamUrlMutation } from "../../floor/operations";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { useMutationAction } from "../../ui/useMutationAction";
import type { Session } from "../model";

/**
 * The live stream's address [transmetimi i drejtpërdrejtë], https only; empty
 * takes it off the public page. The server's refusal is shown next to it.
 */
export function StreamUrlForm({ session }: { session: Session }) {
  const { t } = useTranslation();
  const ids = { input: useId(), hint: useId() };
  const [url, setUrl] = useState(session.streamUrl ?? "");
  const [notHttps, setNotHttps] = useState(false);
  const [saved, setSaved] = useState(false);
  const [open, setOpen] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  const action = useMutationAction();
  const [setStreamUrl] = useMutation(SetStreamUrlMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = url.trim();
    setSaved(false);
    if (value && !/^https:\/\//i.test(value)) {
      setNotHttps(true);
      return;
    }
    setNotHttps(false);
    const ok = await action.run(() => setStreamUrl({ variables: { sessionId: session.id, url: value || null } }));
    if (ok) {
      // The summary now names the new address; the panel folds away so it covers nothing.
      setSaved(true);
      setOpen(false);
      summaryRef.current?.focus();
    }
  }

  const current = session.streamUrl ? hostOf(session.streamUrl) : null;
  return (
    <details
      className="stream-url"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          setOpen(false);
          summaryRef.current?.focus();
        }
      }}
    >
      <summary className="button button--small" ref={summaryRef} title={session.streamUrl ?? undefined}>
        {current ? t("floor:console.streamSummary", { host: current }) : t("floor:console.streamNone")}
      </summary>
      <form className="stream-url-form" onSubmit={submit} noValidate>
        <label htmlFor={ids.input}>{t("floor:console.streamUrl")}</label>
        <input
          id={ids.input}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={url}
          aria-describedby={ids.hint}
          aria-invalid={notHttps || undefined}
          onChange={(e) => {
            setUrl(e.target.value);
            setNotHttps(false);
            setSaved(false);
          }}
        />
        <button type="submit" className="button button--small" disabled={action.pending}>
          {t("floor:console.saveStream")}
        </button>
        <span id={ids.hint} className="stream-url-form__note" role="status">
          {notHttps ? <span className="error-message">{t("floor:console.streamHttpsOnly")}</span> : saved ? t("floor:console.streamSaved") : null}
        </span>
        <ErrorMessage error={action.error} />
      </form>
    </details>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
