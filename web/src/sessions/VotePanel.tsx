import { Heading } from "../ui/Heading";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { AgendaItem, Vote } from "./model";
import { NamedBallots } from "./NamedBallots";
import { RemovedBallots } from "./RemovedBallots";
import { VoteOutcomeMark } from "./VoteOutcome";
import { VoteTally } from "./VoteTally";

/** The vote on the current item: live tally while open, outcome and names once closed. */
export function VotePanel({ item, vote, isCurrent }: { item: AgendaItem | null; vote: Vote | null; isCurrent: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel vote-panel" aria-labelledby={headingId}>
      <Heading id={headingId}>{isCurrent || !vote ? t("vote.heading") : t("vote.lastHeading")}</Heading>
      {!item || !vote ? (
        <p className="muted">{item ? t("vote.noneOnItem") : t("vote.none")}</p>
      ) : (
        <>
          <p className="vote-panel__item">
            {t("agenda.itemNumber", { position: item.position })}: {item.title}
          </p>
          <p className="vote-panel__state">
            <span className={`badge badge--vote-${vote.status.toLowerCase()}`}>{t(`voteStatus.${vote.status}`)}</span>{" "}
            <span>{t(`majority.${vote.majority}`)}</span>
          </p>
          <VoteTally tally={vote.tally} />
          <RemovedBallots vote={vote} />
          {vote.status === "CLOSED" && vote.outcome && (
            <>
              <p className="vote-panel__outcome">
                <VoteOutcomeMark outcome={vote.outcome} />
              </p>
              <NamedBallots vote={vote} offset={1} />
            </>
          )}
        </>
      )}
    </section>
  );
}
