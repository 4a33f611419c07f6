import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { useAuth } from "../app/auth/AuthProvider";

/**
 * The One Stop Shop's entries in the header: the operator's desk for
 * OSS_OPERATOR, and for everyone the monthly figures (which link to the
 * service charter, so the header stays short).
 */
export function OssNavLinks() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  return (
    <>
      <li>
        <NavLink to="/zyra/treguesit">{t("areaNav.oss.kpis")}</NavLink>
      </li>
      {hasRole("OSS_OPERATOR") && (
        <li>
          <NavLink to="/zyra" end>
            {t("areaNav.oss.queue")}
          </NavLink>
        </li>
      )}
    </>
  );
}
