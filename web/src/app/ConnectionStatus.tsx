import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { getConnectionState, subscribeConnectionState } from "./apollo";

/** Whether live updates are arriving: "Drejtpërdrejt" or "Po rilidhet…". */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(subscribeConnectionState, getConnectionState);
  return (
    <p className={`connection-status connection-status--${state}`} role="status" aria-live="polite">
      <span className="connection-status__dot" aria-hidden="true" />
      {t(`connection.${state}`)}
    </p>
  );
}
