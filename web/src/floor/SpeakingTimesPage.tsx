import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../app/useDocumentTitle";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { useMutationAction } from "../ui/useMutationAction";
import "./i18n";
import { formatSeconds } from "./model";
import { SetSpeakingTimesMutation, SpeakingTimesQuery } from "./operations";

type Times = { contribution: number; reply: number; pointOfOrder: number };
const KINDS = [
  ["contribution", "CONTRIBUTION"],
  ["reply", "REPLY"],
  ["pointOfOrder", "POINT_OF_ORDER"],
] as const;

/**
 * `/cilesimet/fjala`: the ADMIN sets the council's default speaking time per
 * kind of speech. New requests for the floor take the new limits; requests
 * already on a list keep theirs, and the secretariat may still give another
 * limit when a speech starts.
 */
export function SpeakingTimesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("floor:settings.heading"));
  const { data, error, refetch } = useQuery(SpeakingTimesQuery);
  if (!data) {
    if (error) return <QueryError error={error} onRetry={() => refetch()} />;
    return <Loading />;
  }
  return (
    <div className="speaking-times-page">
      <h1>{t("floor:settings.heading")}</h1>
      <p>{t("floor:settings.intro")}</p>
      {/* Not keyed by the saved values: the refetch after a save would remount the form and drop its "saved" message. */}
      <SpeakingTimesForm saved={data.speakingTimes} />
    </div>
  );
}

function SpeakingTimesForm({ saved }: { saved: Times }) {
  const { t } = useTranslation();
  const [times, setTimes] = useState<Times>({ contribution: saved.contribution, reply: saved.reply, pointOfOrder: saved.pointOfOrder });
  const [done, setDone] = useState(false);
  const [save] = useMutation(SetSpeakingTimesMutation, { refetchQueries: [SpeakingTimesQuery] });
  const action = useMutationAction();
  const errorId = useId();
  const hintId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (await action.run(() => save({ variables: { input: times } }))) setDone(true);
  }

  return (
    <form className="panel speaking-times-form" onSubmit={submit} aria-describedby={action.error ? errorId : undefined}>
      <p id={hintId} className="muted">{t("floor:settings.hint")}</p>
      {KINDS.map(([field, kind]) => {
        const id = `speaking-time-${field}`;
        return (
          <p key={field} className="form-row">
            <label htmlFor={id}>{t(`floor:kind.${kind}`)}</label>
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={10}
              max={3600}
              step={1}
              required
              aria-describedby={hintId}
              value={Number.isFinite(times[field]) ? times[field] : ""}
              onChange={(e) => setTimes({ ...times, [field]: e.target.valueAsNumber })}
            />{" "}
            <span className="muted">{t("floor:settings.seconds", { time: formatSeconds(times[field] || 0) })}</span>
          </p>
        );
      })}
      <p>
        <button type="submit" className="button" disabled={action.pending}>
          {t("floor:settings.save")}
        </button>
      </p>
      <ErrorMessage error={action.error} id={errorId} />
      {done && (
        <p role="status" className="success-message">
          {t("floor:settings.saved")}
        </p>
      )}
    </form>
  );
}
