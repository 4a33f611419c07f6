import { useMutation } from "@apollo/client/react";
import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { PublicDocumentRequestFieldsFragment } from "../gql/graphql";
import { DateTime } from "../ui/DateTime";
import { ErrorMessage } from "../ui/ErrorMessage";
import { ReceiptCard, usePublicForm } from "../ui/PublicForm";
import { useMutationAction } from "../ui/useMutationAction";
import "./document-requests.css";
import "./i18n";
import { RegisterDocumentRequestMutation, SubmitDocumentRequestMutation } from "./operations";

type Filed = { request: PublicDocumentRequestFieldsFragment; receipt: { reference: string; code: string } };
type Fields = { requesterName: string; requesterEmail: string; requesterPhone: string; requesterAddress: string; documents: string; receivedAt: string };
const EMPTY: Fields = { requesterName: "", requesterEmail: "", requesterPhone: "", requesterAddress: "", documents: "", receivedAt: "" };

/**
 * `/kerkesat-per-dokumente/kerkese-e-re` (anyone, no account: the public form's ticket and honeypot) and
 * `/kerkesat-per-dokumente/sporteli` (the counter: OSS_OPERATOR or SECRETARIAT, may back-date a paper request).
 * Either way the citizen gets the receipt, shown once, to print or keep.
 */
export function RequestFormPage({ counter = false }: { counter?: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t(counter ? "documentRequests:counter.heading" : "documentRequests:form.heading"));
  const { proof, honeypot } = usePublicForm();
  const [submitOnline] = useMutation(SubmitDocumentRequestMutation);
  const [registerAtCounter] = useMutation(RegisterDocumentRequestMutation);
  const action = useMutationAction();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [filed, setFiled] = useState<Filed | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = { name: useId(), email: useId(), emailHint: useId(), phone: useId(), address: useId(), documents: useId(), documentsHint: useId(), privacy: useId(), received: useId(), error: useId() };
  const set = (key: keyof Fields, value: string) => setFields((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      requesterName: fields.requesterName,
      requesterEmail: fields.requesterEmail || null,
      requesterPhone: fields.requesterPhone || null,
      requesterAddress: fields.requesterAddress || null,
      documents: fields.documents,
    };
    await action.run(async () => {
      if (counter) {
        const r = await registerAtCounter({ variables: { input: { ...input, receivedAt: fields.receivedAt ? new Date(fields.receivedAt).toISOString() : null } } });
        if (r.data) setFiled(r.data.registerDocumentRequest);
      } else {
        const r = await submitOnline({ variables: { input, proof: await proof() } });
        if (r.data) setFiled(r.data.submitDocumentRequest);
      }
      setFields(EMPTY);
      setTimeout(() => heading.current?.focus());
    });
  }

  if (filed) {
    return (
      <div className="doc-form-page">
        <h1 ref={heading} tabIndex={-1}>
          {t(counter ? "documentRequests:counter.done" : "documentRequests:form.done")}
        </h1>
        <ReceiptCard receipt={filed.receipt}>
          <p>
            {t("documentRequests:form.dueLine", { due: "" })}
            <strong>
              <DateTime iso={filed.request.dueAt} />
            </strong>
          </p>
        </ReceiptCard>
        <p className="doc-links">
          <button type="button" className="button" onClick={() => setFiled(null)}>
            {t("documentRequests:form.another")}
          </button>
          <Link to="/kerkesat-per-dokumente">{t("documentRequests:form.toRegister")}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="doc-form-page">
      <h1 ref={heading} tabIndex={-1}>
        {t(counter ? "documentRequests:counter.heading" : "documentRequests:form.heading")}
      </h1>
      <p>{t(counter ? "documentRequests:counter.intro" : "documentRequests:form.intro")}</p>
      <p className="notice" id={ids.privacy}>
        {t("documentRequests:form.privacy")}
      </p>
      <form className="doc-form" onSubmit={(e) => void submit(e)} noValidate={false} aria-describedby={ids.privacy}>
        {!counter && honeypot}
        <div className="field">
          <label htmlFor={ids.name}>{t("documentRequests:form.name")}</label>
          <input id={ids.name} required maxLength={200} autoComplete="name" value={fields.requesterName} onChange={(e) => set("requesterName", e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.email}>{t("documentRequests:form.email")}</label>
          <input id={ids.email} type="email" maxLength={254} autoComplete="email" value={fields.requesterEmail} onChange={(e) => set("requesterEmail", e.target.value)} aria-describedby={ids.emailHint} />
          <p className="field__hint" id={ids.emailHint}>
            {t("documentRequests:form.emailHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.phone}>{t("documentRequests:form.phone")}</label>
          <input id={ids.phone} type="tel" maxLength={40} autoComplete="tel" value={fields.requesterPhone} onChange={(e) => set("requesterPhone", e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.address}>{t("documentRequests:form.address")}</label>
          <input id={ids.address} maxLength={300} autoComplete="street-address" value={fields.requesterAddress} onChange={(e) => set("requesterAddress", e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.documents}>{t("documentRequests:form.documents")}</label>
          <textarea id={ids.documents} required maxLength={4000} value={fields.documents} onChange={(e) => set("documents", e.target.value)} aria-describedby={ids.documentsHint} />
          <p className="field__hint" id={ids.documentsHint}>
            {t("documentRequests:form.documentsHint")}
          </p>
        </div>
        {counter && (
          <div className="field">
            <label htmlFor={ids.received}>{t("documentRequests:counter.receivedAt")}</label>
            <input id={ids.received} type="datetime-local" value={fields.receivedAt} onChange={(e) => set("receivedAt", e.target.value)} />
          </div>
        )}
        <ErrorMessage error={action.error} id={ids.error} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={action.pending}>
            {action.pending ? t("documentRequests:form.sending") : t(counter ? "documentRequests:counter.submit" : "documentRequests:form.submit")}
          </button>
        </div>
      </form>
    </div>
  );
}
