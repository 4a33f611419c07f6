import { lazy, Suspense, type ReactNode } from "react";
import { Route } from "react-router-dom";
import { RequireRole } from "../app/auth/RequireRole";
import { Loading } from "../ui/Loading";

// Loaded when asked for: the KPI page brings the chart library with it.
const QueuePage = lazy(() => import("./QueuePage").then((m) => ({ default: m.QueuePage })));
const KpiPage = lazy(() => import("./KpiPage").then((m) => ({ default: m.KpiPage })));
const CharterPage = lazy(() => import("./CharterPage").then((m) => ({ default: m.CharterPage })));

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/**
 * The One Stop Shop's routes, placed inside the app's layout route:
 * `/zyra` the operator's desk (OSS_OPERATOR), `/zyra/treguesit` the monthly
 * KPIs and `/sherbimet` the service charter (both public). Called as a
 * function, not rendered as a component: <Routes> reads its <Route> children.
 */
export function ossRoutes() {
  return (
    <>
      <Route path="zyra" element={<RequireRole roles={["OSS_OPERATOR"]}>{later(<QueuePage />)}</RequireRole>} />
      <Route path="zyra/treguesit" element={later(<KpiPage />)} />
      <Route path="sherbimet" element={later(<CharterPage />)} />
    </>
  );
}
