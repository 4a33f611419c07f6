import { describe, expect, it } from "vitest";
import { freeFailures, loginDelaySeconds, MAX_LOGIN_DELAY_SECONDS } from "./login-delay.js";

describe("loginDelaySeconds", () => {
  it.each([
    // failures, free, seconds to wait
    [0, 5, 0],
    [1, 5, 0],
    [4, 5, 0],
    [5, 5, 1],
    [6, 5, 2],
    [7, 5, 4],
    [10, 5, 32],
    [14, 5, 512],
    [15, 5, 900],
    [50, 5, 900],
    [1_000_000, 5, 900],
    [19, 20, 0],
    [20, 20, 1],
    [29, 20, 512],
    [30, 20, 900],
    [1, 1, 1],
  ])("after %i failures with %i free: %i s", (failures, free, seconds) => {
    expect(loginDelaySeconds(failures, free)).toBe(seconds);
  });

  it("never waits longer than 15 minutes and never decreases as failures grow", () => {
    let previous = 0;
    for (let n = 0; n < 100; n++) {
      const d = loginDelaySeconds(n, 3);
      expect(d).toBeGreaterThanOrEqual(previous);
      expect(d).toBeLessThanOrEqual(MAX_LOGIN_DELAY_SECONDS);
      previous = d;
    }
  });

  it("gives an address four times the free failures of one username", () => {
    expect(freeFailures(5)).toEqual({ pair: 5, address: 20 });
  });
});
