import { Heading } from "../ui/Heading";
import { useTranslation } from "react-i18next";
import type { BallotChoice } from "../gql/graphql";
import { byName, type Vote } from "./model";

const CHOICES: readonly BallotChoice[] = ["FOR", "AGAINST", "ABSTAIN"];

/** Votes are named (DOMAIN: the public sees who voted how), grouped by choice. */
export function NamedBallots({ vote, offset = 1 }: { vote: Vote; offset?: number }) {
  const { t } = useTranslation();
  return (
    <div className="named-ballots">
      {CHOICES.map((choice) => {
        const names = vote.ballots.filter((ballot) => ballot.choice === choice).map((b) => b.councillor).sort(byName);
        return (
          <div key={choice} className={`named-ballots__group named-ballots__group--${choice.toLowerCase()}`}>
            <Heading offset={offset}>
              {t(`choice.${choice}`)} ({names.length})
            </Heading>
            {names.length === 0 ? (
              <p className="muted">{t("vote.nobody")}</p>
            ) : (
              <ul>
                {names.map((councillor) => (
                  <li key={councillor.id}>
                    {councillor.fullName}
                    {councillor.party && <span className="muted"> ({councillor.party})</span>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
