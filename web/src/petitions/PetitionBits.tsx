import { useTranslation } from "react-i18next";
import type { PetitionerKind, PetitionStatus } from "../gql/graphql";
import "./i18n";

/** Status as words first; the colour only repeats what the words say. */
export function PetitionStatusBadge({ status }: { status: PetitionStatus }) {
  const { t } = useTranslation();
  return <span className={`badge petition-status petition-status--${status.toLowerCase()}`}>{t(`petitions:status.${status}`)}</span>;
}

/** The public late marks (Kaçanik plan: reviewed within 60 days, answered within 15 of the review). */
export function PetitionLateMarks({ reviewLate, answerLate }: { reviewLate: boolean; answerLate: boolean }) {
  const { t } = useTranslation();
  if (!reviewLate && !answerLate) return null;
  return (
    <span className="petition-late">
      {reviewLate && (
        <span className="badge badge--warning" title={t("petitions:late.reviewHelp")}>
          <span aria-hidden="true">⚠ </span>
          {t("petitions:late.review")}
        </span>
      )}
      {answerLate && (
        <span className="badge badge--warning" title={t("petitions:late.answerHelp")}>
          <span aria-hidden="true">⚠ </span>
          {t("petitions:late.answer")}
        </span>
      )}
    </span>
  );
}

/** Who petitions, as the public may know it: an organisation's name; a private person stays unnamed. */
export function Petitioner({ kind, organisationName }: { kind: PetitionerKind; organisationName: string | null }) {
  const { t } = useTranslation();
  return <>{kind === "ORGANISATION" && organisationName ? organisationName : t("petitions:petitioner.person")}</>;
}
