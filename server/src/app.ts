import http from "node:http";
import { fileURLToPath } from "node:url";
import type { ApolloServerPlugin } from "@apollo/server";
import express from "express";
import { GraphQLError } from "graphql";
import type { Logger as TypeOrmLogger } from "typeorm";
import { actorFromAuthorization } from "./auth/actor-from-header.js";
import { Tokens } from "./auth/tokens.js";
import { createContext, type Context, type Services } from "./context.js";
import { councilName } from "./council/queries.js";
import { entities } from "./entities.js";
import { mountMinutesRoutes } from "./minutes/http.js";
import { mountCouncillorPhotoRoutes } from "./council/photo-http.js";
import { mountPackageRoutes } from "./packages/http.js";
import { createOssServices } from "./oss/services.js";
import type { Config } from "./platform/config.js";
import { createDataSource } from "./platform/db/data-source.js";
import { SharedReads } from "./platform/db/shared-reads.js";
import { onCommit } from "./platform/db/transaction.js";
import { StatementCounter } from "./platform/db/statement-count.js";
import { mountGraphqlHttp, startGraphqlHttp } from "./platform/http/graphql.js";
import { mountFallbacks } from "./platform/http/fallbacks.js";
import { KnownVersion, type ReadVersion } from "./platform/http/known-version.js";
import { ResultCache } from "./platform/http/result-cache.js";
import { mountHealthRoutes } from "./platform/http/health.js";
import { listen } from "./platform/http/listen.js";
import { compressResponses } from "./platform/http/compression.js";
import { PublicAddress } from "./platform/http/public-url.js";
import { mountWebClient } from "./platform/http/public-files.js";
import { requestLog } from "./platform/http/request-log.js";
import type { Logger } from "./platform/logger.js";
import { EventListener } from "./platform/realtime/events.js";
import { LiveFeed } from "./platform/realtime/live-feed.js";
import { startWebSocketServer } from "./platform/realtime/ws-server.js";
import { clientAddressFor, compileTrust } from "./platform/security/client-address.js";
import { QUERY_LIMITS, queryArmor } from "./platform/security/limits.js";
import { LoginThrottle } from "./platform/security/login-throttle.js";
import { PublicFormGuard } from "./platform/security/public-form.js";
import { PersonalDataRetention } from "./platform/retention.js";
import { FILING_DEADLINE_TRACKS, PERSONAL_DATA_RETENTION } from "./filings.js";
import { stopInOrder } from "./platform/shutdown.js";
import { AlertMailer } from "./alerts/mailer.js";
import { mountAlertRoutes } from "./alerts/http.js";
import { AlertService } from "./alerts/service.js";
import { mountCalendarRoutes } from "./publishing/calendar-feed.js";
import { mountFeedRoutes } from "./publishing/feed.js";
import { mountDecisionOpenData } from "./publishing/opendata/decisions.js";
import { mountConsultationOpenData } from "./publishing/opendata/consultation-reports.js";
import { mountOpenDataRoutes } from "./publishing/opendata/http.js";
import { buildKuvendSchema } from "./schema/build.js";
import { LIVE_SESSION_PICK_WITH_EXPIRY } from "./sessions/live-pick.js";
import type { CouncilSession } from "./sessions/model.js";
import { loadSessionSnapshot } from "./sessions/snapshot.js";
import { prepareDatabaseFor } from "./startup/prepare.js";

export type RunningServer = {
  url: string;
  port: number;
  services: Services;
  /** Every SQL statement the data source sent (tests and benchmarks: statements per request). */
  statements: StatementCounter;
  /** The public read cache (null when RESULT_CACHE_MAX_MB=0). */
  resultCache: ResultCache<Context> | null;
  /** The data version the read cache keys on, and how often it was read (tests and benchmarks). */
  dataVersion: KnownVersion;
  stop(): Promise<void>;
};

/** The root fields the public read cache serves: their answers depend only on the request and the data version. */
const CACHEABLE_ROOT_FIELDS = ["session", "liveSession", "sessions"] as const;

const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

export type ServerOptions = {
  queryLogger?: TypeOrmLogger;
  /** The One Stop Shop's clock: tests drive it (`now`) and tick it themselves (`slaTickMs: null`). */
  now?: () => Date;
  slaTickMs?: number | null;
  /** The owner role's connection for migrations and grants (config MIGRATION_DATABASE_URL, or the embedded owner); the app keeps `databaseUrl`. */
  migrationDatabaseUrl?: string;
};

/**
 * The composition root, after configuration: database (migrations, demo data) → live feeds →
 * schema → HTTP (GraphQL, public files, the web client) and WebSocket on one port. Each piece is
 * its own module (platform/http, platform/realtime); this function only wires them together.
 */
