import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useAuth } from "../app/auth/AuthProvider";
import { AlertSignup } from "../alerts/AlertSignup";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { CommitteePageQuery as CommitteePageData, SessionStatus } from "../gql/graphql";
import { CalendarSubscribe } from "../transparency/CalendarSubscribe";
import { DateTime } from "../ui/DateTime";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { ScrollTable } from "../ui/ScrollTable";
import { SessionStatusBadge } from "../ui/StatusBadge";
import "./i18n";
import "./committees.css";
import { dayText } from "./model";
import { CommitteePageQuery } from "./operations";

type Committee = NonNullable<CommitteePageData["committee"]>;
type Meeting = Committee["upcomingMeetings"][number];
type Membership = Committee["members"][number];

/**
 * `/komisionet/:id`: one committee's public page — its functions [funksionet], chair, members with the
 * days they joined and left, its meetings with their notice marks (Kaçanik plan: 3 days), each linking
 * to the session page, and its opinions [relacion] on the council's items.
 */
export function CommitteePage({ committeeId }: { committeeId: string }) {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const { data, error, refetch, loading } = useQuery(CommitteePageQuery, { variables: { id: committeeId } });
  const committee = data?.committee;
  useDocumentTitle(committee?.name ?? t("committees:list.title"));
  const ids = { members: useId(), past: useId(), upcoming: useId(), held: useId(), opinions: useId() };

  if (!data) return error ? <QueryError error={error} onRetry={() => refetch()} /> : <Loading />;
  if (!committee) {
    return (
      <div className="empty-state">
        <h1>{t("committees:page.notFound")}</h1>
        <p>
          <Link to="/komisionet">{t("committees:page.back")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="committee-page" aria-busy={loading}>
      <p>
        <Link to="/komisionet">{t("committees:page.back")}</Link>
      </p>
      <h1>{committee.name}</h1>
      <p>
        {committee.chair ? t("committees:page.chairIs", { name: committee.chair.councillor.fullName }) : t("committees:list.noChair")} ·{" "}
        {t("committees:list.membersOfSeats", { count: committee.membersCount, seats: committee.seats })}
      </p>
      {hasRole("ADMIN", "SECRETARIAT") && (
        <p>
          <Link to={`/komisionet/menaxho?komisioni=${committee.id}`} className="button button--small">
            {t("committees:list.manage")}
          </Link>
        </p>
      )}
      <section aria-labelledby={`${ids.members}-f`}>
        <h2 id={`${ids.members}-f`}>{t("committees:page.functions")}</h2>
        {committee.functions ? <p className="committee-page__functions">{committee.functions}</p> : <p className="muted">{t("committees:page.noFunctions")}</p>}
      </section>
      <section aria-labelledby={ids.members}>
        <h2 id={ids.members}>{t("committees:page.members")}</h2>
        <MemberTable memberships={committee.members} labelledBy={ids.members} empty={t("committees:page.noMembers")} />
      </section>
      {committee.pastMembers.length > 0 && (
        <section aria-labelledby={ids.past}>
          <h2 id={ids.past}>{t("committees:page.pastMembers")}</h2>
          <MemberTable memberships={committee.pastMembers} labelledBy={ids.past} empty="" />
        </section>
      )}
      <section aria-labelledby={ids.upcoming}>
        <h2 id={ids.upcoming}>{t("committees:meetings.upcoming")}</h2>
        <CalendarSubscribe bodyId={committee.id} name={committee.name} />
        <AlertSignup target={{ bodyId: committee.id }} name={committee.name} />
        <p className="muted">{t("committees:meetings.noticeRule", { count: committee.noticeDays })}</p>
        <MeetingList meetings={committee.upcomingMeetings} noticeDays={committee.noticeDays} empty={t("committees:meetings.noneUpcoming")} />
      </section>
      <section aria-labelledby={ids.held}>
        <h2 id={ids.held}>{t("committees:meetings.past")}</h2>
        <MeetingList meetings={committee.pastMeetings} noticeDays={committee.noticeDays} empty={t("committees:meetings.nonePast")} />
      </section>
      <section aria-labelledby={ids.opinions}>
        <h2 id={ids.opinions}>{t("committees:opinions.title")}</h2>
        {committee.opinions.length === 0 ? (
          <p className="muted">{t("committees:opinions.none")}</p>
        ) : (
          <ul className="committee-opinion-list">
            {committee.opinions.map((o) => (
              <li key={o.id}>
                <p className="committee-opinion__head">
                  <span className={`badge committee-opinion__kind committee-opinion__kind--${o.opinion.toLowerCase()}`}>
                    {t(`committees:opinion.${o.opinion}`)}
                  </span>{" "}
                  {t("committees:opinions.on")} <Link to={`/seanca/${o.sessionId}`}>{o.agendaItemTitle}</Link>
                </p>
                <p className="muted">
                  {o.sessionTitle}, <DateTime iso={o.sessionScheduledAt} style="short" />
                  {o.committeeSessionId && (
                    <>
                      {" · "}
                      {t("committees:opinions.givenAt")} <Link to={`/seanca/${o.committeeSessionId}`}>{o.committeeSessionTitle}</Link>
                    </>
                  )}
                </p>
                <p className="committee-opinion__text">{o.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function MemberTable({ memberships, labelledBy, empty }: { memberships: readonly Membership[]; labelledBy: string; empty: string }) {
  const { t } = useTranslation();
  if (memberships.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ScrollTable className="data-table" labelledBy={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t("committees:page.name")}</th>
          <th scope="col">{t("committees:page.party")}</th>
          <th scope="col">{t("committees:page.role")}</th>
          <th scope="col">{t("committees:page.joinedOn")}</th>
          <th scope="col">{t("committees:page.leftOn")}</th>
        </tr>
      </thead>
      <tbody>
        {memberships.map((m) => (
          <tr key={m.id}>
            <th scope="row">{m.councillor.fullName}</th>
            <td>{m.councillor.party ?? "—"}</td>
            <td>{t(`committees:role.${m.role}`)}</td>
            <td>{dayText(m.joinedOn)}</td>
            <td>{m.leftOn ? dayText(m.leftOn) : <span className="muted">{t("committees:page.current")}</span>}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function MeetingList({ meetings, noticeDays, empty }: { meetings: readonly Meeting[]; noticeDays: number; empty: string }) {
  const { t } = useTranslation();
  if (meetings.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="committee-meetings">
      {meetings.map((m) => (
        <li key={m.id}>
          <p>
            <Link to={`/seanca/${m.id}`}>{m.title}</Link> <SessionStatusBadge status={m.status as SessionStatus} />
            {m.lateNotice ? (
              <>
                {" "}
                <span className="badge badge--warning">
                  <span aria-hidden="true">⚠ </span>
                  {t("committees:meetings.lateNotice")}
                </span>
              </>
            ) : null}
          </p>
          <p className="muted">
            <DateTime iso={m.scheduledAt} style="full" /> · {t("committees:meetings.announced")} <DateTime iso={m.announcedAt} style="short" /> ·{" "}
            {t("committees:meetings.items", { count: m.items })}
            {m.lateNotice && <> · {t("committees:meetings.lateNoticeExplained", { count: noticeDays })}</>}
          </p>
        </li>
      ))}
    </ul>
  );
}
