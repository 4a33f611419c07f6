/**
 * How long an address waits after wrong passwords (DOMAIN.md, "Client
 * addresses": wrong passwords slow down the address that sends them, they never
 * lock the account's owner out).
 *
 * Two counts are kept: per (username, address) and per address across
 * usernames. Each allows `free` failures; every failure after that doubles the
 * wait before the next try, 1 s, 2 s, 4 s …, up to 15 minutes. A count is
 * forgotten an hour after its last failure.
 */
export const MAX_LOGIN_DELAY_SECONDS = 15 * 60;
export const FORGET_FAILURES_AFTER_SECONDS = 60 * 60;

/** Free failures per scope: `LOGIN_MAX_FAILURES` for one username from one address, four times that for the address. */
export function freeFailures(loginMaxFailures: number): { pair: number; address: number } {
  return { pair: loginMaxFailures, address: loginMaxFailures * 4 };
}

/** Seconds to wait after the `failures`-th failure of a scope that allows `free`: 0 before the free ones are used up. */
export function loginDelaySeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  const exponent = failures - free;
  return exponent >= 10 ? MAX_LOGIN_DELAY_SECONDS : Math.min(MAX_LOGIN_DELAY_SECONDS, 2 ** exponent);
}
