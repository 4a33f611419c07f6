import { z } from "zod";
import { compileTrust, parseTrustProxy, type TrustProxy } from "./security/client-address.js";

/**
 * Every environment variable Kuvend reads, parsed and checked in one place.
 * A bad value stops start-up with a message naming the variable.
 */
/** An optional text where an empty value (`SMTP_URL=` in an .env file, or Compose's `${SMTP_URL:-}`) means unset. */
const unsetWhenEmpty = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  /** An external PostgreSQL; when unset, an embedded PostgreSQL is started. */
  DATABASE_URL: z.string().url().optional(),
  /** The owner role's connection: when set, migrations and the grants run on it and DATABASE_URL keeps only DML rights. */
  MIGRATION_DATABASE_URL: z.string().url().optional(),
  /** Where the embedded PostgreSQL keeps its data (default: .data/ in the project). */
  KUVEND_DATA_DIR: z.string().optional(),
  /** Load the demo council, accounts and data into an empty database. Default: on outside production. */
  KUVEND_DEMO: z.enum(["true", "false", "1", "0"]).optional(),
  /** Secret that signs login tokens. Required in production; a random one per start otherwise. */
  JWT_SECRET: z.string().min(32, "JWT_SECRET must be at least 32 characters").optional(),
  TOKEN_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  /** Production bootstrap: creates the first ADMIN account if there is none. */
  ADMIN_USERNAME: z.string().regex(/^[a-z0-9._-]{2,64}$/, "lower-case letters, digits, . _ - (2 to 64)").default("admin"),
  ADMIN_PASSWORD: z.string().optional(),
  /** Number of seats of the municipal council (Elbasan 51, Tirana 61, Kaçanik 27). */
  COUNCIL_SEATS: z.coerce.number().int().min(1).max(200).default(51),
  COUNCIL_NAME: z.string().default("Këshilli Bashkiak Elbasan"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Directory of the built web client served at "/". */
  WEB_DIST: z.string().optional(),
  /** GraphQL introspection; default on outside production. */
  GRAPHQL_INTROSPECTION: z.enum(["true", "false", "1", "0"]).optional(),
  /** Failed logins for one (username, address) before each further try waits (1 s, 2 s, 4 s … 15 min); an address gets four times as many across usernames. No lock-out. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** Proxies whose X-Forwarded-For is believed (Express `trust proxy`): unset = none; `loopback`, addresses/CIDRs separated by commas, a hop count, or `true`. */
  TRUST_PROXY: z.string().optional().refine((v) => {
    try {
      compileTrust(parseTrustProxy(v));
      return true;
    } catch {
      return false;
    }
  }, "loopback, linklocal, uniquelocal, IP addresses or CIDRs separated by commas, a hop count, true or false"),
  /** Generous: a council hall's Wi-Fi or a mobile carrier's NAT puts many citizens behind one address. */
  WS_MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(1000),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(1000).default(20),
  /** The public read cache's bound, in MB of stored answers (0 turns the cache off). */
  RESULT_CACHE_MAX_MB: z.coerce.number().min(0).max(4096).default(32),
  /** The largest document a meeting package accepts, in MB (MiB); a larger upload is refused with 413 while it is read. */
  PACKAGE_MAX_MB: z.coerce.number().positive().max(100).default(25),
  /** The site's public address (https://kuvend.elbasan.gov.al): every absolute link (feeds, calendar, e-mails, Popolo) starts with it. */
  PUBLIC_URL: unsetWhenEmpty.refine((v) => v === undefined || isPublicBase(v), "an absolute http:// or https:// address with no query or fragment, e.g. https://kuvend.example.al"),
  /** The SMTP server for e-mail alerts (smtp://user:pass@host:587 or smtps://…); unset = no alerts. */
  SMTP_URL: unsetWhenEmpty.refine((v) => v === undefined || /^smtps?:\/\/[^/\s]+/.test(v), "smtp://user:password@host:port or smtps://…"),
  /** The sender of alert e-mails (default: kuvend@<host of PUBLIC_URL>). */
  SMTP_FROM: unsetWhenEmpty,
  /** How often the alerts round looks for something new to send, in seconds. */
  ALERTS_CHECK_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Public forms (comments, petitions, document requests): submissions per client address, form and hour. */
  PUBLIC_FORMS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(20),
  /** A public form sent sooner than this after it was opened is a robot's (no CAPTCHA). */
  PUBLIC_FORM_MIN_SECONDS: z.coerce.number().int().min(0).max(600).default(3),
  /** Personal data of citizens' filings (names, e-mails, signature lists, requesters) is deleted this many days after the filing is closed. */
  PERSONAL_DATA_RETENTION_DAYS: z.coerce.number().int().min(30).max(36_500).default(730),
});

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  databaseUrl?: string;
  migrationDatabaseUrl?: string;
  dataDir?: string;
  demo: boolean;
  jwtSecret: string;
  jwtSecretGenerated: boolean;
  tokenTtlHours: number;
  adminUsername: string;
  adminPassword?: string;
  councilSeats: number;
  councilName: string;
  logLevel: string;
  webDist?: string;
  introspection: boolean;
  loginMaxFailures: number;
  trustProxy: TrustProxy;
  wsMaxConnectionsPerAddress: number;
  wsMaxSubscriptionsPerConnection: number;
  /** Bytes the public read cache may hold (0: no cache). */
  resultCacheMaxBytes: number;
  /** The largest document a meeting package accepts (bytes). */
  packageMaxBytes: number;
  /** PUBLIC_URL without a trailing slash; when unset, links are derived from the request (a warning at start-up in production). */
  publicUrl?: string;
  smtpUrl?: string;
  smtpFrom?: string;
  alertsCheckSeconds: number;
  publicFormsPerHour: number;
  publicFormMinSeconds: number;
  personalDataRetentionDays: number;
};

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  if (production && !e.JWT_SECRET) {
    throw new Error("Invalid configuration:\n  JWT_SECRET: required in production (at least 32 characters)");
  }
  const demo = e.KUVEND_DEMO === undefined ? !production : e.KUVEND_DEMO === "true" || e.KUVEND_DEMO === "1";
  if (production && demo) {
    throw new Error("Invalid configuration:\n  KUVEND_DEMO: demo data and demo accounts are refused in production");
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL,
    dataDir: e.KUVEND_DATA_DIR,
    demo,
    jwtSecret: e.JWT_SECRET ?? randomSecret(),
    jwtSecretGenerated: !e.JWT_SECRET,
    tokenTtlHours: e.TOKEN_TTL_HOURS,
    adminUsername: e.ADMIN_USERNAME,
    adminPassword: e.ADMIN_PASSWORD,
    councilSeats: e.COUNCIL_SEATS,
    councilName: e.COUNCIL_NAME,
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST,
    introspection: e.GRAPHQL_INTROSPECTION === undefined ? !production : e.GRAPHQL_INTROSPECTION === "true" || e.GRAPHQL_INTROSPECTION === "1",
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    wsMaxConnectionsPerAddress: e.WS_MAX_CONNECTIONS_PER_ADDRESS,
    wsMaxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    resultCacheMaxBytes: Math.round(e.RESULT_CACHE_MAX_MB * 1024 * 1024),
    packageMaxBytes: Math.round(e.PACKAGE_MAX_MB * 1024 * 1024),
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ""),
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    alertsCheckSeconds: e.ALERTS_CHECK_SECONDS,
    publicFormsPerHour: e.PUBLIC_FORMS_PER_HOUR,
    publicFormMinSeconds: e.PUBLIC_FORM_MIN_SECONDS,
    personalDataRetentionDays: e.PERSONAL_DATA_RETENTION_DAYS,
  };
}

function isPublicBase(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === "http:" || u.protocol === "https:") && !!u.hostname && !u.search && !u.hash && !u.username && !u.password;
  } catch {
    return false;
  }
}

function randomSecret(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
}
