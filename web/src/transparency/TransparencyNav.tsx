import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import "./i18n";

/** "Kalendari" and "Transparenca" in the header, for everyone. */
export function TransparencyNavLinks() {
  const { t } = useTranslation();
  return (
    <>
      <li>
        <NavLink to="/kalendari">{t("transparency:nav.calendar")}</NavLink>
      </li>
      <li>
        <NavLink to="/transparenca">{t("transparency:nav.scorecard")}</NavLink>
      </li>
    </>
  );
}
