import { useTranslation } from "react-i18next";
import type { Vote } from "./model";

const PARTS = ["for", "against", "abstain", "recused", "notVoted"] as const;

/**
 * The running count: a bar for the eye, and the same numbers with words in a
 * polite live region, so nothing depends on colour and screen readers hear
 * each change. `marks` adds a sign before each word (the chamber display's
 * seat board prints the same signs on the seats).
 */
export function VoteTally({ tally, marks }: { tally: Vote["tally"]; marks?: Partial<Record<(typeof PARTS)[number], string>> }) {
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
              {marks?.[part] && <span className="vote-tally__mark" aria-hidden="true">{marks[part]}</span>}
              {t(`tally.${part}`)}
            </dt>
            <dd>{tally[part]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
