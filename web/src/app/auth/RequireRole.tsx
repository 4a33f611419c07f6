import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import type { Role } from "../../gql/graphql";
import { useAuth } from "./AuthProvider";

/** Shows its page only to the given roles; everyone else is asked to sign in. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { user, hasRole } = useAuth();
  const location = useLocation();
  if (hasRole(...roles)) return <>{children}</>;
  return (
    <div className="empty-state">
      <h1>{user ? t("auth.forbiddenHeading") : t("auth.loginRequiredHeading")}</h1>
      <p>{user ? t("auth.forbidden", { roles: roles.map((role) => t(`role.${role}`)).join(", ") }) : t("auth.loginRequired")}</p>
      <p>
        <Link to="/hyr" state={{ from: location.pathname }} className="button">
          {user ? t("auth.switchUser") : t("auth.goToLogin")}
        </Link>
      </p>
    </div>
  );
}
