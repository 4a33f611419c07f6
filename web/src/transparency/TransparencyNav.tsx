import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";

/** "Kalendari" and "Transparenca" in the header, for everyone. */
export function TransparencyNavLinks() {
  const { t } = useTranslation();
  return (
    <>
      <li>
        <NavLink to="/kalendari">{t("areaNav.transparency.calendar")}</NavLink>
      </li>
      <li>
        <NavLink to="/transparenca">{t("areaNav.transparency.scorecard")}</NavLink>
      </li>
    </>
  );
}
