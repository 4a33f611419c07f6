import { useTranslation } from "react-i18next";
import { describeError } from "./describeError";

/** Shows why an operation was refused, right next to the control that tried it. */
export function ErrorMessage({ error, id }: { error: unknown; id?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="error-message" role="alert" id={id}>
      {describeError(error, t)}
    </p>
  );
}
