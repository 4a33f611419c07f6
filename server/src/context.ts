import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Tokens, Actor } from "./auth/tokens.js";
import type { CalendarService } from "./calendar/calendar-service.js";
import type { Config } from "./platform/config.js";
import type { Councillor } from "./council/councillor.js";
import { councillorsById } from "./council/queries.js";
import type { Logger } from "./platform/logger.js";
import type { PublicAddress } from "./platform/http/public-url.js";
import type { AlertService } from "./alerts/service.js";
import type { OssServices } from "./oss/services.js";
import type { LoginThrottle } from "./platform/security/login-throttle.js";
import type { PublicFormGuard } from "./platform/security/public-form.js";
import type { PersonalDataRetention } from "./platform/retention.js";
import type { SharedReads } from "./platform/db/shared-reads.js";
import type { LiveFeed } from "./platform/realtime/live-feed.js";
import { publishedMinutes, type PublishedRow } from "./minutes/queries.js";
import type { CouncilSession } from "./sessions/model.js";
import { loadSessionSnapshots } from "./sessions/snapshot.js";

/** What lives as long as the server: database, token signer, live feeds, logger. */
export type Services = {
  config: Config;
  loginThrottle: LoginThrottle;
  ds: DataSource;
  tokens: Tokens;
  log: Logger;
  sessionFeed: LiveFeed<CouncilSession>;
  /** One session's snapshot read once for everyone asking at the same time (never older than the asker). */
  sessionReads: SharedReads<string, CouncilSession | null>;
  /** The working calendar (office hours, holidays, closed days): the One Stop Shop, drafts and the scorecard count on it. */
  calendar: CalendarService;
  oss: OssServices;
  /** Absolute links (PUBLIC_URL): feeds, calendar, e-mails, Popolo. */
  publicAddress: PublicAddress;
  /** E-mail alerts (off without SMTP_URL). */
  alerts: AlertService;
  /** Public forms' honeypot, minimum fill time and rate limit (comments, petitions, document requests). */
  publicForms: PublicFormGuard;
  /** Erases citizens' personal data past PERSONAL_DATA_RETENTION_DAYS (the clock runs it hourly; tests call `run`). */
  retention: PersonalDataRetention;
};

/**
 * Per-request batching loaders: no N+1 whatever a query asks for. They are the one per-request cache:
 * a resolver that would keep something for the rest of a request asks a loader here.
 */
export type Loaders = {
  session: DataLoader<string, CouncilSession | null>;
  councillor: DataLoader<string, Councillor | null>;
  /** A closed session's published minutes, keyed by the session snapshot object (see bySnapshot). */
  minutes: DataLoader<CouncilSession, PublishedRow | null>;
};

/**
 * A loader cache keyed by session snapshot objects and shared by every context. The live feed hands the same
 * snapshot to every subscriber, so they share one lookup; a later change brings a new object, and so a fresh
 * lookup (a subscription's context lives as long as the subscription and must see minutes published later).
 * Entries go with their snapshot.
 */
class BySnapshot<V> {
  private entries = new WeakMap<CouncilSession, V>();
  get(session: CouncilSession): V | undefined { return this.entries.get(session); }
  set(session: CouncilSession, value: V): void { this.entries.set(session, value); }
  delete(session: CouncilSession): void { this.entries.delete(session); }
  clear(): void { this.entries = new WeakMap(); }
}
const minutesBySnapshot = new BySnapshot<Promise<PublishedRow | null>>();

// A type alias, not an interface: graphql-ws's server generics need it (STACK.md).
export type Context = { actor: Actor | null; services: Services; loaders: Loaders; address: string; log: Logger };

export function createLoaders(ds: DataSource, sessionReads?: SharedReads<string, CouncilSession | null>): Loaders {
  return {
    session: new DataLoader(async (ids) => {
      // One session (the dashboard, a console, a mutation's answer): shared with everyone reading it now.
      if (ids.length === 1 && sessionReads) return [await sessionReads.get(ids[0])];
      const found = await loadSessionSnapshots(ds, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    councillor: new DataLoader(async (ids) => {
      const byId = await councillorsById(ds, ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
    minutes: new DataLoader(async (sessions) => {
      const byId = await publishedMinutes(ds, sessions.map((s) => s.id));
      return sessions.map((s) => byId.get(s.id) ?? null);
    }, { cacheMap: minutesBySnapshot }),
  };
}

export function createContext(services: Services, actor: Actor | null, address = "unknown", log: Logger = services.log): Context {
  let loaders: Loaders | undefined;
  return {
    actor: actor && { ...actor, address }, services, address, log,
    // Made on first use: a live subscription's context never needs them, and thousands are held at once.
    get loaders() {
      return (loaders ??= createLoaders(services.ds, services.sessionReads));
    },
  };
}
