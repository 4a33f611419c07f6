import { useState } from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "./describeError";

/** A failed page load: what went wrong and a button to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => Promise<unknown> | void }) {
  const { t } = useTranslation();
  const [retrying, setRetrying] = useState(false);
  async function retry() {
    setRetrying(true);
    try {
      await onRetry();
    } catch {
      // the query's own error state shows the new failure
    } finally {
      setRetrying(false);
    }
  }
  return (
    <div className="query-error" role="alert">
      <p>{t("common.loadFailed")}</p>
      <p className="error-message">{describeError(error, t)}</p>
      <button type="button" onClick={retry} disabled={retrying}>
        {retrying ? t("common.retrying") : t("common.retry")}
      </button>
    </div>
  );
}
