import { Loading } from "../ui/Loading";
import "./dashboard-skeleton.css";

/**
 * The dashboard's shape while its first query is on its way: the title, the quorum and the vote, the agenda and
 * the attendance as grey blocks, and the words "loading" for screen readers and for anyone who reads them. The
 * blocks are decoration (aria-hidden); the page is marked busy until the data replaces them.
 */
export function DashboardSkeleton({ label }: { label: string }) {
  return (
    <div className="dashboard-skeleton" aria-busy="true">
      <Loading label={label} />
      <div className="dashboard-skeleton__title" aria-hidden="true" />
      <div className="dashboard__grid" aria-hidden="true">
        <div className="dashboard-skeleton__panel" />
        <div className="dashboard-skeleton__panel" />
        <div className="dashboard-skeleton__panel dashboard-skeleton__panel--wide" />
      </div>
    </div>
  );
}
