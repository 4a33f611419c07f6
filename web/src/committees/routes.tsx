import { lazy, Suspense, type ReactNode } from "react";
import { Route, useParams } from "react-router-dom";
import { RequireRole } from "../app/auth/RequireRole";
import { Loading } from "../ui/Loading";

const CommitteeListPage = lazy(() => import("./CommitteeListPage").then((m) => ({ default: m.CommitteeListPage })));
const CommitteePage = lazy(() => import("./CommitteePage").then((m) => ({ default: m.CommitteePage })));
const ManageCommitteesPage = lazy(() => import("./ManageCommitteesPage").then((m) => ({ default: m.ManageCommitteesPage })));

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

function CommitteeRoute() {
  const { id = "" } = useParams();
  return later(<CommitteePage key={id} committeeId={id} />);
}

/**
 * The committees [komisionet], inside the app's layout route: `/komisionet` the list and
 * `/komisionet/:id` a committee's page (public); `/komisionet/menaxho` the management (ADMIN or
 * SECRETARIAT). Called as a function: <Routes> reads its <Route> children.
 */
export function committeesRoutes() {
  return (
    <>
      <Route path="komisionet" element={later(<CommitteeListPage />)} />
      <Route path="komisionet/menaxho" element={<RequireRole roles={["ADMIN", "SECRETARIAT"]}>{later(<ManageCommitteesPage />)}</RequireRole>} />
      <Route path="komisionet/:id" element={<CommitteeRoute />} />
    </>
  );
}
