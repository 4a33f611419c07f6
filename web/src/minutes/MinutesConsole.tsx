import { useMutation } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Heading } from "../ui/Heading";
import { useMutationAction } from "../ui/useMutationAction";
import { useNow } from "../ui/useNow";
import type { Session } from "../sessions/model";
import { PublishMinutesMutation } from "./operations";
import { LateMinutesMark, MinutesDates, MinutesDownloads } from "./MinutesMarks";
import { timeLeft } from "./minutesState";

/**
 * "Procesverbali" at the secretariat's desk, for a closed session: how long is
 * left of the 48 hours (Elbasan plan OS-2 point 3), and the button that
 * publishes the minutes. Published minutes are final, so it asks first.
 */
export function MinutesConsole({ session }: { session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  const countdownId = useId();
  const now = useNow(15_000);
  const action = useMutationAction();
  const [publishMinutes] = useMutation(PublishMinutesMutation, { variables: { sessionId: session.id } });
  const minutes = session.minutes;
  if (session.status !== "CLOSED" || !minutes) return null;
  const left = timeLeft(minutes.deadline, now);

  function publish() {
    if (!window.confirm(t("minutes.confirmPublish", { title: session.title }))) return;
    void action.run(() => publishMinutes());
  }

  return (
    <section className="panel minutes-console" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("minutes.heading")}</Heading>
      {minutes.publishedAt ? (
        <>
          <p className="success-message">
            {t("minutes.published")} <LateMinutesMark minutes={minutes} />
          </p>
          <MinutesDates minutes={minutes} />
          <MinutesDownloads minutes={minutes} />
          {minutes.sha256 && (
            <p className="minutes__hash">
              {t("minutes.sha256")} <code>{minutes.sha256}</code>
            </p>
          )}
        </>
      ) : (
        <>
          <p id={countdownId} className={`minutes-countdown${left.passed ? " is-passed" : ""}`}>
            {left.passed ? (
              <>
                <span aria-hidden="true">⚠ </span>
                {t("minutes.deadlinePassed")}
              </>
            ) : (
              t("minutes.timeLeft", {
                hours: t("minutes.hours", { count: left.hours }),
                minutes: t("minutes.minutes", { count: left.minutes }),
              })
            )}
          </p>
          <MinutesDates minutes={minutes} />
          <p className="field__hint">{t("minutes.publishHelp")}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={action.pending}
              aria-describedby={countdownId}
              onClick={publish}
            >
              {t("minutes.publish")}
            </button>
          </div>
          <ErrorMessage error={action.error} />
        </>
      )}
    </section>
  );
}
