import type http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { GraphQLFormattedError, GraphQLSchema, ValidationRule } from "graphql";
import { fromDatabaseError } from "../errors.js";
import { QUERY_LIMITS } from "../security/limits.js";
import type { Logger } from "../logger.js";

export type GraphqlHttpOptions = {
  schema: GraphQLSchema;
  httpServer: http.Server;
  introspection: boolean;
  validationRules: ValidationRule[];
  /** graphql-armor's plugins (query limits). */
  plugins: unknown[];
  /** Called while Apollo drains: close the WebSocket server too. */
  onDrain: () => Promise<void>;
};

/** Apollo for GraphQL over HTTP: masked unexpected errors (logged with the request's id), drained on stop. */
export async function startGraphqlHttp<C extends { log: Logger }>(options: GraphqlHttpOptions): Promise<ApolloServer<C>> {
  const apollo = new ApolloServer<C>({
    schema: options.schema,
    stopOnTerminationSignals: false, // main.ts stops everything in order (its own stop racing ours held SIGTERM for 10 s)
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: options.validationRules,
    // Too many tokens is a syntax error of the parse itself: 400 GRAPHQL_PARSE_FAILED, like any unparsable query.
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError: (formatted, error) => formatError(formatted, error),
    plugins: [
      {
        // Unexpected errors are logged with the request's id; the client gets a masked message (formatError).
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }) {
              for (const e of errors) {
                const code = e.extensions?.code;
                const original = e.originalError as { driverError?: unknown } | undefined;
                if ((!code || code === "INTERNAL_SERVER_ERROR") && !fromDatabaseError(original?.driverError ?? original)) {
                  contextValue.log.error({ err: original ?? e, path: e.path }, "unexpected error");
                }
              }
            },
          };
        },
      },
      ...(options.plugins as unknown as ApolloServerPlugin<C>[]), // armor is typed against the CJS build of @apollo/server
      // Cache-Control is the result cache's (result-cache.ts): no-store, private for a token, public for a cached GET.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await options.onDrain();
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  return apollo;
}

/**
 * POST/GET /graphql: JSON bodies up to 100 kB, body errors in GraphQL's shape, the public read cache
 * (`resultCache`, result-cache.ts: it answers the public session queries and sets Cache-Control), then Apollo
 * with the request's context. GET needs a non-empty `apollo-require-preflight` or `x-apollo-operation-name`
 * header (Apollo's CSRF prevention); a mutation over GET is refused (405).
 */
export function mountGraphqlHttp<C extends { log: Logger }>(
  app: Express,
  apollo: ApolloServer<C>,
  context: (req: express.Request) => Promise<C>,
  resultCache?: express.RequestHandler,
): void {
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    // A body too large or not JSON still gets a GraphQL-shaped answer a client can read.
    (err: { type?: string; status?: number } | undefined, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (!err) return next();
      const [status, message] =
        err.type === "entity.too.large" ? [413, "The request is too large (at most 100 kB)."]
        : err.type === "charset.unsupported" ? [415, "The request body's charset is not supported: send UTF-8 JSON."]
        : err.type === "encoding.unsupported" ? [415, "The request body's Content-Encoding is not supported (gzip, deflate or br, or none)."]
        : [400, "The request body is not valid JSON."];
      res.status(status).json({ errors: [{ message, extensions: { code: "BAD_USER_INPUT" } }] });
    },
    resultCache ?? ((_req: express.Request, res: express.Response, next: express.NextFunction) => {
      res.setHeader("Cache-Control", "no-store");
      next();
    }),
    expressMiddleware(apollo, { context: async ({ req }) => context(req) }),
  );
}

/** Refusals keep their code; a database rule becomes CONFLICT; anything else is masked and logged. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code && code !== "INTERNAL_SERVER_ERROR") return formatted;
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const mapped = fromDatabaseError((original as { driverError?: unknown })?.driverError ?? original);
  if (mapped) return { message: mapped.message, path: formatted.path, extensions: mapped.extensions };
  return {
    message: "Something went wrong on the server; the change was not saved. Please try again.",
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
