import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { randomUUID } from "node:crypto";
import express from "express";
import { pinoHttp } from "pino-http";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { WebSocketServer } from "ws";
import { bearerToken, Tokens, type Actor } from "./auth/tokens.js";
import type { Config } from "./config.js";
import { createContext, type Context, type Services } from "./context.js";
import { createDataSource } from "./db/data-source.js";
import type { Logger as TypeOrmLogger } from "typeorm";
import { prepareDatabaseFor } from "./db/prepare.js";
import { fromDatabaseError } from "./errors.js";
import type { Logger } from "./logger.js";
import { mountMinutesRoutes } from "./minutes/http.js";
import { mountOpenDataRoutes } from "./opendata/http.js";
import { mountFeedRoutes } from "./transparency/feed.js";
import { EventListener } from "./realtime/events.js";
import { LiveFeed } from "./realtime/live-feed.js";
import { sharedSubscribe } from "./realtime/shared-execution.js";
import { subscriptionDocuments } from "./realtime/subscription-documents.js";
import { serveGraphqlWs } from "./realtime/ws-transport.js";
import { createOssServices } from "./oss/services.js";
import { buildKuvendSchema } from "./schema/build.js";
import { clientAddressFor, compileTrust } from "./security/client-address.js";
import { guardWebSockets, QUERY_LIMITS, queryArmor } from "./security/limits.js";
import { LoginThrottle } from "./security/login-throttle.js";
import type { CouncilSession } from "./sessions/model.js";
import { loadSessionSnapshot } from "./sessions/snapshot.js";

export type RunningServer = { url: string; port: number; services: Services; stop(): Promise<void> };

const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

/**
 * Start-up after configuration: database (migrations, demo data) → schema →
 * HTTP (GraphQL + the built web client) and WebSocket (graphql-ws) on one port.
 */
export type ServerOptions = {
  queryLogger?: TypeOrmLogger;
  /** The One Stop Shop's clock: tests drive it (`now`) and tick it themselves (`slaTickMs: null`). */
  now?: () => Date;
  slaTickMs?: number | null;
  /** The owner role's connection for migrations and grants (config MIGRATION_DATABASE_URL, or the embedded owner); the app keeps `databaseUrl`. */
  migrationDatabaseUrl?: string;
};

