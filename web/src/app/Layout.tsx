import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router-dom";
import { useAuth } from "./auth/AuthProvider";
import { ConnectionStatus } from "./ConnectionStatus";
import { LanguageSwitch } from "./LanguageSwitch";
import { CommitteesNavLinks } from "../committees/CommitteesNav";
import { InitiativesNavLinks } from "../initiatives/InitiativesNav";
import { TransparencyNavLinks } from "../transparency/TransparencyNav";
import { OssNavLinks } from "../oss/OssNav";

/** The frame of every page: skip link, header with navigation, language and sign-in. */
export function Layout() {
  const { t } = useTranslation();
  const { user, signOut, hasRole } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After navigating, move focus to the new page so keyboard and screen-reader users start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  function logout() {
    signOut();
    navigate("/");
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header__brand">
          <Link to="/" className="brand">
            <span className="brand__name">Kuvend</span>
            <span className="brand__tagline">{t("layout.tagline")}</span>
          </Link>
        </div>
        <nav className="site-nav" aria-label={t("layout.mainNavigation")}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t("nav.live")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/seancat">{t("nav.sessions")}</NavLink>
            </li>
            <li>
              <NavLink to="/deklaratat">{t("nav.declarations")}</NavLink>
            </li>
            <li>
              <NavLink to="/vendimet">{t("areaNav.decisions.register")}</NavLink>
            </li>
            <li>
              <NavLink to="/keshilltaret">{t("areaNav.councillors.councillors")}</NavLink>
            </li>
            <CommitteesNavLinks />
            <InitiativesNavLinks />
            <TransparencyNavLinks />
            <li>
              <NavLink to="/merr-pjese">{t("nav.participate")}</NavLink>
            </li>
            {hasRole("SECRETARIAT") && (
              <li>
                <NavLink to="/konsola">{t("nav.console")}</NavLink>
              </li>
            )}
            {hasRole("COUNCILLOR") && (
              <li>
                <NavLink to="/keshilltari">{t("nav.councillor")}</NavLink>
              </li>
            )}
            {hasRole("ADMIN") && (
              <li>
                <NavLink to="/cilesimet/fjala">{t("nav.speakingTimes")}</NavLink>
              </li>
            )}
            <OssNavLinks />
          </ul>
        </nav>
        <div className="site-header__tools">
          <ConnectionStatus />
          <LanguageSwitch />
          {user ? (
            <div className="user-menu">
              <span className="user-menu__who">
                {t("layout.signedInAs")} <strong>{user.councillor?.fullName ?? user.username}</strong>{" "}
                <span className="muted">({t(`role.${user.role}`)})</span>
              </span>
              <button type="button" className="button button--small" onClick={logout}>
                {t("layout.logout")}
              </button>
            </div>
          ) : (
            <Link to="/hyr" className="button button--small">
              {t("layout.login")}
            </Link>
          )}
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t("layout.footer")}</p>
        <nav aria-label={t("layout.footerNavigation")}>
          <ul className="site-footer__links">
            <li>
              <Link to="/te-dhena-te-hapura">{t("nav.openData")}</Link>
            </li>
            <li>
              <Link to="/deklaratat">{t("nav.declarationsRegister")}</Link>
            </li>
          </ul>
        </nav>
      </footer>
    </div>
  );
}
