import { useTranslation } from "react-i18next";
import { DateTime } from "../ui/DateTime";
import { useNow } from "../ui/useNow";
import { isLate, type Minutes } from "./minutesState";

/**
 * The public "late" mark of a closed session's minutes, in words: published
 * late, or still unpublished past the 48-hour deadline. Nothing when on time.
 */
export function LateMinutesMark({
  minutes,
  block = false,
}: {
  minutes: Pick<Minutes, "late" | "deadline" | "publishedAt">;
  /** In its own paragraph, with the rule explained (the session page), rather than a badge in a line. */
  block?: boolean;
}) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  if (!isLate(minutes, now)) return null;
  const mark = (
    <span className="badge badge--warning" title={block ? undefined : t("minutes.lateHelp")}>
      <span aria-hidden="true">⚠ </span>
      {minutes.publishedAt ? t("minutes.publishedLate") : t("minutes.lateUnpublished")}
    </span>
  );
  if (!block) return mark;
  return (
    <p className="minutes__late">
      {mark} {t("minutes.lateHelp")}
    </p>
  );
}

/** "Procesverbali (PDF)" / "Procesverbali (JSON)": the published documents, served by the server. */
export function MinutesDownloads({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  if (!minutes.publishedAt) return null;
  return (
    <ul className="download-list">
      {minutes.pdfUrl && (
        <li>
          <a href={minutes.pdfUrl} className="download-link">
            {t("minutes.pdf")}
          </a>
        </li>
      )}
      {minutes.jsonUrl && (
        <li>
          <a href={minutes.jsonUrl} className="download-link" download>
            {t("minutes.json")}
          </a>
        </li>
      )}
    </ul>
  );
}

/** When the minutes were published, or are due, with the deadline. */
export function MinutesDates({ minutes }: { minutes: Minutes }) {
  const { t } = useTranslation();
  return (
    <p className="minutes__dates">
      {minutes.publishedAt ? (
        <>
          {t("minutes.publishedAt")} <DateTime iso={minutes.publishedAt} />.{" "}
        </>
      ) : (
        <>{t("minutes.notPublished")} </>
      )}
      {t("minutes.deadline")} <DateTime iso={minutes.deadline} />.
    </p>
  );
}
