import { useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Loading } from "./Loading";
import { Pagination } from "./Pagination";
import { QueryError } from "./QueryError";

type ResultsPage<T> = { total: number; offset: number; limit: number; items: readonly T[] };

/**
 * The results of a public register (`/deklaratat`, `/vendimet`): the count said to screen readers, then the
 * error, loading, empty (with "clear the filters" when filtered), beyond-the-last-page or the table with its
 * paging, whose pages are links kept in the address. `words` are the register's own, translated.
 */
export function RegisterResults<T>(props: {
  words: {
    heading: string;
    total: (count: number) => string;
    empty: string;
    emptyFiltered: string;
    clear: string;
    pageEmpty: string;
    firstPage: string;
    pagination: string;
  };
  page: ResultsPage<T> | null;
  loading: boolean;
  error: unknown;
  onRetry: () => unknown;
  filtered: boolean;
  /** The register without filters. */
  clearHref: string;
  hrefFor: (page: number) => string;
  /** The previous answer, shown dimmed while the new one is on its way. */
  stale: boolean;
  /** The table of the page's items (called only when there are some). */
  table: (items: readonly T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  const { words, page, loading, error, filtered } = props;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section className="register-results" aria-labelledby={headingId} aria-busy={loading}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {words.heading}
      </h2>
      <p className="register-results__count" role="status" aria-live="polite">
        {loading ? t("common.loading") : page && !error ? words.total(page.total) : ""}
      </p>
      {error && !loading ? (
        <QueryError error={error} onRetry={() => void props.onRetry()} />
      ) : !page ? (
        <Loading />
      ) : page.total === 0 ? (
        <div className="empty-state">
          <p>{filtered ? words.emptyFiltered : words.empty}</p>
          {filtered && (
            <p>
              <Link to={props.clearHref}>{words.clear}</Link>
            </p>
          )}
        </div>
      ) : page.items.length === 0 ? (
        <div className="empty-state">
          <p>{words.pageEmpty}</p>
          <p>
            <Link to={props.hrefFor(1)}>{words.firstPage}</Link>
          </p>
        </div>
      ) : (
        <div className={props.stale ? "is-stale" : undefined}>
          {props.table(page.items)}
          <Pagination
            label={words.pagination}
            offset={page.offset}
            limit={page.limit}
            count={page.items.length}
            total={page.total}
            hrefFor={props.hrefFor}
            onPage={() => heading.current?.focus()}
          />
        </div>
      )}
    </section>
  );
}
