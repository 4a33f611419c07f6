import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import { OpenDataLink } from "./OpenDataLink";

type Dataset = { key: string; files: string[]; more?: { to: string; labelKey: string } };

/** What the server publishes at /open-data/ (and /minutes/ per session). */
const DATASETS: readonly Dataset[] = [
  {
    key: "declarations",
    files: ["/open-data/declarations.csv", "/open-data/declarations.json"],
    more: { to: "/deklaratat", labelKey: "openData.declarations.more" },
  },
  {
    key: "decisions",
    files: ["/open-data/decisions.csv", "/open-data/decisions.json"],
    more: { to: "/vendimet", labelKey: "openData.decisions.more" },
  },
  { key: "votes", files: ["/open-data/votes.csv", "/open-data/votes.json"] },
  { key: "ballots", files: ["/open-data/ballots.csv", "/open-data/ballots.json"] },
  { key: "speeches", files: ["/open-data/speeches.csv", "/open-data/speeches.json"] },
  {
    key: "attendance",
    files: ["/open-data/attendance.csv", "/open-data/attendance.json"],
    more: { to: "/prania", labelKey: "openData.attendance.more" },
  },
  {
    key: "petitions",
    files: ["/open-data/petitions.csv", "/open-data/petitions.json"],
    more: { to: "/peticionet", labelKey: "openData.petitions.more" },
  },
  { key: "popolo", files: ["/open-data/popolo.json"] },
];

/**
 * `/te-dhena-te-hapura`: every download, what it holds, and in which format
 * (Elbasan plan OS-2: decisions published in PDF and CSV/JSON).
 */
export function OpenDataPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("openData.heading"));
  const minutesId = useId();
  return (
    <div className="open-data-page">
      <h1>{t("openData.heading")}</h1>
      <p>{t("openData.intro")}</p>
      <p>{t("openData.freshness")}</p>
      {DATASETS.map((dataset) => (
        <DatasetSection key={dataset.key} dataset={dataset} />
      ))}
      <section className="panel open-data-set" aria-labelledby={minutesId}>
        <h2 id={minutesId}>{t("openData.minutes.heading")}</h2>
        <p>{t("openData.minutes.contents")}</p>
        <p>
          <Link to="/seancat">{t("openData.minutes.more")}</Link>
        </p>
      </section>
    </div>
  );
}

function DatasetSection({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel open-data-set" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`openData.${dataset.key}.heading`)}</h2>
      <p>{t(`openData.${dataset.key}.contents`)}</p>
      {dataset.key === "popolo" && (
        <p>
          {t("openData.popolo.standard")}{" "}
          <a href="https://www.popoloproject.com/" rel="noopener">
            {t("openData.popolo.standardLink")}
          </a>
        </p>
      )}
      <ul className="download-list">
        {dataset.files.map((href) => (
          <li key={href}>
            <OpenDataLink href={href} label={t(`openData.${dataset.key}.${href.split(".").pop()}`)} />
          </li>
        ))}
      </ul>
      {dataset.more && (
        <p>
          <Link to={dataset.more.to}>{t(dataset.more.labelKey)}</Link>
        </p>
      )}
    </section>
  );
}
