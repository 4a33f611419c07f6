import { useTranslation } from "react-i18next";
import { DateTime } from "../ui/DateTime";
import type { Vote } from "./model";

/**
 * Ballots taken out of an open vote because their councillor filed a recusal
 * during it (DOMAIN: "the live feed says so"). The region is polite and
 * always present while a vote is shown, so a removal is announced when it
 * arrives without interrupting anyone. In the record of a closed vote
 * (`live={false}`) it is plain text.
 */
export function RemovedBallots({ vote, live = true }: { vote: Vote; live?: boolean }) {
  const { t } = useTranslation();
  const removals = [...vote.removedBallots].sort((a, b) => (a.removedAt < b.removedAt ? -1 : 1));
  return (
    <div className="removed-ballots" {...(live ? { role: "status", "aria-live": "polite" as const } : {})}>
      {removals.length > 0 && (
        <ul>
          {removals.map((removal) => (
            <li key={removal.declarationId} className="notice notice--warning">
              <span aria-hidden="true">⚠ </span>
              {t("vote.ballotRemoved", { name: removal.councillor.fullName, choice: t(`choice.${removal.choice}`) })}{" "}
              <span className="muted">
                (<DateTime iso={removal.removedAt} style="time" />)
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
