import { useTranslation } from "react-i18next";

/**
 * When and how to declare, in plain words, once for the whole portal
 * (Elbasan plan OS-1, pillar 2: ad-hoc declarations of interest).
 */
export function WhenToDeclare({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel when-to-declare" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{t("councillor.whenHeading")}</h2>
      <p>{t("councillor.whenIntro")}</p>
      <ul>
        <li>
          <strong>{t("interest.PERSONAL")}</strong>: {t("councillor.whenPersonal")}
        </li>
        <li>
          <strong>{t("interest.FAMILY")}</strong>: {t("councillor.whenFamily")}
        </li>
        <li>
          <strong>{t("interest.FINANCIAL")}</strong>: {t("councillor.whenFinancial")}
        </li>
        <li>
          <strong>{t("interest.PROFESSIONAL")}</strong>: {t("councillor.whenProfessional")}
        </li>
      </ul>
      <p>{t("councillor.whenPotential")}</p>
      <p>{t("councillor.whenBefore")}</p>
      <p>{t("councillor.whenRecusal")}</p>
      <p>{t("declaration.helpPublic")}</p>
    </section>
  );
}
