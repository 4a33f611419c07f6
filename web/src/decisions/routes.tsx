import { lazy, Suspense, type ReactNode } from "react";
import { Route, useParams } from "react-router-dom";
import { Loading } from "../ui/Loading";

const DecisionRegisterPage = lazy(() => import("./DecisionRegisterPage").then((m) => ({ default: m.DecisionRegisterPage })));
const DecisionPage = lazy(() => import("./DecisionPage").then((m) => ({ default: m.DecisionPage })));

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

function DecisionRoute() {
  const { id = "" } = useParams();
  return later(<DecisionPage key={id} decisionId={id} />);
}

/**
 * The register of decisions [regjistri i vendimeve], inside the app's layout route: `/vendimet` the register
 * (public; filters in the address) and `/vendimet/:id` a decision (public; the secretariat's forms appear for it).
 * Called as a function: <Routes> reads its <Route> children.
 */
export function decisionsRoutes() {
  return (
    <>
      <Route path="vendimet" element={later(<DecisionRegisterPage />)} />
      <Route path="vendimet/:id" element={<DecisionRoute />} />
    </>
  );
}
