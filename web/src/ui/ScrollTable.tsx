import type { ReactNode } from "react";

type Props = {
  /** The table's classes, e.g. "data-table report-table". */
  className: string;
  /** The scrolling region's class: the stylesheet's "table-scroll" unless an area styles its own. */
  regionClassName?: string;
  children: ReactNode;
} & (
  // A region must have a name: the table's own caption, or the element that already names it.
  { caption: string; labelledBy?: never } | { labelledBy: string; caption?: never }
);

/**
 * A table in a region that scrolls sideways on a narrow screen. The region is
 * focusable so a keyboard can scroll it, and named so a screen reader says what it holds.
 */
export function ScrollTable({ className, regionClassName = "table-scroll", caption, labelledBy, children }: Props) {
  return (
    <div className={regionClassName} tabIndex={0} role="region" aria-labelledby={labelledBy} aria-label={caption}>
      <table className={className} aria-labelledby={labelledBy}>
        {caption !== undefined && <caption>{caption}</caption>}
        {children}
      </table>
    </div>
  );
}
