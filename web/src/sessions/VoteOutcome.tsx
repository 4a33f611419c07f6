import { useTranslation } from "react-i18next";
import type { VoteOutcome as Outcome } from "../gql/graphql";

export function VoteOutcomeMark({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return (
    <span className={`outcome outcome--${outcome.toLowerCase()}`}>
      <span aria-hidden="true">{outcome === "PASSED" ? "✔ " : "✖ "}</span>
      {t(`outcome.${outcome}`)}
    </span>
  );
}
