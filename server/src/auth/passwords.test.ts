import { describe, expect, it } from "vitest";
import { DEMO_PASSWORDS, MIN_PASSWORD_LENGTH, weakPasswordReason } from "./passwords.js";

describe("weakPasswordReason", () => {
  it.each([
    ["eleven char", "must be at least 12 characters"],
    ["", "must be at least 12 characters"],
    ["twelve chars", null],
    ["a long and private passphrase", null],
  ])("%j → %s", (password, reason) => {
    expect(weakPasswordReason(password)).toBe(reason);
  });

  it("refuses the demo passwords in any letter case", () => {
    // Today's demo passwords are all shorter than the minimum, so the length refuses them first.
    for (const demo of DEMO_PASSWORDS) {
      for (const variant of [demo, demo.toUpperCase(), demo[0].toUpperCase() + demo.slice(1)]) {
        expect(weakPasswordReason(variant), variant).not.toBeNull();
      }
    }
    expect(MIN_PASSWORD_LENGTH).toBe(12);
  });
});