export async function startServer(config: Config, databaseUrl: string, log: Logger, options: ServerOptions = {}): Promise<RunningServer> {
  const statements = new StatementCounter(options.queryLogger);
  const ds = createDataSource(databaseUrl, { entities, queryLogger: statements });
  await ds.initialize();
  await prepareDatabaseFor(ds, options.migrationDatabaseUrl ?? config.migrationDatabaseUrl, config, log).catch(async (err) => {
    await ds.destroy();
    throw err;
  });

  const listener = new EventListener(databaseUrl, log);
  // The live feed's loads and the HTTP reads of one session share their snapshot reads.
  const sessionReads = new SharedReads((id: string) => loadSessionSnapshot(ds, id));
  const sessionFeed = new LiveFeed<CouncilSession>(
    (id) => sessionReads.get(id),
    (err) => log.error({ err }, "could not load a session for its subscribers"),
  );
  const loginThrottle = new LoginThrottle(ds, config.loginMaxFailures);
  let listeningUrl = `http://localhost:${config.port}`;
  const publicAddress = new PublicAddress(config.publicUrl, () => listeningUrl);
  if (config.env === "production" && !config.publicUrl) {
    log.warn("PUBLIC_URL is not set: feed ids, calendar UIDs and open-data links follow each request's Host header and e-mail links the server's own address; set PUBLIC_URL to the site's public https address");
  }
  const council = () => councilName(ds, config.councilName);
  const mailer = config.smtpUrl ? new AlertMailer(config.smtpUrl, config.smtpFrom ?? `"${config.councilName}" <kuvend@${publicAddress.host()}>`) : null;
  const alerts = new AlertService(ds, log, mailer, publicAddress, config.jwtSecret, council, config.alertsCheckSeconds * 1000);
  // The server's one clock: the deadlines of service requests and citizens' filings; it also forgets old failed
  // logins and form counts, runs the e-mail alerts' rounds and erases personal data past its retention period.
  const publicForms = new PublicFormGuard(ds, config.jwtSecret, { perHour: config.publicFormsPerHour, minSeconds: config.publicFormMinSeconds }, options.now);
  const retention = new PersonalDataRetention(ds, log, PERSONAL_DATA_RETENTION, config.personalDataRetentionDays);
  const chores = [(now: Date) => loginThrottle.prune(now), (now: Date) => alerts.tick(now), (now: Date) => publicForms.prune(now), (now: Date) => retention.chore(now)];
  const oss = await createOssServices(ds, log, { now: options.now, tickMs: options.slaTickMs, chores, tracks: FILING_DEADLINE_TRACKS });
  listener.on((event) => {
    if (event.topic === "session") sessionFeed.changed(event.id);
    else if (event.topic === "serviceRequest") oss.changed(event.id);
  });
  listener.onResync(() => sessionFeed.resyncAll());
  await listener.start();
  const dataVersion = knownDataVersion(ds, listener);

  const tokens = new Tokens(config.jwtSecret, config.tokenTtlHours);
  const services: Services = { config, ds, tokens, log, sessionFeed, sessionReads, oss, calendar: oss.calendars, loginThrottle, publicAddress, alerts, publicForms, retention };
  const armor = queryArmor(config.env === "production");
  const schema = await buildKuvendSchema();

  // One decision of the client's address (TRUST_PROXY) for HTTP, WebSocket upgrades, logs, caps and the login throttle.
  const clientAddress = clientAddressFor(config.trustProxy);
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", compileTrust(config.trustProxy)); // req.ip agrees with clientAddress
  app.use(requestLog(log, clientAddress));
  app.use(compressResponses()); // before every route: GraphQL's JSON too (platform/http/compression.ts)
  const httpServer = http.createServer(app);
  const ws = startWebSocketServer({
    httpServer, schema, validationRules: armor.validationRules, maxTokens: QUERY_LIMITS.maxTokens, log, clientAddress,
    maxConnectionsPerAddress: config.wsMaxConnectionsPerAddress, maxSubscriptionsPerConnection: config.wsMaxSubscriptionsPerConnection,
    authorize: (authorization) => actorFromAuthorization(tokens, authorization),
    context: (actor, address): Context => createContext(services, actor, address),
    roleOf: (c) => c.actor?.role ?? "public",
    renew: (c) => createContext(services, c.actor, c.address),
  });
  const apollo = await startGraphqlHttp<Context>({
    schema, httpServer, introspection: config.introspection, validationRules: armor.validationRules, onDrain: () => ws.dispose(),
    plugins: [...armor.plugins, epochHeader(dataVersion)],
  });

  const httpContext = async (req: express.Request): Promise<Context> => {
    const actor = await actorFromAuthorization(tokens, req.headers.authorization);
    if (actor === "invalid") {
      throw new GraphQLError("Your login has expired or is not valid: log in again.", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
    }
    return createContext(services, actor, clientAddress(req), (req as unknown as { log?: Logger }).log ?? log);
  };
  const resultCache = config.resultCacheMaxBytes > 0 ? publicReadCache(apollo, services, dataVersion, httpContext, config.resultCacheMaxBytes) : null;
  // First of the routes: the crowd's requests meet no other route's matching on the way.
  mountGraphqlHttp<Context>(app, apollo, httpContext, resultCache?.middleware);
  mountHealthRoutes(app, ds);
  // Published minutes and open data: public files, before the web client's catch-all route.
  mountMinutesRoutes(app, ds, log);
  mountCouncillorPhotoRoutes(app, ds, tokens, log);
  mountPackageRoutes(app, { ds, tokens, log, maxBytes: config.packageMaxBytes, clientAddress });
  mountDecisionOpenData(app, ds, log, publicAddress); // before /open-data/:file
  mountConsultationOpenData(app, ds, log, publicAddress);
  mountOpenDataRoutes(app, ds, log, publicAddress);
  mountFeedRoutes(app, ds, log, publicAddress, () => councilName(ds, config.councilName));
  mountCalendarRoutes(app, ds, log, publicAddress);
  mountAlertRoutes(app, alerts, log);
  mountWebClient(app, config.webDist ?? DEFAULT_WEB_DIST);
  mountFallbacks(app);

  const { url, port } = await listen(httpServer, config.port, config.host);
  listeningUrl = url;
  const stop = stopInOrder([ws.stopGuard, () => sessionFeed.closeAll(), () => oss.stop(), () => mailer?.close(), () => apollo.stop() /* drains HTTP and WebSocket */, () => listener.stop(), () => ds.destroy()]);
  return { url, port, services, statements, resultCache, dataVersion, stop };
}

/**
 * The data version (docs/architecture.md, "The public read cache"): the newest audit event (every
 * committed change writes one, last, under the chain's lock, so ids follow commit order; a plain read
 * of it never waits for that lock) and the session liveSession would pick now. Read with one statement,
 * then known without one while the database announces no new event, none is committed here and the
 * change feed stays connected (known-version.ts).
 */
function knownDataVersion(ds: Services["ds"], listener: EventListener): KnownVersion {
  const known = new KnownVersion({
    feedConnected: listener.connected,
    async read(): Promise<ReadVersion> {
      const [row]: { epoch: string | null; live_id: string | null; holds_ms: number | null }[] = await ds.query(
        `SELECT (SELECT max(id) FROM audit_event)::text AS epoch, pick.id::text AS live_id, pick.holds_ms
         FROM (SELECT 1) one LEFT JOIN LATERAL (${LIVE_SESSION_PICK_WITH_EXPIRY}) pick ON true`);
      const epoch = row?.epoch ?? "0";
      return { epoch, key: `${epoch}:${row?.live_id ?? "-"}`, holdsMs: row?.holds_ms ?? null };
    },
  });
  listener.onEpoch((epoch) => known.changed(epoch));
  listener.onLost(() => known.feedLost());
  listener.onResync(() => known.feedBack());
  onCommit(ds, (epoch) => known.changed(epoch));
  return known;
}

/** Every GraphQL answer says the newest epoch this instance knows: a client that wrote here sends it as Kuvend-After when it reads elsewhere. */
function epochHeader(known: KnownVersion): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set("kuvend-epoch", known.latest);
        },
      };
    },
  };
}

/**
 * The public read cache (docs/architecture.md, "The public read cache"), keyed on the data version.
 * Closed days are read into memory (the working calendar): a miss at a new epoch reloads them first, so an
 * answer never pairs a new epoch with an old calendar, on any instance.
 */
function publicReadCache(
  apollo: Awaited<ReturnType<typeof startGraphqlHttp<Context>>>, services: Services, known: KnownVersion,
  context: (req: express.Request) => Promise<Context>, maxBytes: number,
): ResultCache<Context> {
  let calendarEpoch: string | null = null;
  let calendarLoad: Promise<unknown> = Promise.resolve();
  return new ResultCache<Context>({
    apollo, maxTokens: QUERY_LIMITS.maxTokens, maxBytes, context,
    cacheableFields: CACHEABLE_ROOT_FIELDS,
    currentVersion: (after) => known.current(after),
    async beforeExecute(version) {
      if (calendarEpoch !== version.epoch) {
        calendarEpoch = version.epoch;
        calendarLoad = services.calendar.reload();
      }
      await calendarLoad;
    },
  });
}
