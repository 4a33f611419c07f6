// The graphql-ws socket that never gives up reconnecting: a projector left on the council hall's wall must come back
// by itself after a network cut, and catch up on whatever it missed while it was away. Loaded by ./apollo.ts right
// after the first render's code.
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { createClient } from "graphql-ws";
import { apolloClient, authorization, setConnectionState } from "./apollo";

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

export const socketLink = new GraphQLWsLink(wsClient);
