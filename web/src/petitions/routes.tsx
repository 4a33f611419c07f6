import { lazy, Suspense, type ReactNode } from "react";
import { Route } from "react-router-dom";
import { RequireRole } from "../app/auth/RequireRole";
import { Loading } from "../ui/Loading";

const PetitionRegisterPage = lazy(() => import("./PetitionRegisterPage").then((m) => ({ default: m.PetitionRegisterPage })));
const PetitionPage = lazy(() => import("./PetitionPage").then((m) => ({ default: m.PetitionPage })));
const SubmitPetitionPage = lazy(() => import("./PetitionFormPage").then((m) => ({ default: m.SubmitPetitionPage })));
const RegisterPaperPetitionPage = lazy(() => import("./PetitionFormPage").then((m) => ({ default: m.RegisterPaperPetitionPage })));

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/**
 * Petitions [peticionet], inside the app's layout route: `/peticionet` (the public register), `/peticionet/e-re`
 * (submit one online, no account), `/peticionet/regjistro` (the secretariat registers one received on paper) and
 * `/peticionet/:id` (a petition's page; the secretariat also sees its personal data and moves it along).
 */
export function petitionsRoutes() {
  return (
    <>
      <Route path="peticionet" element={later(<PetitionRegisterPage />)} />
      <Route path="peticionet/e-re" element={later(<SubmitPetitionPage />)} />
      <Route path="peticionet/regjistro" element={<RequireRole roles={["SECRETARIAT"]}>{later(<RegisterPaperPetitionPage />)}</RequireRole>} />
      <Route path="peticionet/:id" element={later(<PetitionPage />)} />
    </>
  );
}