export async function startServer(config: Config, databaseUrl: string, log: Logger, options: ServerOptions = {}): Promise<RunningServer> {
  const ds = createDataSource(databaseUrl, { queryLogger: options.queryLogger });
  await ds.initialize();
  try {
    await prepareDatabaseFor(ds, options.migrationDatabaseUrl ?? config.migrationDatabaseUrl, config, log);
  } catch (err) {
    await ds.destroy();
    throw err;
  }

  const listener = new EventListener(databaseUrl, log);
  const sessionFeed = new LiveFeed<CouncilSession>(
    (id) => loadSessionSnapshot(ds, id),
    (err) => log.error({ err }, "could not load a session for its subscribers"),
  );
  const loginThrottle = new LoginThrottle(ds, config.loginMaxFailures);
  // The server's one clock also forgets old failed logins.
  const oss = await createOssServices(ds, log, { now: options.now, tickMs: options.slaTickMs, chores: [(now) => loginThrottle.prune(now)] });
  listener.on((event) => {
    if (event.topic === "session") sessionFeed.changed(event.id);
    else if (event.topic === "serviceRequest") oss.changed(event.id);
  });
  listener.onResync(() => sessionFeed.resyncAll());
  await listener.start();

  const services: Services = {
    config, ds, tokens: new Tokens(config.jwtSecret, config.tokenTtlHours), log, sessionFeed, oss,
    loginThrottle,
  };
  const armor = queryArmor(config.env === "production");
  const schema = await buildKuvendSchema();

  // One decision of the client's address (TRUST_PROXY) for HTTP, WebSocket upgrades, logs, caps and the login throttle.
  const clientAddress = clientAddressFor(config.trustProxy);
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", compileTrust(config.trustProxy)); // req.ip agrees with clientAddress
  // Structured request logs with a request id (taken from X-Request-Id or new), echoed in the response.
  app.use(pinoHttp({
    logger: log,
    genReqId: (req, res) => {
      const given = req.headers["x-request-id"];
      const id = typeof given === "string" && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" },
    serializers: { req: (req) => ({ id: req.id, method: req.method, url: req.url, address: clientAddress(req.raw) }), res: (res) => ({ status: res.statusCode }) },
  }));
  const httpServer = http.createServer(app);

  // No per-message compression: live updates are written as pre-made frames (realtime/ws-transport.ts).
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: 64 * 1024, perMessageDeflate: false });
  const stopGuard = guardWebSockets(wsServer, { maxConnectionsPerAddress: config.wsMaxConnectionsPerAddress, pingMs: 30_000, clientAddress });
  const prepare = subscriptionDocuments(schema, armor.validationRules, QUERY_LIMITS.maxTokens);
  const wsCleanup = serveGraphqlWs<{ actor?: Actor | null; subscriptions?: number }>(
    {
      schema,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        if (header === undefined || header === null || header === "") {
          ctx.extra.actor = null;
          return true;
        }
        const token = bearerToken(header);
        const actor = token ? await services.tokens.verify(token) : null;
        if (!actor) return false; // closes with 4403: the token is forged or expired; log in again
        ctx.extra.actor = actor;
        return true;
      },
      context: (ctx): Context => createContext(services, ctx.extra.actor ?? null, ctx.extra.address),
      // One execution per distinct selection and role for each live update, shared by its subscribers.
      subscribe: (args) => sharedSubscribe(
        args,
        (c) => (c as Context).actor?.role ?? "public",
        (c) => createContext(services, (c as Context).actor, (c as Context).address), // fresh loaders for each update
      ),
      // The same query limits as over HTTP (each distinct query parsed and validated once), and a cap on subscriptions per connection.
      onSubscribe: (ctx, _id, payload) => {
        const active = (ctx.extra.subscriptions ?? 0) + 1;
        if (active > config.wsMaxSubscriptionsPerConnection) {
          return [new GraphQLError(`At most ${config.wsMaxSubscriptionsPerConnection} subscriptions per connection.`, { extensions: { code: "BAD_USER_INPUT" } })];
        }
        const prepared = prepare(payload.query);
        if (prepared.errors) return [...prepared.errors];
        ctx.extra.subscriptions = active;
        return { schema, document: prepared.document, variableValues: payload.variables, operationName: payload.operationName };
      },
      onComplete: (ctx) => {
        ctx.extra.subscriptions = Math.max(0, (ctx.extra.subscriptions ?? 1) - 1);
      },
      onError: (_ctx, _id, _payload, errors) => {
        for (const e of errors) if (!(e.extensions?.code)) log.warn({ err: e.message }, "subscription error");
      },
    },
    wsServer,
    log,
    clientAddress,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    stopOnTerminationSignals: false, // main.ts stops everything in order (its own stop racing ours held SIGTERM for 10 s)
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
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
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]), // armor is typed against the CJS build of @apollo/server
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => { res.json({ status: "ok" }); });
  app.get("/readyz", async (_req, res) => {
    try {
      await ds.query("SELECT 1");
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "database unavailable" });
    }
  });

  // Published minutes and open data: public files, before the web client's catch-all route.
  mountMinutesRoutes(app, ds, log);
  mountOpenDataRoutes(app, ds, log);
  mountFeedRoutes(app, ds, log, async () => (await ds.query("SELECT name FROM body WHERE kind = 'COUNCIL'"))[0]?.name ?? config.councilName);

  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    // A body too large or not JSON still gets a GraphQL-shaped answer a client can read.
    (err: { type?: string; status?: number } | undefined, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (!err) return next();
      const [status, message] = err.type === "entity.too.large" ? [413, "The request is too large (at most 100 kB)."]
        : err.type === "charset.unsupported" ? [415, "The request body's charset is not supported: send UTF-8 JSON."]
        : err.type === "encoding.unsupported" ? [415, "The request body's Content-Encoding is not supported (gzip, deflate or br, or none)."]
        : [400, "The request body is not valid JSON."];
      res.status(status).json({ errors: [{ message, extensions: { code: "BAD_USER_INPUT" } }] });
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.headers.authorization;
        const address = clientAddress(req);
        const reqLog = (req as unknown as { log?: Logger }).log ?? log;
        if (!header) return createContext(services, null, address, reqLog);
        const token = bearerToken(header);
        const actor = token ? await services.tokens.verify(token) : null;
        if (!actor) {
          throw new GraphQLError("Your login has expired or is not valid: log in again.", {
            extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
          });
        }
        return createContext(services, actor, address, reqLog);
      },
    }),
  );

  const webDist = path.resolve(config.webDist ?? DEFAULT_WEB_DIST);
  if (existsSync(path.join(webDist, "index.html"))) {
    app.use(express.static(webDist, { index: false, maxAge: "1h" }));
    // Client-side routes (/konsola, /seanca/…) all load the app.
    app.get(/^(?!\/graphql).*/, (_req, res) => { res.sendFile(path.join(webDist, "index.html"), { maxAge: 0 }); });
  } else {
    app.get("/", (_req, res) => {
      res.type("text/plain").send("Kuvend API is running at /graphql. The web client is not built: run `npm run build`.");
    });
  }

  // No route (another method on a file, an unknown path without the web client): a plain 404.
  app.use((_req: express.Request, res: express.Response) => { res.status(404).type("text/plain; charset=utf-8").send("Not found.\n"); });
  // Anything a route did not answer with its own error (e.g. a malformed %-escape in a path,
  // Express's 400): a short plain-text answer, never an HTML page with a stack trace.
  app.use((err: { status?: number; statusCode?: number } | undefined, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = Number(err?.status ?? err?.statusCode) || 500;
    if (status >= 500) (req as unknown as { log?: Logger }).log?.error({ err }, "unexpected error");
    res.status(status >= 400 && status < 600 ? status : 500).type("text/plain; charset=utf-8")
      .send(status < 500 ? "The request is not valid.\n" : "Something went wrong on the server; please try again.\n");
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as { port: number }).port;
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      stopGuard();
      sessionFeed.closeAll();
      await oss.stop();
      await apollo.stop(); // drains HTTP and WebSocket connections
      await listener.stop();
      await ds.destroy();
    })();
    return stopping;
  };
  return { url, port, services, stop };
}

/** Refusals keep their code; a database rule becomes CONFLICT; anything else is masked and logged. */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code && code !== "INTERNAL_SERVER_ERROR") return formatted;
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const mapped = fromDatabaseError((original as { driverError?: unknown })?.driverError ?? original);
  if (mapped) return { message: mapped.message, path: formatted.path, extensions: mapped.extensions };
  return { message: "Something went wrong on the server; the change was not saved. Please try again.", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
