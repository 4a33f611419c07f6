import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import { DateTime } from "../ui/DateTime";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { SessionStatusBadge } from "../ui/StatusBadge";
import { noticeDays, upcomingSessions, type CalendarSession } from "./calendar";
import { CalendarSubscriptions } from "./CalendarSubscribe";
import { FeedLink } from "./FeedLink";
import "../initiatives/i18n";
import "../packages/i18n";
import "./i18n";
import { SessionCalendarQuery } from "./operations";
import "./transparency.css";

type Item = CalendarSession["agenda"][number];

/**
 * `/kalendari`: the public calendar of sessions still to come, soonest first,
 * each with its notice (Kaçanik plan: 7 days for the council, 3 for a
 * committee; a later one is marked) and its agenda package: every item's
 * description, when its draft was published for comment (Elbasan plan OS-2:
 * 10 working days before the vote; a shorter period is marked) and the
 * councillors' initiatives it decides.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("transparency:calendar.title"));
  const { data, error, refetch } = useQuery(SessionCalendarQuery);
  const sessions = data ? upcomingSessions(data.sessions) : null;

  return (
    <div className="transparency-page calendar-page">
      <h1>{t("transparency:calendar.title")}</h1>
      <p className="transparency-intro">{t("transparency:calendar.intro")}</p>
      <p>
        <FeedLink />
      </p>
      <CalendarSubscriptions />
      {!sessions ? (
        error ? (
          <QueryError error={error} onRetry={() => refetch()} />
        ) : (
          <Loading />
        )
      ) : sessions.length === 0 ? (
        <div className="empty-state">
          <p>{t("transparency:calendar.empty")}</p>
          <p>
            <Link to="/seancat">{t("transparency:calendar.pastLink")}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="muted">{t("transparency:calendar.count", { count: sessions.length })}</p>
          <ol className="calendar-list">
            {sessions.map((session) => (
              <li key={session.id}>
                <CalendarEntry session={session} />
              </li>
            ))}
          </ol>
          <p>
            <Link to="/seancat">{t("transparency:calendar.pastLink")}</Link>
          </p>
        </>
      )}
    </div>
  );
}

function CalendarEntry({ session }: { session: CalendarSession }) {
  const { t } = useTranslation();
  const headingId = useId();
  const agendaId = useId();
  return (
    <article className="calendar-session" aria-labelledby={headingId}>
      <p className="calendar-session__when">
        <DateTime iso={session.scheduledAt} style="full" />
      </p>
      <h2 id={headingId} className="calendar-session__title">
        <Link to={`/seanca/${session.id}`}>{session.title}</Link>
      </h2>
      <p className="calendar-session__meta">
        <span>{session.body.name}</span>
        <SessionStatusBadge status={session.status} />
        {session.lateNotice ? (
          <span className="badge badge--warning">
            <span aria-hidden="true">⚠ </span>
            {t("transparency:calendar.lateNotice")}
          </span>
        ) : (
          <span className="badge calendar-badge--on-time">{t("transparency:calendar.onTime")}</span>
        )}
      </p>
      <p className={session.lateNotice ? "calendar-session__notice is-late" : "calendar-session__notice"}>
        {t("transparency:calendar.announced")} <DateTime iso={session.announcedAt} />.{" "}
        {session.lateNotice
          ? t("transparency:calendar.lateNoticeExplained", { count: noticeDays(session.body.kind) })
          : t("transparency:calendar.noticeRule", { count: noticeDays(session.body.kind) })}
      </p>
      <p className="calendar-session__package">
        {session.packageUrl ? (
          <>
            <a href={session.packageUrl} download>
              {t("packages:panel.downloadAll")}
            </a>{" "}
            · <Link to={`/seanca/${session.id}#paketa`}>{t("packages:panel.heading")}</Link>
          </>
        ) : (
          <span className="muted">{t("packages:panel.empty")}</span>
        )}
      </p>
      <h3 id={agendaId}>{t("transparency:calendar.agenda")}</h3>
      {session.agenda.length === 0 ? (
        <p className="muted">{t("transparency:calendar.agendaEmpty")}</p>
      ) : (
        <ol className="calendar-agenda" aria-labelledby={agendaId}>
          {session.agenda.map((item) => (
            <li key={item.id} className={item.shortCommentPeriod ? "calendar-item is-short" : "calendar-item"}>
              <CalendarItem item={item} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

function CalendarItem({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    <>
      <h4 className="calendar-item__title">
        <span className="calendar-item__position">{item.position}.</span> {item.title}
      </h4>
      {item.description && <p className="calendar-item__description">{item.description}</p>}
      {item.draftPublishedAt ? (
        <p className="calendar-item__draft">
          {t("transparency:calendar.draftPublished")} <DateTime iso={item.draftPublishedAt} />
          {item.commentPeriodWorkingDays !== null && <> · {t("transparency:calendar.workingDays", { count: item.commentPeriodWorkingDays })}</>}
          {item.shortCommentPeriod && (
            <>
              {" "}
              <span className="badge badge--warning">
                <span aria-hidden="true">⚠ </span>
                {t("transparency:calendar.shortComment")}
              </span>
              <span className="calendar-item__why"> {t("transparency:calendar.shortCommentExplained")}</span>
            </>
          )}
        </p>
      ) : (
        <p className="calendar-item__draft muted">{t("transparency:calendar.noDraft")}</p>
      )}
      {item.initiatives.length > 0 && (
        <div className="calendar-item__initiatives">
          <p className="calendar-item__initiatives-label">{t("transparency:calendar.initiatives", { count: item.initiatives.length })}</p>
          <ul>
            {item.initiatives.map((initiative) => (
              <li key={initiative.id}>
                {t(`initiatives:kind.${initiative.kind}`)}: {initiative.title}{" "}
                <span className="muted">
                  — {initiative.leadSponsorName} ({t(`initiatives:status.${initiative.status}`)})
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
