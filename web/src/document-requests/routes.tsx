import { lazy, Suspense, type ReactNode } from "react";
import { Route } from "react-router-dom";
import { RequireRole } from "../app/auth/RequireRole";
import { Loading } from "../ui/Loading";

const RegisterPage = lazy(() => import("./RegisterPage").then((m) => ({ default: m.RegisterPage })));
const RequestFormPage = lazy(() => import("./RequestFormPage").then((m) => ({ default: m.RequestFormPage })));
const WorkPage = lazy(() => import("./WorkPage").then((m) => ({ default: m.WorkPage })));

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/**
 * Requests for access to public documents, inside the app's layout route: `/kerkesat-per-dokumente` the public
 * register, `/kerkesat-per-dokumente/kerkese-e-re` the online form (anyone), `/kerkesat-per-dokumente/sporteli`
 * the counter's registration (OSS_OPERATOR, SECRETARIAT) and `/kerkesat-per-dokumente/trajtimi` the
 * secretariat's work list. Called as a function: <Routes> reads its <Route> children.
 */
export function documentRequestsRoutes() {
  return (
    <>
      <Route path="kerkesat-per-dokumente" element={later(<RegisterPage />)} />
      <Route path="kerkesat-per-dokumente/kerkese-e-re" element={later(<RequestFormPage />)} />
      <Route path="kerkesat-per-dokumente/sporteli" element={<RequireRole roles={["OSS_OPERATOR", "SECRETARIAT"]}>{later(<RequestFormPage counter />)}</RequireRole>} />
      <Route path="kerkesat-per-dokumente/trajtimi" element={<RequireRole roles={["SECRETARIAT"]}>{later(<WorkPage />)}</RequireRole>} />
    </>
  );
}
