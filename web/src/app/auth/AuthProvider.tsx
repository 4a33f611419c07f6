import { useApolloClient } from "@apollo/client/react";
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from "react";
import type { Role, UserFieldsFragment } from "../../gql/graphql";
import { reasonOf } from "../../ui/describeError";
import { currentToken, currentUser, setCredentials, subscribeCredentials, type StoredUser } from "./authStore";
import { MeQuery } from "./operations";

type Auth = {
  user: StoredUser | null;
  signIn: (token: string, user: UserFieldsFragment) => void;
  signOut: () => void;
  hasRole: (...roles: Role[]) => boolean;
};

const AuthContext = createContext<Auth | null>(null);

function toStored(user: UserFieldsFragment): StoredUser {
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    councillor: user.councillor ? { id: user.councillor.id, fullName: user.councillor.fullName } : null,
  };
}

/** Who is signed in, from localStorage, checked once against `me` when the app opens. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const user = useSyncExternalStore(subscribeCredentials, currentUser);

  useEffect(() => {
    const token = currentToken();
    if (!token) return;
    client
      .query({ query: MeQuery, fetchPolicy: "network-only" })
      .then(({ data }) => {
        if (currentToken() !== token) return;
        if (data?.me) setCredentials(token, toStored(data.me));
        else setCredentials(null, null); // the token expired or was revoked
      })
      .catch((error: unknown) => {
        if (currentToken() === token && reasonOf(error).code === "UNAUTHENTICATED") setCredentials(null, null);
      });
  }, [client]);

  const signIn = useCallback((token: string, next: UserFieldsFragment) => setCredentials(token, toStored(next)), []);
  const signOut = useCallback(() => setCredentials(null, null), []);
  const value = useMemo<Auth>(
    () => ({ user, signIn, signOut, hasRole: (...roles) => !!user && roles.includes(user.role) }),
    [user, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error("useAuth outside AuthProvider");
  return auth;
}

/** Whether a role may open a page (the staff pages are role-bound, the rest public). */
export function mayOpen(role: Role, path: string): boolean {
  // ADMIN keeps accounts, not council business (docs/decisions.md), so the console is the secretariat's.
  if (path.startsWith("/konsola")) return role === "SECRETARIAT";
  if (path.startsWith("/keshilltari")) return role === "COUNCILLOR";
  return path !== "/hyr";
}

/** Where each role starts after signing in. */
export function homeOf(role: Role): string {
  switch (role) {
    case "SECRETARIAT":
      return "/konsola";
    case "COUNCILLOR":
      return "/keshilltari";
    default:
      return "/";
  }
}
