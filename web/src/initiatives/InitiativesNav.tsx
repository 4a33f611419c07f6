import { useTranslation } from "react-i18next";
import { Link, useMatch } from "react-router-dom";

/**
 * "Nismat" in the header: it opens the semi-annual report, and stays marked
 * as the current section on the register too (the two link to each other).
 */
export function InitiativesNavLinks() {
  const { t } = useTranslation();
  const here = useMatch({ path: "/nismat", end: false });
  return (
    <li>
      <Link to="/nismat/raporti" aria-current={here ? "page" : undefined}>
        {t("areaNav.initiatives.initiatives")}
      </Link>
    </li>
  );
}
