import { lazy, Suspense, type ReactNode } from "react";
import { Route } from "react-router-dom";
import { Loading } from "../ui/Loading";

const TrackPage = lazy(() => import("./TrackPage").then((m) => ({ default: m.TrackPage })));
const HubPage = lazy(() => import("./HubPage").then((m) => ({ default: m.HubPage })));

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/**
 * Citizens' participation pages, inside the app's layout route: `/ndiq` (track your request by its receipt)
 * and `/merr-pjese` (the participation hub, the header's one link to every participation page). Public.
 */
export function trackingRoutes() {
  return (
    <>
      <Route path="ndiq" element={later(<TrackPage />)} />
      <Route path="merr-pjese" element={later(<HubPage />)} />
    </>
  );
}
