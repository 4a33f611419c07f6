import { lazy, Suspense, type ReactNode } from "react";
import { Route, useParams } from "react-router-dom";
import { RequireRole } from "../app/auth/RequireRole";
import { Loading } from "../ui/Loading";

const CouncillorListPage = lazy(() => import("./CouncillorListPage").then((m) => ({ default: m.CouncillorListPage })));
const CouncillorProfilePage = lazy(() => import("./CouncillorProfilePage").then((m) => ({ default: m.CouncillorProfilePage })));
const CouncillorEditPage = lazy(() => import("./CouncillorEditPage").then((m) => ({ default: m.CouncillorEditPage })));
const AttendanceRegisterPage = lazy(() => import("./AttendanceRegisterPage").then((m) => ({ default: m.AttendanceRegisterPage })));

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

function ProfileRoute() {
  const { id = "" } = useParams();
  return later(<CouncillorProfilePage key={id} councillorId={id} />);
}

function EditRoute() {
  const { id = "" } = useParams();
  return <RequireRole roles={["SECRETARIAT", "ADMIN"]}>{later(<CouncillorEditPage key={id} councillorId={id} />)}</RequireRole>;
}

/**
 * The councillors [këshilltarët], inside the app's layout route: `/keshilltaret` the list,
 * `/keshilltaret/:id` a councillor's page and record (public), `/keshilltaret/:id/ndrysho` the
 * secretariat's profile form, `/prania` the register of attendance (public). Called as a function:
 * <Routes> reads its <Route> children.
 */
export function councillorsRoutes() {
  return (
    <>
      <Route path="keshilltaret" element={later(<CouncillorListPage />)} />
      <Route path="keshilltaret/:id" element={<ProfileRoute />} />
      <Route path="keshilltaret/:id/ndrysho" element={<EditRoute />} />
      <Route path="prania" element={later(<AttendanceRegisterPage />)} />
    </>
  );
}
