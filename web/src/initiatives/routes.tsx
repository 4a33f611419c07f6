import { lazy, Suspense, type ReactNode } from "react";
import { Route } from "react-router-dom";
import { Loading } from "../ui/Loading";

// Loaded when asked for: the report brings the chart library with it.
const RegisterPage = lazy(() => import("./RegisterPage").then((m) => ({ default: m.RegisterPage })));
const ReportPage = lazy(() => import("./ReportPage").then((m) => ({ default: m.ReportPage })));

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/**
 * Councillors' initiatives, inside the app's layout route: `/nismat` the
 * register (public; the forms appear for a councillor and the secretariat)
 * and `/nismat/raporti` the semi-annual report by gender (public). Called as a
 * function, not rendered as a component: <Routes> reads its <Route> children.
 */
export function initiativesRoutes() {
  return (
    <>
      <Route path="nismat" element={later(<RegisterPage />)} />
      <Route path="nismat/raporti" element={later(<ReportPage />)} />
    </>
  );
}
