import { lazy, Suspense, type ReactNode } from "react";
import { Route } from "react-router-dom";
import { Loading } from "../ui/Loading";

const ConfirmAlertPage = lazy(() => import("./LinkPage").then((m) => ({ default: m.ConfirmAlertPage })));
const UnsubscribeAlertPage = lazy(() => import("./LinkPage").then((m) => ({ default: m.UnsubscribeAlertPage })));

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/**
 * The e-mail alerts' landing pages, inside the app's layout route: `/njoftimet/konfirmo/:token` (the
 * confirmation link) and `/njoftimet/cregjistrohu/:token` (the unsubscribe link of every alert). Public.
 */
export function alertsRoutes() {
  return (
    <>
      <Route path="njoftimet/konfirmo/:token" element={later(<ConfirmAlertPage />)} />
      <Route path="njoftimet/cregjistrohu/:token" element={later(<UnsubscribeAlertPage />)} />
    </>
  );
}
