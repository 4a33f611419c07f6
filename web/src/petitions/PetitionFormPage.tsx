import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { PetitionerKind } from "../gql/graphql";
import { ErrorMessage } from "../ui/ErrorMessage";
import { ReceiptCard, usePublicForm } from "../ui/PublicForm";
import { useMutationAction } from "../ui/useMutationAction";
import "./i18n";
import { signatureLines, TEXT_MAX, TITLE_MAX, tiranaNoonIso } from "./model";
import { RegisterPetitionMutation, SubmitPetitionMutation } from "./operations";
import "./petitions.css";

type Filed = { id: string; title: string; receipt: { reference: string; code: string } };
type Values = {
  petitionerKind: PetitionerKind; petitionerName: string; contactEmail: string; contactPhone: string;
  title: string; text: string; signaturesCount: string; signatureList: string; receivedOn: string;
};
const EMPTY: Values = { petitionerKind: "PERSON", petitionerName: "", contactEmail: "", contactPhone: "", title: "", text: "", signaturesCount: "1", signatureList: "", receivedOn: "" };

/** `/peticionet/e-re`: anyone submits a petition online, no account (the public form's ticket and honeypot); the receipt is shown once. */
export function SubmitPetitionPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("petitions:form.title"));
  const { proof, honeypot } = usePublicForm();
  const [submit] = useMutation(SubmitPetitionMutation);
  return (
    <PetitionForm
      mode="online"
      extra={honeypot}
      file={async (input) => {
        const r = await submit({ variables: { input, proof: await proof() } });
        const f = r.data?.submitPetition;
        return f ? { id: f.petition.id, title: f.petition.title, receipt: f.receipt } : null;
      }}
    />
  );
}

/** `/peticionet/regjistro`: the secretariat registers a petition received on paper, with its signature list, and prints the receipt. */
export function RegisterPaperPetitionPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("petitions:form.paperTitle"));
  const [register] = useMutation(RegisterPetitionMutation);
  return (
    <PetitionForm
      mode="paper"
      file={async (input, receivedOn) => {
        const receivedAt = receivedOn ? tiranaNoonIso(receivedOn) : null;
        const r = await register({ variables: { input: { ...input, receivedAt } } });
        const f = r.data?.registerPetition;
        return f ? { id: f.petition.id, title: f.petition.title, receipt: f.receipt } : null;
      }}
    />
  );
}

type Input = {
  petitionerKind: PetitionerKind; petitionerName: string; contactEmail: string | null; contactPhone: string | null;
  title: string; text: string; signaturesCount: number; signatureList: string | null;
};

