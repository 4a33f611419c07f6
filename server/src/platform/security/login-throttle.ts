import type { DataSource, EntityManager } from "typeorm";
import { GraphQLError } from "graphql";
import { FORGET_FAILURES_AFTER_SECONDS, freeFailures, loginDelaySeconds } from "./login-delay.js";

type Scope = "pair" | "address";
type Counted = { failures: number; blocked_until: Date | null; now: Date };

/** A try that passed the throttle; its password is being checked. */
export type LoginAttempt = {
  /** The right password: clears the (username, address) count, and gives the address back the try counted in advance. */
  succeeded(): Promise<void>;
};

/**
 * Login throttling without a lock-out (DOMAIN.md, "Client addresses"). Wrong
 * passwords are counted per (username, address) and per address, in
 * PostgreSQL (table login_failure), so instances share the counts and a
 * restart keeps them. Past the free failures each failure makes the next try
 * wait longer (login-delay.ts); a try during the wait is refused and counts as
 * well. Nothing is counted per username alone: the right password from an
 * address that has not been failing always works.
 *
 * Every try is counted before its password is checked, in one short
 * transaction whose upserts lock both rows, so a burst of parallel guesses is
 * counted one by one and cannot slip past the wait. A right password then
 * takes its try back.
 */
export class LoginThrottle {
  private readonly free: { pair: number; address: number };
  private lastPrune = 0;

  constructor(private readonly ds: DataSource, loginMaxFailures: number) {
    this.free = freeFailures(loginMaxFailures);
  }

  /**
   * Counts the try; refuses it (UNAUTHENTICATED with `retryAfterSeconds`) while the address waits.
   * `what` names the tries in the refusal: receipt codes on /ndiq are throttled the same way (key "receipt:<reference>").
   */
  async begin(username: string, address: string, what = "failed logins"): Promise<LoginAttempt> {
    const pairKey = JSON.stringify([username, address]);
    const outcome = await this.ds.transaction(async (tx) => {
      // Always address first, then the pair: every transaction locks in the same order.
      const byAddress = await this.count(tx, "address", address);
      const now = byAddress.now;
      const addressUntil = await this.block(tx, "address", address, byAddress, this.free.address);
      if (isWaiting(byAddress, now)) {
        // No row per username while the address waits: a flood of made-up usernames adds nothing to the table.
        return { now, waiting: true, until: [addressUntil], addressBefore: byAddress.blocked_until, addressUntil };
      }
      const byPair = await this.count(tx, "pair", pairKey);
      const pairUntil = await this.block(tx, "pair", pairKey, byPair, this.free.pair);
      return { now, waiting: isWaiting(byPair, now), until: [addressUntil, pairUntil], addressBefore: byAddress.blocked_until, addressUntil };
    });
    if (outcome.waiting) {
      const until = Math.max(...outcome.until.map((d) => d?.getTime() ?? 0));
      const seconds = Math.max(1, Math.ceil((until - outcome.now.getTime()) / 1000));
      throw new GraphQLError(`Too many ${what} from this address: try again in ${describeWait(seconds)}.`, {
        extensions: { code: "UNAUTHENTICATED", retryAfterSeconds: seconds },
      });
    }
    return {
      succeeded: async () => {
        await this.ds.transaction(async (tx) => {
          await tx.query(
            `UPDATE login_failure SET failures = GREATEST(failures - 1, 0),
               blocked_until = CASE WHEN blocked_until IS NOT DISTINCT FROM $2 THEN $3 ELSE blocked_until END
             WHERE scope = 'address' AND key = $1`,
            [address, outcome.addressUntil, outcome.addressBefore]);
          await tx.query("DELETE FROM login_failure WHERE scope = 'pair' AND key = $1", [pairKey]);
        });
      },
    };
  }

  /** Forgets counts whose last failure is more than an hour old; at most once a minute (the server's clock calls it every tick). */
  async prune(now: Date = new Date()): Promise<number> {
    if (now.getTime() - this.lastPrune < 60_000) return 0;
    this.lastPrune = now.getTime();
    const [, deleted] = await this.ds.query(
      `DELETE FROM login_failure
       WHERE last_at < now() - make_interval(secs => $1) AND (blocked_until IS NULL OR blocked_until < now())`,
      [FORGET_FAILURES_AFTER_SECONDS]);
    return Number(deleted ?? 0);
  }

  /** One more failure for the scope's key (a count older than the forget window starts again at 1). */
  private async count(tx: EntityManager, scope: Scope, key: string): Promise<Counted> {
    const rows: Counted[] = await tx.query(
      `INSERT INTO login_failure AS f (scope, key, failures, first_at, last_at, blocked_until)
       VALUES ($1, $2, 1, now(), now(), NULL)
       ON CONFLICT (scope, key) DO UPDATE SET
         failures = CASE WHEN f.last_at < now() - make_interval(secs => $3) THEN 1 ELSE f.failures + 1 END,
         first_at = CASE WHEN f.last_at < now() - make_interval(secs => $3) THEN now() ELSE f.first_at END,
         blocked_until = CASE WHEN f.last_at < now() - make_interval(secs => $3) THEN NULL ELSE f.blocked_until END,
         last_at = now()
       RETURNING failures, blocked_until, now() AS now`,
      [scope, key, FORGET_FAILURES_AFTER_SECONDS]);
    return rows[0];
  }

  /** The wait that this failure earns, never shortening one already running. */
  private async block(tx: EntityManager, scope: Scope, key: string, c: Counted, free: number): Promise<Date | null> {
    const delay = loginDelaySeconds(c.failures, free);
    if (delay === 0) return c.blocked_until;
    const until = new Date(Math.max(c.now.getTime() + delay * 1000, c.blocked_until?.getTime() ?? 0));
    await tx.query("UPDATE login_failure SET blocked_until = $3 WHERE scope = $1 AND key = $2", [scope, key, until]);
    return until;
  }
}

const isWaiting = (c: Counted, now: Date) => c.blocked_until !== null && c.blocked_until > now;

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
