import { useTranslation } from "react-i18next";
import type { Vote } from "./model";

const PARTS = ["for", "against", "abstain", "recused", "notVoted"] as const;

/**
 * The running count: a bar for the eye, and the same numbers with words in a
 * polite live region, so nothing depends on colour and screen readers hear
 * each change.
 */
export function VoteTally({ tally }: { tally: Vote["tally"] }) {
  const { t } = useTranslation();
  const total = PARTS.reduce((sum, part) => sum + tally[part], 0) || 1;
  return (
    <div className="vote-tally">
      <div className="vote-tally__bar" aria-hidden="true">
        {PARTS.map((part) =>
          tally[part] > 0 ? (
            <span
              key={part}
              className={`vote-tally__segment vote-tally__segment--${part}`}
              style={{ flexGrow: tally[part], flexBasis: `${(tally[part] / total) * 100}%` }}
            >
              {tally[part]}
            </span>
          ) : null,
        )}
      </div>
      <dl className="vote-tally__legend" aria-live="polite" aria-atomic="true">
        {PARTS.map((part) => (
          <div key={part} className={`vote-tally__entry vote-tally__entry--${part}`}>
            <dt>
              <span className={`swatch swatch--${part}`} aria-hidden="true" />
              {t(`tally.${part}`)}
            </dt>
            <dd>{tally[part]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
