import { lazy, Suspense, type ReactNode } from "react";
import { Route } from "react-router-dom";
import { Loading } from "../ui/Loading";

const ScorecardPage = lazy(() => import("./ScorecardPage").then((m) => ({ default: m.ScorecardPage })));
const CalendarPage = lazy(() => import("./CalendarPage").then((m) => ({ default: m.CalendarPage })));

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/**
 * The council's transparency pages, both public, inside the app's layout
 * route: `/transparenca` the half-year's scorecard and `/kalendari` the
 * sessions still to come with their agenda packages. Called as a function:
 * <Routes> reads its <Route> children.
 */
export function transparencyRoutes() {
  return (
    <>
      <Route path="transparenca" element={later(<ScorecardPage />)} />
      <Route path="kalendari" element={later(<CalendarPage />)} />
    </>
  );
}
