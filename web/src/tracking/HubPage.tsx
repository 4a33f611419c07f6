import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import "./i18n";
import "./tracking.css";

/** The ways to take part, each with the page, what the citizen can do, and what the municipality owes them. */
const WAYS = [
  { key: "comments", to: "/projektvendime" },
  { key: "petitions", to: "/peticionet" },
  { key: "documents", to: "/kerkesat-per-dokumente" },
  { key: "consultations", to: "/konsultimet" },
  { key: "track", to: "/ndiq" },
] as const;

/**
 * `/merr-pjese` [Merr pjesë]: the participation hub (issue 16), the one header link to every page where a
 * citizen takes part, with the deadline the municipality must meet for each (the Elbasan and Kaçanik plans).
 */
export function HubPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("tracking:hub.title"));
  return (
    <div className="participation-hub">
      <h1>{t("tracking:hub.title")}</h1>
      <p className="participation-hub__intro">{t("tracking:hub.intro")}</p>
      <ul className="participation-hub__ways">
        {WAYS.map((way) => (
          <li key={way.key} className="participation-way">
            <h2 className="participation-way__title">
              <Link to={way.to}>{t(`tracking:hub.${way.key}.title`)}</Link>
            </h2>
            <p>{t(`tracking:hub.${way.key}.what`)}</p>
            <p className="participation-way__deadline">
              <span className="participation-way__deadline-label">{t("tracking:hub.deadline")}</span> {t(`tracking:hub.${way.key}.deadline`)}
            </p>
          </li>
        ))}
      </ul>
      <p className="muted">
        {t("tracking:hub.counter")} <Link to="/sherbimet">{t("tracking:hub.charter")}</Link>
      </p>
    </div>
  );
}
