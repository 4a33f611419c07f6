import { lazy, Suspense, type ReactNode } from "react";
import { Route } from "react-router-dom";
import { Loading } from "../ui/Loading";

const ConsultationsPage = lazy(() => import("./ConsultationsPage").then((m) => ({ default: m.ConsultationsPage })));

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/**
 * `/konsultimet` (public): consultations and public meetings [dëgjesa publike], upcoming and held, with
 * their notice; the secretariat announces them and records their participants there. Called as a function:
 * <Routes> reads its <Route> children.
 */
export function consultationsRoutes() {
  return <Route path="konsultimet" element={later(<ConsultationsPage />)} />;
}
