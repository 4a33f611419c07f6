import { useTranslation } from "react-i18next";
import type { AgendaItemStatus, SessionStatus } from "../gql/graphql";

/** Status as words first; the colour only repeats what the words say. */
export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--session-${status.toLowerCase()}`}>{t(`sessionStatus.${status}`)}</span>;
}

export function AgendaItemStatusBadge({ status }: { status: AgendaItemStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--item-${status.toLowerCase()}`}>{t(`itemStatus.${status}`)}</span>;
}

export function LateNoticeMark() {
  const { t } = useTranslation();
  return (
    <span className="badge badge--warning" title={t("session.lateNoticeHelp")}>
      <span aria-hidden="true">⚠ </span>
      {t("session.lateNotice")}
    </span>
  );
}
