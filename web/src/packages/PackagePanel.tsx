import { useQuery } from "@apollo/client/react";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { MeetingDocumentFieldsFragment } from "../gql/graphql";
import { DateTime } from "../ui/DateTime";
import { Heading } from "../ui/Heading";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import "./i18n";
import { documentCount, formatSize, packageGroups, typeLabel } from "./model";
import { SessionPackageQuery } from "./operations";
import "./packages.css";

type Doc = MeetingDocumentFieldsFragment;

/**
 * "Paketa e mbledhjes" on a session's public page: the session's own documents (notice, agenda)
 * and each agenda item's (draft acts, reports, supporting documents), current versions with the
 * earlier ones listed, what was withdrawn and why, and the whole package or one item's as a ZIP.
 * Its own query, refetched when the session's version moves (the session's subscription).
 */
export function PackagePanel({ sessionId, sessionVersion, live = false }: { sessionId: string; sessionVersion: number; live?: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, refetch } = useQuery(SessionPackageQuery, { variables: { id: sessionId } });
  useRefetchOnChange(sessionVersion, live, refetch);

  const session = data?.session ?? null;
  return (
    <section id="paketa" className="panel package-panel" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("packages:panel.heading")}</Heading>
      {!data ? (
        error ? <QueryError error={error} onRetry={() => refetch()} /> : <Loading label={t("packages:panel.loading")} />
      ) : !session ? null : (
        <PackageBody
          packageUrl={session.packageUrl ?? null}
          documents={session.documents}
          withdrawn={session.withdrawnDocuments}
          agenda={session.agenda.map((i) => ({ id: i.id, position: i.position, title: i.title, packageUrl: i.packageUrl ?? null, documents: i.documents }))}
        />
      )}
    </section>
  );
}

/**
 * Refetches when the session's version moves. During a sitting the version moves with every ballot, on
 * thousands of screens at once, while documents rarely change: then one refetch at a random moment within
 * the next two minutes (spread, and at most one waiting), instead of one per change.
 */
function useRefetchOnChange(version: number, live: boolean, refetch: () => unknown) {
  const seen = useRef(version);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    if (!live) {
      void refetch();
      return;
    }
    timer.current ??= setTimeout(() => {
      timer.current = null;
      void refetch();
    }, 15_000 + Math.random() * 105_000);
  }, [version, live, refetch]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
}

function PackageBody({ packageUrl, documents, withdrawn, agenda }: {
  packageUrl: string | null; documents: Doc[]; withdrawn: Doc[];
  agenda: { id: string; position: number; title: string; packageUrl: string | null; documents: Doc[] }[];
}) {
  const { t } = useTranslation();
  const count = documentCount({ documents, agenda });
  const groups = packageGroups({ packageUrl, documents, agenda }).filter((g) => g.documents.length > 0);
  return (
    <>
      {count === 0 ? (
        <p className="empty-state package-panel__empty">{t("packages:panel.empty")}</p>
      ) : (
        <>
          <p className="package-panel__intro">
            {t("packages:panel.intro")} <span className="muted">({t("packages:panel.count", { count })})</span>
          </p>
          {packageUrl && (
            <p>
              <a className="button button--primary package-panel__zip" href={packageUrl} download>
                <span aria-hidden="true">⬇ </span>
                {t("packages:panel.downloadAll")}
              </a>
            </p>
          )}
          {groups.map((g) => (
            <div key={g.key} className="package-group">
              <Heading offset={1} className="package-group__title">
                {g.position === null ? t("packages:panel.sessionDocuments") : t("packages:panel.item", { position: g.position, title: g.title })}
              </Heading>
              <ul className="package-documents">
                {g.documents.map((d) => (
                  <li key={d.id}>
                    <DocumentEntry document={d} />
                  </li>
                ))}
              </ul>
              {g.packageUrl && g.documents.length > 1 && (
                <p className="package-group__zip">
                  <a href={g.packageUrl} download>
                    {t("packages:panel.downloadItem")}
                  </a>
                </p>
              )}
            </div>
          ))}
        </>
      )}
      {withdrawn.length > 0 && (
        <details className="package-withdrawn">
          <summary>{t("packages:panel.withdrawnHeading", { count: withdrawn.length })}</summary>
          <ul>
            {withdrawn.map((d) => (
              <li key={d.id}>
                <span className="badge">{t(`packages:kind.${d.kind}`)}</span> <del>{d.title}</del>{" "}
                <span className="muted">
                  — {t("packages:panel.withdrawnOn")} {d.withdrawnAt && <DateTime iso={d.withdrawnAt} />}. {t("packages:panel.reason")} {d.withdrawalReason}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

export function DocumentEntry({ document: d }: { document: Doc }) {
  const { t, i18n } = useTranslation();
  const size = formatSize(d.size, i18n.language);
  const type = typeLabel(d.mediaType);
  const earlier = d.versions.filter((v) => v.version !== d.version);
  return (
    <div className="package-document">
      <span className="badge package-document__kind">{t(`packages:kind.${d.kind}`)}</span>
      <span className="package-document__title">{d.title}</span>
      <span className="package-document__meta muted">
        {d.fileName} · {type} · {size} · {t("packages:panel.uploaded")} <DateTime iso={d.uploadedAt} />
        {d.version > 1 && <> · {t("packages:panel.version", { version: d.version })}</>}
      </span>
      {d.url && (
        <span className="package-document__links">
          {(type === "PDF" || type === "JPEG" || type === "PNG") && (
            <a href={d.url} target="_blank" rel="noopener" aria-label={t("packages:panel.openNamed", { title: d.title, type, size })}>
              {t("packages:panel.open")}
            </a>
          )}
          <a href={`${d.url}?download`} download={d.fileName} aria-label={t("packages:panel.downloadNamed", { title: d.title, type, size })}>
            {t("packages:panel.download")}
          </a>
        </span>
      )}
      {earlier.length > 0 && (
        <details className="package-document__versions">
          <summary>{t("packages:panel.earlier", { count: earlier.length })}</summary>
          <ul>
            {earlier.map((v) => (
              <li key={v.version}>
                <a href={v.url} download={v.fileName}>
                  {t("packages:panel.earlierVersion", { version: v.version })} <DateTime iso={v.uploadedAt} />
                </a>{" "}
                <span className="muted">
                  ({v.fileName}, {formatSize(v.size, i18n.language)})
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
