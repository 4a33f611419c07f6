import { useTranslation } from "react-i18next";
import { DateTime } from "../ui/DateTime";
import { LateNoticeMark, SessionStatusBadge } from "../ui/StatusBadge";
import type { Session } from "./model";

export function SessionHeader({ session, headingId }: { session: Session; headingId?: string }) {
  const { t } = useTranslation();
  return (
    <header className="session-header">
      <p className="session-header__body">{session.body.name}</p>
      <h1 id={headingId}>{session.title}</h1>
      <p className="session-header__meta">
        <DateTime iso={session.scheduledAt} style="full" />
        <SessionStatusBadge status={session.status} />
        {session.lateNotice && <LateNoticeMark />}
      </p>
      {session.lateNotice && (
        <p className="session-header__note">
          {t("session.lateNoticeExplained")} <DateTime iso={session.announcedAt} />.
        </p>
      )}
    </header>
  );
}
