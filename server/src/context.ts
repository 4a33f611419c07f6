import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Tokens, Actor } from "./auth/tokens.js";
import type { CalendarService } from "./calendar/calendar-service.js";
import type { Config } from "./platform/config.js";
import type { Councillor } from "./council/councillor.js";
import { councillorsById } from "./council/queries.js";
import type { Logger } from "./platform/logger.js";
import type { OssServices } from "./oss/services.js";
import type { LoginThrottle } from "./platform/security/login-throttle.js";
import type { LiveFeed } from "./platform/realtime/live-feed.js";
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
  /** The working calendar (office hours, holidays, closed days): the One Stop Shop, drafts and the scorecard count on it. */
  calendar: CalendarService;
  oss: OssServices;
};

/** Per-request batching loaders: no N+1 whatever a query asks for. */
export type Loaders = {
  session: DataLoader<string, CouncilSession | null>;
  councillor: DataLoader<string, Councillor | null>;
};

// A type alias, not an interface: graphql-ws's server generics need it (STACK.md).
export type Context = { actor: Actor | null; services: Services; loaders: Loaders; address: string; log: Logger };

export function createLoaders(ds: DataSource): Loaders {
  return {
    session: new DataLoader(async (ids) => {
      const found = await loadSessionSnapshots(ds, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    councillor: new DataLoader(async (ids) => {
      const byId = await councillorsById(ds, ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export function createContext(services: Services, actor: Actor | null, address = "unknown", log: Logger = services.log): Context {
  let loaders: Loaders | undefined;
  return {
    actor: actor && { ...actor, address }, services, address, log,
    // Made on first use: a live subscription's context never needs them, and thousands are held at once.
    get loaders() {
      return (loaders ??= createLoaders(services.ds));
    },
  };
}
