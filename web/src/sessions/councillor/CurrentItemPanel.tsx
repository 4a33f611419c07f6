import { useMutation } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { AttendanceStatus, BallotChoice } from "../../gql/graphql";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { Heading } from "../../ui/Heading";
import { AgendaItemStatusBadge } from "../../ui/StatusBadge";
import { useMutationAction } from "../../ui/useMutationAction";
import { BallotButtons } from "../BallotButtons";
import { currentItemOf, isRecused, latestVoteOf, openVoteOf, type Session, type Vote } from "../model";
import { CastBallotMutation } from "../operations";
import { VoteOutcomeMark } from "../VoteOutcome";
import { VoteTally } from "../VoteTally";

/** The item under discussion and, while its vote is open, this councillor's ballot. */
export function CurrentItemPanel({
  session,
  councillorId,
  myStatus,
}: {
  session: Session;
  councillorId: string;
  myStatus: AttendanceStatus | null;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const item = currentItemOf(session);
  const vote = openVoteOf(item);
  const last = latestVoteOf(item);
  return (
    <section className="panel current-item" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("councillor.currentItem")}</Heading>
      {!item ? (
        <p className="muted">{t("councillor.noCurrentItem")}</p>
      ) : (
        <>
          <p className="current-item__title">
            <strong>
              {t("agenda.itemNumber", { position: item.position })}: {item.title}
            </strong>{" "}
            <AgendaItemStatusBadge status={item.status} />
          </p>
          {item.description && <p>{item.description}</p>}
          {isRecused(item, councillorId) && (
            <p className="notice notice--warning">{t("councillor.youRecused")}</p>
          )}
          {vote ? (
            myStatus === "PRESENT" ? (
              <MyBallot vote={vote} councillorId={councillorId} />
            ) : (
              <p className="notice">{t("councillor.onlyPresentVote")}</p>
            )
          ) : last?.outcome ? (
            <p>
              {t("vote.result")}: <VoteOutcomeMark outcome={last.outcome} />
            </p>
          ) : (
            <p className="muted">{t("vote.noneOnItem")}</p>
          )}
        </>
      )}
    </section>
  );
}

function MyBallot({ vote, councillorId }: { vote: Vote; councillorId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const statusId = useId();
  const action = useMutationAction();
  const [castBallot] = useMutation(CastBallotMutation);
  // Only the server's ballots count: castBallot returns the vote with them,
  // and a later declaration with recusal removes the ballot again.
  const current = vote.ballots.find((ballot) => ballot.councillor.id === councillorId)?.choice ?? null;

  function cast(choice: BallotChoice) {
    void action.run(() => castBallot({ variables: { input: { voteId: vote.id, choice } } }));
  }

  return (
    <div className="my-ballot" role="group" aria-labelledby={headingId}>
      <Heading offset={1} id={headingId}>
        {t("councillor.yourVote")}
      </Heading>
      <p className="muted">{t(`majority.${vote.majority}`)}</p>
      <BallotButtons current={current} pending={action.pending} onCast={cast} describedBy={statusId} />
      <p id={statusId} className="my-ballot__status" role="status" aria-live="polite">
        {current ? t("councillor.ballotRecorded", { choice: t(`choice.${current}`) }) : t("councillor.noBallotYet")}
      </p>
      <ErrorMessage error={action.error} />
      <VoteTally tally={vote.tally} />
    </div>
  );
}
