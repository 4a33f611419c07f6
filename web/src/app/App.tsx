import { ApolloProvider } from "@apollo/client/react";
import { lazy, Suspense, type ReactNode } from "react";
import { BrowserRouter, Route, Routes, useParams } from "react-router-dom";
import { LiveDashboardPage, SessionDashboardPage } from "../sessions/DashboardPage";
import { alertsRoutes } from "../alerts/routes";
import { commentsRoutes } from "../comments/routes";
import { committeesRoutes } from "../committees/routes";
import { consultationsRoutes } from "../consultations/routes";
import { councillorsRoutes } from "../councillors/routes";
import { decisionsRoutes } from "../decisions/routes";
import { documentRequestsRoutes } from "../document-requests/routes";
import { initiativesRoutes } from "../initiatives/routes";
import { petitionsRoutes } from "../petitions/routes";
import { trackingRoutes } from "../tracking/routes";
import { transparencyRoutes } from "../transparency/routes";
import { apolloClient } from "./apollo";
import { AuthProvider } from "./auth/AuthProvider";
import { RequireRole } from "./auth/RequireRole";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { Loading } from "../ui/Loading";
import { ossRoutes } from "../oss/routes";

// The public dashboard loads first and alone (its first load is budgeted: test/browser/first-load.test.ts);
// every other page comes when asked for.
const SessionListPage = lazy(() => import("../sessions/SessionListPage").then((m) => ({ default: m.SessionListPage })));
const DeclarationRegisterPage = lazy(() =>
  import("../declarations/DeclarationRegisterPage").then((m) => ({ default: m.DeclarationRegisterPage })),
);
const OpenDataPage = lazy(() => import("../opendata/OpenDataPage").then((m) => ({ default: m.OpenDataPage })));
const LoginPage = lazy(() => import("./auth/LoginPage").then((m) => ({ default: m.LoginPage })));
const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;
const ConsolePage = lazy(() => import("../sessions/console/ConsolePage").then((m) => ({ default: m.ConsolePage })));
const CouncillorPage = lazy(() =>
  import("../sessions/councillor/CouncillorPage").then((m) => ({ default: m.CouncillorPage })),
);
// The chamber display: full screen, without the site's frame, loaded only on its own addresses.
const ChamberPage = lazy(() => import("../floor/chamber/ChamberPage").then((m) => ({ default: m.ChamberPage })));

function ChamberRoute() {
  const { sessionId } = useParams();
  return (
    <Suspense fallback={<Loading />}>
      <ChamberPage sessionId={sessionId ?? null} />
    </Suspense>
  );
}

const SpeakingTimesPage = lazy(() => import("../floor/SpeakingTimesPage").then((m) => ({ default: m.SpeakingTimesPage })));

function SessionRoute() {
  const { id = "" } = useParams();
  return <SessionDashboardPage key={id} sessionId={id} />;
}

function ConsoleRoute() {
  const { sessionId } = useParams();
  return (
    <RequireRole roles={["SECRETARIAT"]}>
      <Suspense fallback={<Loading />}>
        <ConsolePage selectedId={sessionId ?? null} />
      </Suspense>
    </RequireRole>
  );
}

/** Routes, in Albanian as the council's public will type them. */
export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <AuthProvider>
        <BrowserRouter>
          <Routes>
            <Route path="salla" element={<ChamberRoute />} />
            <Route path="salla/:sessionId" element={<ChamberRoute />} />
            <Route element={<Layout />}>
              <Route index element={<LiveDashboardPage />} />
              <Route path="seancat" element={later(<SessionListPage />)} />
              <Route path="seanca/:id" element={<SessionRoute />} />
              <Route path="deklaratat" element={later(<DeclarationRegisterPage />)} />
              <Route path="te-dhena-te-hapura" element={later(<OpenDataPage />)} />
              <Route path="hyr" element={later(<LoginPage />)} />
              <Route path="konsola" element={<ConsoleRoute />} />
              <Route path="konsola/:sessionId" element={<ConsoleRoute />} />
              <Route
                path="keshilltari"
                element={
                  <RequireRole roles={["COUNCILLOR"]}>
                    <Suspense fallback={<Loading />}>
                      <CouncillorPage />
                    </Suspense>
                  </RequireRole>
                }
              />
              <Route
                path="cilesimet/fjala"
                element={
                  <RequireRole roles={["ADMIN"]}>
                    <Suspense fallback={<Loading />}>
                      <SpeakingTimesPage />
                    </Suspense>
                  </RequireRole>
                }
              />
              {ossRoutes()}
              {councillorsRoutes()}
              {committeesRoutes()}
              {decisionsRoutes()}
              {documentRequestsRoutes()}
              {alertsRoutes()}
              {initiativesRoutes()}
              {transparencyRoutes()}
              {trackingRoutes()}
              {consultationsRoutes()}
              {commentsRoutes()}
              {petitionsRoutes()}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </ApolloProvider>
  );
}
