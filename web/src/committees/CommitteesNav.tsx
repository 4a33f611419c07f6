import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";

/** "Komisionet" in the header, for everyone. */
export function CommitteesNavLinks() {
  const { t } = useTranslation();
  return (
    <li>
      <NavLink to="/komisionet">{t("areaNav.committees.committees")}</NavLink>
    </li>
  );
}
