import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { currentToken } from "../app/auth/authStore";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { CouncillorEditQuery as EditData } from "../gql/graphql";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { useMutationAction } from "../ui/useMutationAction";
import { Avatar } from "./Avatar";
import "./i18n";
import "./councillors.css";
import { CouncillorEditQuery, CouncillorPageQuery, SetCouncillorProfileMutation } from "./operations";

type Councillor = NonNullable<EditData["councillor"]>;

/**
 * `/keshilltaret/:id/ndrysho` (SECRETARIAT or ADMIN): the councillor's profile — party, term dates,
 * short CV, contact with the councillor's choice to publish each — and the photo (JPEG, PNG or WebP
 * up to 5 MB; the server keeps a 400×400 copy).
 */
export function CouncillorEditPage({ councillorId }: { councillorId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CouncillorEditQuery, { variables: { id: councillorId }, fetchPolicy: "network-only" });
  useDocumentTitle(t("councillors:edit.title", { name: data?.councillor?.fullName ?? "" }));
  if (!data) return error ? <QueryError error={error} onRetry={() => refetch()} /> : <Loading />;
  const c = data.councillor;
  if (!c) {
    return (
      <div className="empty-state">
        <h1>{t("councillors:profile.notFound")}</h1>
      </div>
    );
  }
  return (
    <div className="councillors-page councillor-edit">
      <p>
        <Link to={`/keshilltaret/${c.id}`}>{t("councillors:edit.backToPage")}</Link>
      </p>
      <h1>{t("councillors:edit.title", { name: c.fullName })}</h1>
      <PhotoForm councillor={c} onChanged={() => refetch()} />
      <ProfileForm key={c.id} councillor={c} />
    </div>
  );
}

function PhotoForm({ councillor: c, onChanged }: { councillor: Councillor; onChanged: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ kind: "idle" | "pending" | "done" | "error"; message?: string }>({ kind: "idle" });
  const hintId = useId();
  async function send(method: "PUT" | "DELETE", body?: File) {
    setStatus({ kind: "pending" });
    try {
      const res = await fetch(`/councillor-photos/${c.id}`, { method, body, headers: { authorization: `Bearer ${currentToken() ?? ""}` } });
      const answer = (await res.json().catch(() => ({}))) as { error?: { message: string } };
      if (!res.ok) return setStatus({ kind: "error", message: answer.error?.message ?? t("councillors:edit.photoFailed") });
      setStatus({ kind: "done", message: method === "PUT" ? t("councillors:edit.photoSaved") : t("councillors:edit.photoRemoved") });
      if (input.current) input.current.value = "";
      onChanged();
    } catch {
      setStatus({ kind: "error", message: t("councillors:edit.photoFailed") });
    }
  }
  return (
    <section className="panel" aria-labelledby="photo-heading">
      <h2 id="photo-heading">{t("councillors:edit.photo")}</h2>
      <Avatar name={c.fullName} photoUrl={c.photoUrl} size="large" />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const file = input.current?.files?.[0];
          if (!file) return setStatus({ kind: "error", message: t("councillors:edit.photoChoose") });
          void send("PUT", file);
        }}
      >
        <div className="field">
          <label htmlFor="photo-file">{t("councillors:edit.photoFile")}</label>
          <input id="photo-file" ref={input} type="file" accept="image/jpeg,image/png,image/webp" aria-describedby={hintId} />
          <p id={hintId} className="muted">{t("councillors:edit.photoHint")}</p>
        </div>
        <button type="submit" className="button" disabled={status.kind === "pending"}>
          {t("councillors:edit.photoUpload")}
        </button>{" "}
        {c.photoUrl && (
          <button type="button" className="button button--secondary" disabled={status.kind === "pending"} onClick={() => void send("DELETE")}>
            {t("councillors:edit.photoRemove")}
          </button>
        )}
      </form>
      {status.kind === "error" && (
        <p className="error-message" role="alert">
          {status.message}
        </p>
      )}
      {status.kind === "done" && (
        <p className="success-message" role="status">
          {status.message}
        </p>
      )}
    </section>
  );
}

function ProfileForm({ councillor: c }: { councillor: Councillor }) {
  const { t } = useTranslation();
  const d = c.contactDetails;
  const [form, setForm] = useState({
    party: c.party ?? "", termStart: c.termStart ?? "", termEnd: c.termEnd ?? "", cv: c.cv ?? "",
    email: d?.email ?? "", emailPublished: d?.emailPublished ?? false, phone: d?.phone ?? "", phonePublished: d?.phonePublished ?? false,
  });
  const [done, setDone] = useState(false);
  const [save] = useMutation(SetCouncillorProfileMutation, { refetchQueries: [CouncillorPageQuery] });
  const action = useMutationAction();
  const errorId = useId();
  const text = (key: "party" | "termStart" | "termEnd" | "cv" | "email" | "phone") => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const input = {
      councillorId: c.id, expectedVersion: c.profileVersion, party: form.party || null, termStart: form.termStart || null, termEnd: form.termEnd || null,
      cv: form.cv || null, email: form.email || null, emailPublished: form.emailPublished, phone: form.phone || null, phonePublished: form.phonePublished,
    };
    if (await action.run(() => save({ variables: { input } }))) setDone(true);
  }
  return (
    <form className="panel councillor-profile-form" onSubmit={submit} aria-describedby={action.error ? errorId : undefined}>
      <h2>{t("councillors:edit.profile")}</h2>
      <div className="field">
        <label htmlFor="profile-party">{t("councillors:list.party")}</label>
        <input id="profile-party" type="text" maxLength={200} {...text("party")} />
      </div>
      <div className="field">
        <label htmlFor="profile-term-start">{t("councillors:edit.termStart")}</label>
        <input id="profile-term-start" type="date" {...text("termStart")} />
      </div>
      <div className="field">
        <label htmlFor="profile-term-end">{t("councillors:edit.termEnd")}</label>
        <input id="profile-term-end" type="date" {...text("termEnd")} />
      </div>
      <div className="field">
        <label htmlFor="profile-cv">{t("councillors:profile.cv")}</label>
        <textarea id="profile-cv" rows={5} maxLength={2000} {...text("cv")} />
      </div>
      <fieldset>
        <legend>{t("councillors:profile.contact")}</legend>
        <p className="muted">{t("councillors:edit.contactHint")}</p>
        <div className="field">
          <label htmlFor="profile-email">{t("councillors:profile.email")}</label>
          <input id="profile-email" type="email" maxLength={200} {...text("email")} />
        </div>
        <div className="field field--checkbox">
          <input id="profile-email-published" type="checkbox" checked={form.emailPublished} onChange={(e) => setForm({ ...form, emailPublished: e.target.checked })} />
          <label htmlFor="profile-email-published">{t("councillors:edit.publishEmail")}</label>
        </div>
        <div className="field">
          <label htmlFor="profile-phone">{t("councillors:profile.phone")}</label>
          <input id="profile-phone" type="tel" maxLength={40} {...text("phone")} />
        </div>
        <div className="field field--checkbox">
          <input id="profile-phone-published" type="checkbox" checked={form.phonePublished} onChange={(e) => setForm({ ...form, phonePublished: e.target.checked })} />
          <label htmlFor="profile-phone-published">{t("councillors:edit.publishPhone")}</label>
        </div>
      </fieldset>
      <p>
        <button type="submit" className="button" disabled={action.pending}>
          {t("councillors:edit.save")}
        </button>
      </p>
      <ErrorMessage error={action.error} id={errorId} />
      {done && (
        <p role="status" className="success-message">
          {t("councillors:edit.saved")}
        </p>
      )}
    </form>
  );
}
