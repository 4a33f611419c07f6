import { lazy, Suspense, type ReactNode } from "react";
import { Route } from "react-router-dom";
import { RequireRole } from "../app/auth/RequireRole";
import { Loading } from "../ui/Loading";

const DraftsPage = lazy(() => import("./DraftsPage").then((m) => ({ default: m.DraftsPage })));
const DraftPage = lazy(() => import("./DraftPage").then((m) => ({ default: m.DraftPage })));
const ModerationPage = lazy(() => import("./ModerationPage").then((m) => ({ default: m.ModerationPage })));

const later = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/**
 * Comments on draft decisions, inside the app's layout route: `/projektvendime` (the drafts open for comment),
 * `/projektvendime/:itemId` (a draft: the comment form, the published comments with answers, the consultation
 * report) and `/projektvendime/moderimi` (the secretariat's moderation queue).
 */
export function commentsRoutes() {
  return (
    <>
      <Route path="projektvendime" element={later(<DraftsPage />)} />
      <Route path="projektvendime/moderimi" element={<RequireRole roles={["SECRETARIAT"]}>{later(<ModerationPage />)}</RequireRole>} />
      <Route path="projektvendime/:itemId" element={later(<DraftPage />)} />
    </>
  );
}
