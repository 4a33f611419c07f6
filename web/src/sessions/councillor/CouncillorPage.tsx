import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useAuth } from "../../app/auth/AuthProvider";
import { useDocumentTitle } from "../../app/useDocumentTitle";
import { DateTime } from "../../ui/DateTime";
import { HeadingLevel } from "../../ui/Heading";
import { Loading } from "../../ui/Loading";
import { QueryError } from "../../ui/QueryError";
import { SessionStatusBadge } from "../../ui/StatusBadge";
import { attendanceOf } from "../model";
import { LiveSessionQuery } from "../operations";
import { QuorumPanel } from "../QuorumPanel";
import { useSessionUpdates } from "../useSessionUpdates";
import { CurrentItemPanel } from "./CurrentItemPanel";
import { FloorRequestPanel } from "./FloorRequestPanel";
import { MyDeclarationHistory } from "./MyDeclarationHistory";
import { UpcomingSessions } from "./UpcomingSessions";
import { WhenToDeclare } from "./WhenToDeclare";

/**
 * `/keshilltari`: the councillor's portal. The sitting under way (vote from
 * the seat), the sessions to come with a "declare an interest" on every item
 * still open to declarations, and the councillor's own declarations.
 */
export function CouncillorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("councillor.heading"));
  const { user } = useAuth();
  const me = user?.councillor ?? null;
  const explanationId = useId();

  if (!me) {
    return (
      <div className="empty-state">
        <h1>{t("councillor.heading")}</h1>
        <p>{t("councillor.notLinked")}</p>
      </div>
    );
  }
  return (
    <div className="councillor-page">
      <h1>{t("councillor.heading")}</h1>
      <p className="councillor-page__me">{t("councillor.youAre", { name: me.fullName })}</p>
      <LiveSessionBlock councillorId={me.id} />
      <WhenToDeclare id={explanationId} />
      <UpcomingSessions councillorId={me.id} explanationId={explanationId} />
      <MyDeclarationHistory councillorId={me.id} />
    </div>
  );
}

/** The sitting in the hall now, if any: this councillor's attendance, the current item, their ballot and their floor. */
function LiveSessionBlock({ councillorId }: { councillorId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, refetch } = useQuery(LiveSessionQuery, { pollInterval: 60_000 });
  const session = data?.liveSession ?? null;
  const sitting = session && (session.status === "IN_PROGRESS" || session.status === "SUSPENDED") ? session : null;
  useSessionUpdates(sitting?.id, refetch);

  let body;
  if (!data) {
    body = error ? <QueryError error={error} onRetry={() => refetch()} /> : <Loading />;
  } else if (!sitting) {
    body = <p className="muted">{t("councillor.noSitting")}</p>;
  } else {
    const myStatus = attendanceOf(sitting, councillorId);
    body = (
      <>
        <p className="councillor-live__session">
          <Link to={`/seanca/${sitting.id}`}>{sitting.title}</Link>{" "}
          <span className="session-header__meta">
            <DateTime iso={sitting.scheduledAt} />
            <SessionStatusBadge status={sitting.status} />
          </span>
        </p>
        <p className="councillor-page__attendance">
          <strong>
            {t("councillor.yourAttendance")}: {myStatus ? t(`attendance.${myStatus}`) : t("attendance.NOT_RECORDED")}
          </strong>
        </p>
        <HeadingLevel base={3}>
          <div className="councillor-page__grid">
            <CurrentItemPanel session={sitting} councillorId={councillorId} myStatus={myStatus} />
            <FloorRequestPanel session={sitting} councillorId={councillorId} myStatus={myStatus} />
            <QuorumPanel quorum={sitting.quorum} />
          </div>
        </HeadingLevel>
      </>
    );
  }
  return (
    <section className="councillor-live" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("councillor.liveHeading")}</h2>
      {body}
    </section>
  );
}
