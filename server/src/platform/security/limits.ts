import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import type { ClientAddress } from "./client-address.js";
import type { WebSocket, WebSocketServer } from "ws";

/**
 * Limits that keep one abusive client from hurting everyone on the public
 * endpoint. Query shape (depth, aliases, tokens, directives, cost) comes from
 * graphql-armor; field suggestions are off in production so the schema is not
 * guessed through error messages.
 */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 15, maxTokens: 3000, maxDirectives: 20, maxCost: 20_000 };

export function queryArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // The token limit is graphql-js's own parse option (app.ts parseOptions, and the WebSocket path):
    // armor's version re-parses in a parsingDidStart hook outside Apollo's parse, so a query over the
    // limit answered HTTP 500 instead of a 400 syntax error (issue 11).
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

export type ArmorRules = ValidationRule[];

/**
 * WebSocket limits: connections per client address, and heartbeat pings that close
 * sockets which stopped answering (a laptop closed, a network gone), so dead
 * subscribers do not pile up on the server.
 */
export function guardWebSockets(wss: WebSocketServer, options: { maxConnectionsPerAddress: number; pingMs: number; clientAddress: ClientAddress }): () => void {
  const perAddress = new Map<string, number>();
  const alive = new WeakMap<WebSocket, boolean>();
  wss.on("connection", (socket, request) => {
    const address = options.clientAddress(request); // the client's, not a trusted proxy's (TRUST_PROXY)
    const count = (perAddress.get(address) ?? 0) + 1;
    perAddress.set(address, count);
    socket.once("close", () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left <= 0) perAddress.delete(address);
      else perAddress.set(address, left);
    });
    if (count > options.maxConnectionsPerAddress) {
      socket.close(1013, "Too many connections from this address; try again later");
      return;
    }
    alive.set(socket, true);
    socket.on("pong", () => alive.set(socket, true));
  });
  const timer = setInterval(() => {
    for (const socket of wss.clients) {
      if (alive.get(socket) === false) {
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, options.pingMs);
  timer.unref();
  return () => clearInterval(timer);
}
