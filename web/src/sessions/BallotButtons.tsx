import { useTranslation } from "react-i18next";
import type { BallotChoice } from "../gql/graphql";

export const BALLOT_CHOICES: readonly BallotChoice[] = ["FOR", "AGAINST", "ABSTAIN"];

/**
 * Për / Kundër / Abstenim. The recorded choice is pressed (aria-pressed) and
 * marked with a tick as well as colour; pressing another one changes the
 * ballot while the vote is open.
 */
export function BallotButtons({
  current,
  onCast,
  pending,
  size = "large",
  describedBy,
}: {
  current: BallotChoice | null;
  onCast: (choice: BallotChoice) => void;
  pending: boolean;
  size?: "large" | "small";
  describedBy?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className={`ballot-buttons ballot-buttons--${size}`}>
      {BALLOT_CHOICES.map((choice) => (
        <button
          key={choice}
          type="button"
          className={`ballot-button ballot-button--${choice.toLowerCase()}`}
          aria-pressed={current === choice}
          aria-describedby={describedBy}
          disabled={pending}
          onClick={() => onCast(choice)}
        >
          {current === choice && <span aria-hidden="true">✔ </span>}
          {t(`choice.${choice}`)}
        </button>
      ))}
    </div>
  );
}
