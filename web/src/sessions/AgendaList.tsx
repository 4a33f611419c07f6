import { Heading } from "../ui/Heading";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AgendaItemStatusBadge } from "../ui/StatusBadge";
import { CommitteeOpinionList } from "../committees/CommitteeOpinionList";
import { ItemComments } from "../comments/ItemComments";
import { DeclarationList } from "./DeclarationList";
import { agendaInOrder, type AgendaItem, type Session } from "./model";
import { NamedBallots } from "./NamedBallots";
import { RemovedBallots } from "./RemovedBallots";
import { VoteOutcomeMark } from "./VoteOutcome";

/**
 * The order of business [rendi i ditës], the current item marked with
 * aria-current, each item with its declarations and the result of its votes.
 * The console passes `actions` to put its buttons on each item.
 */
export function AgendaList({
  session,
  actions,
  children,
}: {
  session: Session;
  actions?: (item: AgendaItem) => ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const items = agendaInOrder(session);
  const currentId = session.currentItem?.id;
  return (
    <section className="panel agenda-list" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("agenda.heading")}</Heading>
      {items.length === 0 ? (
        <p className="muted">{t("agenda.empty")}</p>
      ) : (
        <ol className="agenda-list__items">
          {items.map((item) => {
            const isCurrent = item.id === currentId;
            const titleId = `agenda-item-${item.id}`;
            const closedVotes = item.votes.filter((vote) => vote.status === "CLOSED");
            return (
              <li
                key={item.id}
                className={`agenda-item${isCurrent ? " is-current" : ""}`}
                aria-current={isCurrent ? "true" : undefined}
                aria-labelledby={titleId}
              >
                <div className="agenda-item__head">
                  <span className="agenda-item__position" aria-hidden="true">
                    {item.position}
                  </span>
                  <Heading offset={1} id={titleId}>
                    <span className="visually-hidden">{t("agenda.itemNumber", { position: item.position })}: </span>
                    {item.title}
                  </Heading>
                  <AgendaItemStatusBadge status={item.status} />
                  {isCurrent && <span className="badge badge--current">{t("agenda.current")}</span>}
                </div>
                {item.description && <p className="agenda-item__description">{item.description}</p>}
                <CommitteeOpinionList opinions={item.committeeOpinions ?? []} />
                {closedVotes.map((vote) => (
                  <details key={vote.id} className="agenda-item__result">
                    <summary>
                      {t("vote.result")}: {vote.outcome && <VoteOutcomeMark outcome={vote.outcome} />}{" "}
                      <span className="muted">
                        ({t("choice.FOR")} {vote.tally.for}, {t("choice.AGAINST")} {vote.tally.against},{" "}
                        {t("choice.ABSTAIN")} {vote.tally.abstain})
                      </span>
                    </summary>
                    <NamedBallots vote={vote} offset={2} />
                    <RemovedBallots vote={vote} live={false} />
                  </details>
                ))}
                <ItemComments sessionId={session.id} itemId={item.id} />
                <DeclarationList item={item} />
                {actions && <div className="agenda-item__actions">{actions(item)}</div>}
              </li>
            );
          })}
        </ol>
      )}
      {children}
    </section>
  );
}
