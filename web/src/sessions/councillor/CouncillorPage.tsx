import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { useAuth } from "../../app/auth/AuthProvider";
import { useDocumentTitle } from "../../app/useDocumentTitle";
import { Loading } from "../../ui/Loading";
import { QueryError } from "../../ui/QueryError";
import { DeclarationForm } from "../DeclarationForm";
import { agendaInOrder, attendanceOf } from "../model";
import { LiveSessionQuery } from "../operations";
import { QuorumPanel } from "../QuorumPanel";
import { SessionHeader } from "../SessionHeader";
import { useSessionUpdates } from "../useSessionUpdates";
import { CurrentItemPanel } from "./CurrentItemPanel";
import { MyDeclarations } from "./MyDeclarations";

/** `/keshilltari`: the councillor's seat in the live session: vote, declare an interest. */
export function CouncillorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("councillor.heading"));
  const { user } = useAuth();
  const { data, error, refetch } = useQuery(LiveSessionQuery, { pollInterval: 60_000 });
  const session = data?.liveSession ?? null;
  useSessionUpdates(session?.id, refetch);
  const me = user?.councillor ?? null;

  if (!me) {
    return (
      <div className="empty-state">
        <h1>{t("councillor.heading")}</h1>
        <p>{t("councillor.notLinked")}</p>
      </div>
    );
  }
  if (!data) {
    if (error) return <QueryError error={error} onRetry={() => refetch()} />;
    return <Loading />;
  }
  if (!session) {
    return (
      <div className="empty-state">
        <h1>{t("dashboard.noSession")}</h1>
        <p>{t("dashboard.noSessionHelp")}</p>
      </div>
    );
  }
  const myStatus = attendanceOf(session, me.id);
  return (
    <div className="councillor-page">
      <SessionHeader session={session} />
      <p className="councillor-page__me">
        {t("councillor.youAre", { name: me.fullName })}{" "}
        <strong>
          {t("councillor.yourAttendance")}: {myStatus ? t(`attendance.${myStatus}`) : t("attendance.NOT_RECORDED")}
        </strong>
      </p>
      <div className="councillor-page__grid">
        <CurrentItemPanel session={session} councillorId={me.id} myStatus={myStatus} />
        <QuorumPanel quorum={session.quorum} />
      </div>
      {session.status !== "CLOSED" && (
        <DeclarationForm items={agendaInOrder(session)} defaultItemId={session.currentItem?.id} />
      )}
      <MyDeclarations session={session} councillorId={me.id} />
    </div>
  );
}
