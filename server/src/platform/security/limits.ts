import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationRule } from "graphql";
import { RateLimiterMemory } from "rate-limiter-flexible";
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
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

export type ArmorRules = ValidationRule[];

/**
 * Failed logins: after `maxFailures` for one username within 15 minutes the
 * account is locked for 15 minutes; an address with many failures across
 * usernames is slowed the same way. A success clears the username's count.
 * In memory, per instance: behind several instances the limit is per instance.
 */
export class LoginThrottle {
  private readonly byUser: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;
  constructor(readonly maxFailures = 5, windowSeconds = 15 * 60) {
    this.byUser = new RateLimiterMemory({ points: maxFailures, duration: windowSeconds, blockDuration: windowSeconds });
    this.byAddress = new RateLimiterMemory({ points: maxFailures * 6, duration: windowSeconds, blockDuration: windowSeconds });
  }

  async assertAllowed(username: string, address: string): Promise<void> {
    const [user, addr] = await Promise.all([this.byUser.get(username), this.byAddress.get(address)]);
    const blocked = [user && user.consumedPoints >= this.maxFailures ? user : null, addr && addr.consumedPoints >= this.maxFailures * 6 ? addr : null]
      .filter((r): r is NonNullable<typeof r> => r !== null);
    if (blocked.length) {
      const seconds = Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000);
      throw new GraphQLError(`Too many failed logins: try again in ${Math.ceil(seconds / 60)} minute(s), or ask an administrator.`, {
        extensions: { code: "UNAUTHENTICATED", retryAfterSeconds: seconds },
      });
    }
  }

  async failed(username: string, address: string): Promise<void> {
    await Promise.all([this.byUser.penalty(username, 1), this.byAddress.penalty(address, 1)]);
  }

  async succeeded(username: string): Promise<void> {
    await this.byUser.delete(username);
  }
}

/**
 * WebSocket limits: connections per address, and heartbeat pings that close
 * sockets which stopped answering (a laptop closed, a network gone), so dead
 * subscribers do not pile up on the server.
 */
export function guardWebSockets(wss: WebSocketServer, options: { maxConnectionsPerAddress: number; pingMs: number }): () => void {
  const perAddress = new Map<string, number>();
  const alive = new WeakMap<WebSocket, boolean>();
  wss.on("connection", (socket, request) => {
    const address = request.socket.remoteAddress ?? "unknown";
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
