import type http from "node:http";
import { GraphQLError, type GraphQLSchema, type ValidationRule } from "graphql";
import { WebSocketServer } from "ws";
import type { Logger } from "../logger.js";
import type { ClientAddress } from "../security/client-address.js";
import { guardWebSockets } from "../security/limits.js";
import { sharedSubscribe } from "./shared-execution.js";
import { subscriptionDocuments } from "./subscription-documents.js";
import { serveGraphqlWs } from "./ws-transport.js";

export type WebSocketOptions<A, C> = {
  httpServer: http.Server;
  schema: GraphQLSchema;
  validationRules: ValidationRule[];
  maxTokens: number;
  maxConnectionsPerAddress: number;
  maxSubscriptionsPerConnection: number;
  log: Logger;
  /** The client's address (TRUST_PROXY), for the connection cap and each operation's context. */
  clientAddress: ClientAddress;
  /** The connection's actor from its `authorization` parameter: null for the public, "invalid" to refuse (4403). */
  authorize: (authorization: unknown) => Promise<A | null | "invalid">;
  /** The context of one operation. */
  context: (actor: A | null, address: string) => C;
  /** Subscribers with the same selection and role share one execution per update. */
  roleOf: (context: C) => string;
  /** A fresh context (fresh data loaders) for each live update. */
  renew: (context: C) => C;
};

/**
 * GraphQL over WebSocket at /graphql (graphql-transport-ws): connection limits and heartbeat,
 * the HTTP query limits (each distinct subscription text parsed and validated once), a cap on
 * subscriptions per connection, and shared execution for live updates.
 */
export function startWebSocketServer<A, C>(o: WebSocketOptions<A, C>): { dispose(): Promise<void>; stopGuard(): void } {
  // No per-message compression: live updates are written as pre-made frames (ws-transport.ts).
  const wsServer = new WebSocketServer({ server: o.httpServer, path: "/graphql", maxPayload: 64 * 1024, perMessageDeflate: false });
  const stopGuard = guardWebSockets(wsServer, { maxConnectionsPerAddress: o.maxConnectionsPerAddress, pingMs: 30_000, clientAddress: o.clientAddress });
  const prepare = subscriptionDocuments(o.schema, o.validationRules, o.maxTokens);
  const served = serveGraphqlWs<{ actor?: A | null; subscriptions?: number }>(
    {
      schema: o.schema,
      onConnect: async (ctx) => {
        const actor = await o.authorize(ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization);
        if (actor === "invalid") return false; // closes with 4403: the token is forged or expired; log in again
        ctx.extra.actor = actor;
        return true;
      },
      context: (ctx) => o.context(ctx.extra.actor ?? null, ctx.extra.address) as Record<string, unknown>,
      // One execution per distinct selection and role for each live update, shared by its subscribers.
      subscribe: (args) =>
        sharedSubscribe(
          args,
          (c) => o.roleOf(c as C),
          (c) => o.renew(c as C), // fresh loaders for each update
        ),
      onSubscribe: (ctx, _id, payload) => {
        const active = (ctx.extra.subscriptions ?? 0) + 1;
        if (active > o.maxSubscriptionsPerConnection) {
          return [new GraphQLError(`At most ${o.maxSubscriptionsPerConnection} subscriptions per connection.`, { extensions: { code: "BAD_USER_INPUT" } })];
        }
        const prepared = prepare(payload.query);
        if (prepared.errors) return [...prepared.errors];
        ctx.extra.subscriptions = active;
        return { schema: o.schema, document: prepared.document, variableValues: payload.variables, operationName: payload.operationName };
      },
      onComplete: (ctx) => {
        ctx.extra.subscriptions = Math.max(0, (ctx.extra.subscriptions ?? 1) - 1);
      },
      onError: (_ctx, _id, _payload, errors) => {
        for (const e of errors) if (!e.extensions?.code) o.log.warn({ err: e.message }, "subscription error");
      },
    },
    wsServer,
    o.log,
    o.clientAddress,
  );
  return { dispose: () => served.dispose(), stopGuard };
}
