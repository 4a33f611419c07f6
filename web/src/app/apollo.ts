// The Apollo client: queries and mutations over HTTP, subscriptions over one
// graphql-ws socket that never gives up reconnecting. A projector left on the
// council hall's wall must come back by itself after a network cut, and catch
// up on whatever it missed while it was away.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { OperationTypeNode } from "graphql";
import { Observable, type Subscription } from "rxjs";
import { currentToken, onTokenChange } from "./auth/authStore";

export type ConnectionState = "connecting" | "live" | "reconnecting";

const connectionListeners = new Set<() => void>();
let connectionState: ConnectionState = "connecting";

export function setConnectionState(next: ConnectionState): void {
  if (next === connectionState) return;
  connectionState = next;
  for (const listener of connectionListeners) listener();
}

export function getConnectionState(): ConnectionState {
  return connectionState;
}

export function subscribeConnectionState(listener: () => void): () => void {
  connectionListeners.add(listener);
  return () => connectionListeners.delete(listener);
}

export function authorization(): string | undefined {
  const token = currentToken();
  return token ? `Bearer ${token}` : undefined;
}

// The socket and its library (graphql-ws) load right after the first render's code, not before it: the dashboard
// draws its skeleton meanwhile, and a subscription asked for earlier waits for them (./socket.ts).
const socket = import("./socket");

const wsLink = new ApolloLink(
  (operation) =>
    new Observable<ApolloLink.Result>((observer) => {
      let inner: Subscription | null = null;
      let closed = false;
      socket.then(
        ({ socketLink }) => {
          if (!closed) inner = socketLink.request(operation).subscribe(observer);
        },
        (err: unknown) => observer.error(err),
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    }),
);

// Public reads go out as GET /graphql?query=…&operationName=…&variables=…, which the server answers with an ETag
// and Cache-Control that a browser, a reverse proxy or a CDN can keep (docs/operations.md). The longest address,
// the live session's (the SessionFields fragment), is about 2.9 KB: plain GET, no persisted queries. Apollo Server's CSRF
// prevention accepts a GET that carries apollo-require-preflight. Anything with a token, and every mutation, is a
// POST: a token's answer is private and must not be keyed by an address a cache could share.
const getLink = new HttpLink({ uri: "/graphql", useGETForQueries: true, headers: { "apollo-require-preflight": "true" } });
const postLink = new HttpLink({ uri: "/graphql" });
const httpLink = ApolloLink.split(
  (operation) => operation.operationType === OperationTypeNode.QUERY && !currentToken(),
  getLink,
  postLink,
);

const authLink = new SetContextLink(({ headers }) => {
  const value = authorization();
  return { headers: value ? { ...headers, authorization: value } : { ...headers } };
});

const link = ApolloLink.split(
  (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
  wsLink,
  authLink.concat(httpLink),
);

export const apolloClient = new ApolloClient({
  link,
  cache: new InMemoryCache({
    typePolicies: {
      // Objects without an id live inside their parent. Every payload carries
      // them whole, so the incoming value simply replaces the cached one.
      Quorum: { merge: true },
      Minutes: { keyFields: ["sessionId"] },
      Tally: { merge: true },
      Vote: { fields: { ballots: { merge: false }, removedBallots: { merge: false } } },
      CouncilSession: { fields: { attendance: { merge: false } } },
      // Each page of the declarations register is a whole answer for its filter.
      Query: { fields: { declarations: { merge: false } } },
    },
  }),
});

// A new login or a logout: reconnect the socket with the new credentials and
// drop everything the previous identity had fetched.
onTokenChange(() => {
  void socket.then(({ wsClient }) => wsClient.terminate());
  void apolloClient.resetStore().catch(() => undefined);
});
