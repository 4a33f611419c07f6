import { useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { useMutationAction } from "../../ui/useMutationAction";
import type { Session } from "../model";
import {
  CloseSessionMutation,
  ResumeSessionMutation,
  StartSessionMutation,
  SuspendSessionMutation,
} from "../operations";

/**
 * The session's lifecycle: SCHEDULED → IN_PROGRESS ⇄ SUSPENDED → CLOSED. Only
 * the moves possible from the current status are offered.
 */
export function SessionControls({ session }: { session: Session }) {
  const { t } = useTranslation();
  const action = useMutationAction();
  const variables = { sessionId: session.id };
  const [start] = useMutation(StartSessionMutation, { variables });
  const [suspend] = useMutation(SuspendSessionMutation, { variables });
  const [resume] = useMutation(ResumeSessionMutation, { variables });
  const [close] = useMutation(CloseSessionMutation, { variables });

  function closeWithConfirmation() {
    if (!window.confirm(t("console.confirmClose", { title: session.title }))) return;
    void action.run(() => close());
  }

  if (session.status === "CLOSED") {
    return <p className="muted">{t("console.closedReadOnly")}</p>;
  }
  return (
    <div className="session-controls">
      <div className="button-row">
        {session.status === "SCHEDULED" && (
          <button type="button" className="button button--primary" disabled={action.pending} onClick={() => void action.run(() => start())}>
            {t("console.start")}
          </button>
        )}
        {session.status === "IN_PROGRESS" && (
          <button type="button" className="button" disabled={action.pending} onClick={() => void action.run(() => suspend())}>
            {t("console.suspend")}
          </button>
        )}
        {session.status === "SUSPENDED" && (
          <button type="button" className="button button--primary" disabled={action.pending} onClick={() => void action.run(() => resume())}>
            {t("console.resume")}
          </button>
        )}
        {(session.status === "IN_PROGRESS" || session.status === "SUSPENDED") && (
          <button type="button" className="button button--danger" disabled={action.pending} onClick={closeWithConfirmation}>
            {t("console.close")}
          </button>
        )}
      </div>
      <ErrorMessage error={action.error} />
    </div>
  );
}
