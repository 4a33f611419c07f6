import { useQuery } from "@apollo/client/react";
import { MinutesPanel } from "../minutes/MinutesPanel";
import { PackagePanel } from "../packages/PackagePanel";
import { featuredVote, type Session } from "./model";
import { AgendaList } from "./AgendaList";
import { AttendanceGrid } from "./AttendanceGrid";
import { FloorPanel } from "./FloorPanel";
import { CouncillorsQuery } from "./operations";
import { QuorumPanel } from "./QuorumPanel";
import { SessionHeader } from "./SessionHeader";
import { StreamPanel } from "./StreamPanel";
import { VotePanel } from "./VotePanel";

/** The public picture of one session: what the hall's projector and a phone both show. */
export function SessionDashboard({ session }: { session: Session }) {
  // The full roll lets the grid show councillors not yet recorded; the page works without it.
  const { data } = useQuery(CouncillorsQuery, { errorPolicy: "ignore" });
  const featured = featuredVote(session);
  // The floor matters while the sitting is under way; a past or future session has none to show.
  const live = session.status === "IN_PROGRESS" || session.status === "SUSPENDED";
  return (
    <article className="dashboard">
      <SessionHeader session={session} />
      <MinutesPanel session={session} />
      {/* Keyed by the address: a new stream starts behind its placeholder again. */}
      <StreamPanel key={session.streamUrl ?? ""} streamUrl={session.streamUrl} title={session.title} />
      <div className="dashboard__grid">
        {live && <FloorPanel session={session} />}
        <QuorumPanel quorum={session.quorum} />
        <VotePanel item={featured.item} vote={featured.vote} isCurrent={featured.item?.id === session.currentItem?.id} />
        <AgendaList session={session} />
        <AttendanceGrid session={session} councillors={data?.councillors} />
      </div>
      <PackagePanel sessionId={session.id} sessionVersion={session.version} live={live} />
    </article>
  );
}
