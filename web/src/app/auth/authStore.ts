// The signed-in user's token and identity, kept in localStorage so a reload
// keeps the secretariat logged in. The Apollo links read the token from here
// on every request, and listeners hear of each change (login, logout).
import type { Role } from "../../gql/graphql";

export type StoredUser = {
  id: string;
  username: string;
  role: Role;
  councillor: { id: string; fullName: string } | null;
};

const TOKEN_KEY = "kuvend.token";
const USER_KEY = "kuvend.user";

type Listener = () => void;
const listeners = new Set<Listener>();

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Private mode without storage: the login lasts until the page closes.
  }
}

let token: string | null = read(TOKEN_KEY);
let user: StoredUser | null = parseUser(read(USER_KEY));

function parseUser(raw: string | null): StoredUser | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as StoredUser;
  } catch {
    return null;
  }
}

export function currentToken(): string | null {
  return token;
}

export function currentUser(): StoredUser | null {
  return user;
}

/** Stores a new login (or clears it with nulls) and tells every listener. */
export function setCredentials(nextToken: string | null, nextUser: StoredUser | null): void {
  const tokenChanged = nextToken !== token;
  token = nextToken;
  user = nextUser;
  write(TOKEN_KEY, nextToken);
  write(USER_KEY, nextUser ? JSON.stringify(nextUser) : null);
  for (const listener of listeners) listener();
  if (tokenChanged) for (const listener of tokenListeners) listener();
}

export function subscribeCredentials(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const tokenListeners = new Set<Listener>();

/** Called only when the token itself changes: the socket must reconnect. */
export function onTokenChange(listener: Listener): () => void {
  tokenListeners.add(listener);
  return () => tokenListeners.delete(listener);
}
