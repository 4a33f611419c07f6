// The Apollo client: queries and mutations over HTTP, subscriptions over one
// graphql-ws socket that never gives up reconnecting. A projector left on the
// council hall's wall must come back by itself after a network cut, and catch
// up on whatever it missed while it was away.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { OperationTypeNode } from "graphql";
import { createClient } from "graphql-ws";
import { currentToken, onTokenChange } from "./auth/authStore";

export type ConnectionState = "connecting" | "live" | "reconnecting";

const connectionListeners = new Set<() => void>();
let connectionState: ConnectionState = "connecting";

function setConnectionState(next: ConnectionState): void {
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

function authorization(): string | undefined {
  const token = currentToken();
  return token ? `Bearer ${token}` : undefined;
}

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss" : "ws"}://${host}/graphql`;
}

/** Exponential back-off with a little jitter, capped near 5 s. */
function retryWait(retries: number): Promise<void> {
  const delay = Math.min(5000, 300 * 2 ** retries) + Math.floor(Math.random() * 300);
  return new Promise((resolve) => setTimeout(resolve, delay));
}

let connectedOnce = false;

export const wsClient = createClient({
  url: socketUrl,
  lazy: false,
  retryAttempts: Infinity,
  shouldRetry: () => true,
  retryWait,
  keepAlive: 10_000,
  connectionParams: () => {
    const value = authorization();
    return value ? { authorization: value } : {};
  },
  onNonLazyError: () => setConnectionState("reconnecting"),
  on: {
    connecting: (isRetry) => setConnectionState(isRetry || connectedOnce ? "reconnecting" : "connecting"),
    closed: () => {
      if (connectedOnce) setConnectionState("reconnecting");
    },
    connected: () => {
      setConnectionState("live");
      if (connectedOnce) {
        // A reconnection: refetch what is on screen, events may have been missed.
        void apolloClient.refetchQueries({ include: "active" });
      }
      connectedOnce = true;
    },
  },
});

const httpLink = new HttpLink({ uri: "/graphql" });

const authLink = new SetContextLink(({ headers }) => {
  const value = authorization();
  return { headers: value ? { ...headers, authorization: value } : { ...headers } };
});

const link = ApolloLink.split(
  (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
  new GraphQLWsLink(wsClient),
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
  wsClient.terminate();
  void apolloClient.resetStore().catch(() => undefined);
});
