import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Heading } from "../ui/Heading";
import type { Session } from "../sessions/model";
import "../packages/i18n";
import { LateMinutesMark, MinutesDates, MinutesDownloads } from "./MinutesMarks";

/**
 * The minutes of a closed session on its public page: the downloads once
 * published, the deadline, and a visible mark when they came (or are) late.
 */
export function MinutesPanel({ session }: { session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  const minutes = session.minutes;
  if (session.status !== "CLOSED" || !minutes) return null;
  return (
    <section className="panel minutes-panel" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("minutes.heading")}</Heading>
      <LateMinutesMark minutes={minutes} block />
      <MinutesDates minutes={minutes} />
      <MinutesDownloads minutes={minutes} />
      <p className="minutes__package">
        {/* The documents the minutes speak of: the session's meeting package, on this page. */}
        <a href="#paketa">{t("packages:panel.heading")}</a>
      </p>
      {minutes.sha256 && (
        <p className="minutes__hash">
          {t("minutes.sha256")} <code>{minutes.sha256}</code>
        </p>
      )}
    </section>
  );
}