function PetitionForm({ mode, extra, file }: { mode: "online" | "paper"; extra?: ReactNode; file: (input: Input, receivedOn: string) => Promise<Filed | null> }) {
  const { t } = useTranslation();
  const action = useMutationAction();
  const [v, setV] = useState<Values>(EMPTY);
  const [filed, setFiled] = useState<Filed | null>(null);
  const ids = { kind: useId(), listHelp: useId(), countHelp: useId(), nameHelp: useId(), textCount: useId() };
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setV((c) => ({ ...c, [key]: value }));
  const lines = signatureLines(v.signatureList);

  async function send(e: FormEvent) {
    e.preventDefault();
    await action.run(async () => {
      const result = await file({
        petitionerKind: v.petitionerKind, petitionerName: v.petitionerName, contactEmail: v.contactEmail || null, contactPhone: v.contactPhone || null,
        title: v.title, text: v.text, signaturesCount: Number(v.signaturesCount), signatureList: v.signatureList || null,
      }, v.receivedOn);
      if (result) {
        setFiled(result);
        setV(EMPTY);
      }
    });
  }

  const heading = mode === "online" ? t("petitions:form.title") : t("petitions:form.paperTitle");
  if (filed) {
    return (
      <div className="petitions-page">
        <h1>{heading}</h1>
        <section className="petition-form" aria-labelledby="petition-sent">
          <h2 id="petition-sent">{t("petitions:form.sentTitle")}</h2>
          <p role="status">{mode === "online" ? t("petitions:form.sent") : t("petitions:form.paperSent")}</p>
          <ReceiptCard receipt={filed.receipt}>
            <p>{filed.title}</p>
          </ReceiptCard>
          <p className="button-row">
            <Link className="button" to={`/peticionet/${filed.id}`}>{t("petitions:form.open")}</Link>
            <button type="button" className="button" onClick={() => setFiled(null)}>{t("petitions:form.another")}</button>
          </p>
        </section>
      </div>
    );
  }
  return (
    <div className="petitions-page">
      <p><Link to="/peticionet">{t("petitions:page.back")}</Link></p>
      <h1>{heading}</h1>
      <p className="muted">{mode === "online" ? t("petitions:form.intro") : t("petitions:form.paperIntro")}</p>
      <form className="petition-form" onSubmit={send} aria-label={heading}>
        {extra}
        <fieldset className="petition-form__kind">
          <legend>{t("petitions:form.kind")}</legend>
          {(["PERSON", "ORGANISATION"] as const).map((k) => (
            <label key={k} className="field--check">
              <input type="radio" name="petitionerKind" value={k} checked={v.petitionerKind === k} onChange={() => set("petitionerKind", k)} />
              <span>{t(`petitions:kind.${k}`)}</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{v.petitionerKind === "ORGANISATION" ? t("petitions:form.organisationName") : t("petitions:form.personName")}</span>
          <input type="text" name="petitionerName" required maxLength={300} autoComplete={v.petitionerKind === "PERSON" ? "name" : "organization"}
            value={v.petitionerName} onChange={(e) => set("petitionerName", e.target.value)} aria-describedby={ids.nameHelp} />
          <span id={ids.nameHelp} className="muted">{v.petitionerKind === "ORGANISATION" ? t("petitions:form.organisationPublic") : t("petitions:form.personPrivate")}</span>
        </label>
        <label className="field">
          <span>{t("petitions:form.email")}</span>
          <input type="email" name="contactEmail" inputMode="email" autoComplete="email" maxLength={254} value={v.contactEmail} onChange={(e) => set("contactEmail", e.target.value)} />
        </label>
        <label className="field">
          <span>{t("petitions:form.phone")}</span>
          <input type="tel" name="contactPhone" inputMode="tel" autoComplete="tel" maxLength={40} value={v.contactPhone} onChange={(e) => set("contactPhone", e.target.value)} />
        </label>
        <p className="muted">{t("petitions:form.contactPrivate")}</p>
        <label className="field">
          <span>{t("petitions:form.petitionTitle")}</span>
          <input type="text" name="title" required maxLength={TITLE_MAX} value={v.title} onChange={(e) => set("title", e.target.value)} />
        </label>
        <label className="field">
          <span>{t("petitions:form.text")}</span>
          <textarea name="text" required rows={8} maxLength={TEXT_MAX} value={v.text} onChange={(e) => set("text", e.target.value)} aria-describedby={ids.textCount} />
          <span id={ids.textCount} className="muted">{t("petitions:form.count", { count: v.text.length, max: TEXT_MAX })}</span>
        </label>
        <label className="field">
          <span>{t("petitions:form.signaturesCount")}</span>
          <input type="number" name="signaturesCount" required min={1} max={10000000} inputMode="numeric" value={v.signaturesCount}
            onChange={(e) => set("signaturesCount", e.target.value)} aria-describedby={ids.countHelp} />
          <span id={ids.countHelp} className="muted">{t("petitions:form.signaturesCountHelp")}</span>
        </label>
        <label className="field">
          <span>{t("petitions:form.signatureList")}</span>
          <textarea name="signatureList" rows={6} value={v.signatureList} onChange={(e) => set("signatureList", e.target.value)} aria-describedby={ids.listHelp} />
          <span id={ids.listHelp} className="muted">{t("petitions:form.signatureListHelp", { count: lines })}</span>
        </label>
        {mode === "paper" && (
          <label className="field">
            <span>{t("petitions:form.receivedOn")}</span>
            <input type="date" name="receivedOn" value={v.receivedOn} onChange={(e) => set("receivedOn", e.target.value)} />
          </label>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={action.pending}>
            {action.pending ? t("petitions:form.sending") : mode === "online" ? t("petitions:form.send") : t("petitions:form.register")}
          </button>
        </div>
        <ErrorMessage error={action.error} />
      </form>
    </div>
  );
}
