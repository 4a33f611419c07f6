import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

/** "1–25 nga 40": the rows shown and how many match in all. */
export function pageRange(offset: number, count: number, total: number): { from: number; to: number; total: number } {
  return count === 0 ? { from: 0, to: 0, total } : { from: offset + 1, to: offset + count, total };
}

/**
 * Previous / next through a long list, with "N–M nga T". With `hrefFor` the
 * pages are links (the address keeps the page, so it can be shared); with
 * `onPage` they are buttons.
 */
export function Pagination({
  offset,
  limit,
  count,
  total,
  label,
  hrefFor,
  onPage,
}: {
  offset: number;
  limit: number;
  count: number;
  total: number;
  label: string;
  hrefFor?: (page: number) => string;
  onPage?: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const page = Math.floor(offset / limit) + 1;
  const hasPrevious = page > 1;
  const hasNext = offset + count < total;
  const range = pageRange(offset, count, total);

  function control(target: number, enabled: boolean, text: ReactNode, rel: "prev" | "next") {
    if (hrefFor) {
      return enabled ? (
        <Link to={hrefFor(target)} rel={rel} className="button button--small" onClick={() => onPage?.(target)}>
          {text}
        </Link>
      ) : (
        <span className="button button--small is-disabled" aria-disabled="true">
          {text}
        </span>
      );
    }
    return (
      <button type="button" className="button button--small" disabled={!enabled} onClick={() => onPage?.(target)}>
        {text}
      </button>
    );
  }

  return (
    <nav className="pagination" aria-label={label}>
      {control(
        page - 1,
        hasPrevious,
        <>
          <span aria-hidden="true">‹ </span>
          {t("pagination.previous")}
        </>,
        "prev",
      )}
      <p className="pagination__range">{t("pagination.range", range)}</p>
      {control(
        page + 1,
        hasNext,
        <>
          {t("pagination.next")}
          <span aria-hidden="true"> ›</span>
        </>,
        "next",
      )}
    </nav>
  );
}
