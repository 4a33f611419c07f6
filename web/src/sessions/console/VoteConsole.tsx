import { useMutation } from "@apollo/client/react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BallotChoice, MajorityRule } from "../../gql/graphql";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { Heading } from "../../ui/Heading";
import { useMutationAction } from "../../ui/useMutationAction";
import { BallotButtons } from "../BallotButtons";
import { appendToList } from "../cacheUpdates";
import { byName, currentItemOf, isRecused, latestVoteOf, openVoteOf, type AgendaItem, type Session, type Vote } from "../model";
import { NamedBallots } from "../NamedBallots";
import { RemovedBallots } from "../RemovedBallots";
import { CastBallotMutation, CloseVoteMutation, OpenVoteMutation } from "../operations";
import { VoteOutcomeMark } from "../VoteOutcome";
import { VoteTally } from "../VoteTally";

const MAJORITIES: readonly MajorityRule[] = ["SIMPLE", "ABSOLUTE", "TWO_THIRDS"];

/** The current item: open its vote, record ballots on councillors' behalf, close it. */
export function VoteConsole({ session }: { session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  const item = currentItemOf(session);
  const openVote = openVoteOf(item);
  const lastVote = latestVoteOf(item);
  return (
    <section className="panel vote-console" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("console.currentItemHeading")}</Heading>
      {!item ? (
        <p className="muted">{t("console.noCurrentItem")}</p>
      ) : (
        <>
          <p className="vote-console__item">
            <strong>
              {t("agenda.itemNumber", { position: item.position })}: {item.title}
            </strong>
          </p>
          {openVote ? (
            <OpenVoteControls session={session} item={item} vote={openVote} />
          ) : (
            <>
              {lastVote?.outcome && (
                <div className="vote-console__last">
                  <p>
                    {t("vote.result")}: <VoteOutcomeMark outcome={lastVote.outcome} />
                  </p>
                  <VoteTally tally={lastVote.tally} />
                  <NamedBallots vote={lastVote} offset={1} />
                </div>
              )}
              {session.status !== "CLOSED" && <OpenVoteForm session={session} item={item} />}
            </>
          )}
        </>
      )}
    </section>
  );
}

function OpenVoteForm({ session, item }: { session: Session; item: AgendaItem }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [majority, setMajority] = useState<MajorityRule>("SIMPLE");
  const action = useMutationAction();
  const [openVote] = useMutation(OpenVoteMutation, {
    update: (cache, { data }) =>
      appendToList(cache, { __typename: "AgendaItem", id: item.id }, "votes", data?.openVote && { __typename: "Vote", id: data.openVote.id }),
  });
  return (
    <form
      className="form form--inline"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(() => openVote({ variables: { input: { agendaItemId: item.id, majority } } }));
      }}
    >
      <div className="field">
        <label htmlFor={selectId}>{t("console.majority")}</label>
        <select id={selectId} value={majority} onChange={(e) => setMajority(e.target.value as MajorityRule)}>
          {MAJORITIES.map((rule) => (
            <option key={rule} value={rule}>
              {t(`majority.${rule}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary" disabled={action.pending}>
        {t("console.openVote")}
      </button>
      {!session.quorum.reached && <p className="field__hint">{t("console.quorumNeeded")}</p>}
      <ErrorMessage error={action.error} />
    </form>
  );
}

function OpenVoteControls({ session, item, vote }: { session: Session; item: AgendaItem; vote: Vote }) {
  const { t } = useTranslation();
  const gridHeadingId = useId();
  const closeAction = useMutationAction();
  const [closeVote] = useMutation(CloseVoteMutation, { variables: { voteId: vote.id } });
  const present = session.attendance
    .filter((row) => row.status === "PRESENT")
    .map((row) => row.councillor)
    .sort(byName);
  const choiceOf = new Map(vote.ballots.map((ballot) => [ballot.councillor.id, ballot.choice]));
  return (
    <div className="open-vote">
      <p>
        <span className="badge badge--vote-open">{t("voteStatus.OPEN")}</span> {t(`majority.${vote.majority}`)}
      </p>
      <VoteTally tally={vote.tally} />
      <RemovedBallots vote={vote} />
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={closeAction.pending}
          onClick={() => void closeAction.run(() => closeVote())}
        >
          {t("console.closeVote")}
        </button>
      </div>
      <ErrorMessage error={closeAction.error} />
      <Heading offset={1} id={gridHeadingId}>
        {t("console.ballotsHeading")}
      </Heading>
      <p className="field__hint">{t("console.ballotsHint")}</p>
      {present.length === 0 ? (
        <p className="muted">{t("console.nobodyPresent")}</p>
      ) : (
        <ul className="ballot-grid" aria-labelledby={gridHeadingId}>
          {present.map((councillor) => (
            <BallotRow
              key={councillor.id}
              voteId={vote.id}
              councillor={councillor}
              current={choiceOf.get(councillor.id) ?? null}
              recused={isRecused(item, councillor.id)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function BallotRow({
  voteId,
  councillor,
  current,
  recused,
}: {
  voteId: string;
  councillor: { id: string; fullName: string };
  current: BallotChoice | null;
  recused: boolean;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  const action = useMutationAction();
  const [castBallot] = useMutation(CastBallotMutation);
  return (
    <li className={`ballot-row${recused ? " is-recused" : ""}`}>
      <div role="group" aria-labelledby={nameId} className="ballot-row__group">
        <span id={nameId} className="ballot-row__name">
          {councillor.fullName}
        </span>
        {recused && <span className="badge badge--recused">{t("declaration.recusedMark")}</span>}
        <BallotButtons
          size="small"
          current={current}
          pending={action.pending}
          onCast={(choice) =>
            void action.run(() => castBallot({ variables: { input: { voteId, choice, councillorId: councillor.id } } }))
          }
        />
      </div>
      <ErrorMessage error={action.error} />
    </li>
  );
}
