import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import { ErrorMessage } from "../ui/ErrorMessage";
import { useMutationAction } from "../ui/useMutationAction";
import "./i18n";
import { ConfirmAlertSubscriptionMutation, UnsubscribeFromAlertsMutation } from "./operations";
import "./alerts.css";

/**
 * The landing pages of the e-mails' links: `/njoftimet/konfirmo/:token` and `/njoftimet/cregjistrohu/:token`.
 * Each asks for one press of its button rather than acting on load, so a mail scanner that opens every
 * link confirms or ends nothing (a mail client's one-click unsubscribe POSTs to the server directly).
 */
function LinkPage({ kind }: { kind: "confirm" | "unsubscribe" }) {
  const { t } = useTranslation();
  useDocumentTitle(t(`alerts:${kind}.title`));
  const { token = "" } = useParams();
  const [confirm] = useMutation(ConfirmAlertSubscriptionMutation);
  const [unsubscribe] = useMutation(UnsubscribeFromAlertsMutation);
  const action = useMutationAction();
  const [label, setLabel] = useState<string | null>(null);

  async function press() {
    await action.run(async () => {
      if (kind === "confirm") {
        const r = await confirm({ variables: { token } });
        setLabel(r.data?.confirmAlertSubscription.targetLabel ?? "");
      } else {
        const r = await unsubscribe({ variables: { token } });
        setLabel(r.data?.unsubscribeFromAlerts.targetLabel ?? "");
      }
    });
  }

  const texts = kind === "confirm"
    ? { title: t("alerts:confirm.title"), intro: t("alerts:confirm.intro"), button: t("alerts:confirm.button"), working: t("alerts:confirm.working"), missing: t("alerts:confirm.missing") }
    : { title: t("alerts:unsubscribe.title"), intro: t("alerts:unsubscribe.intro"), button: t("alerts:unsubscribe.button"), working: t("alerts:unsubscribe.working"), missing: t("alerts:unsubscribe.missing") };
  return (
    <div className="alert-link-page">
      <h1>{texts.title}</h1>
      {!token ? (
        <p className="error-message" role="alert">{texts.missing}</p>
      ) : label !== null ? (
        <p role="status" className="success-message">
          {kind === "confirm" ? t("alerts:confirm.done", { label }) : t("alerts:unsubscribe.done", { label })}
        </p>
      ) : (
        <>
          <p>{texts.intro}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={action.pending} onClick={press}>
              {action.pending ? texts.working : texts.button}
            </button>
          </div>
          <ErrorMessage error={action.error} />
        </>
      )}
    </div>
  );
}

export const ConfirmAlertPage = () => <LinkPage kind="confirm" />;
export const UnsubscribeAlertPage = () => <LinkPage kind="unsubscribe" />;
