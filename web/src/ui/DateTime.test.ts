import { describe, expect, it } from "vitest";
import { formatAlbanianFallback } from "./DateTime";

describe("formatAlbanianFallback", () => {
  const monday = new Date("2026-12-07T09:00:00Z"); // 10:00 in Tirana

  it("spells the date in Albanian, in Tirana time, 24-hour clock", () => {
    expect(formatAlbanianFallback(monday, "full")).toBe("e hënë, 7 dhjetor 2026, ora 10:00");
    expect(formatAlbanianFallback(monday, "short")).toBe("7 dhjetor 2026, 10:00");
    expect(formatAlbanianFallback(monday, "time")).toBe("10:00");
  });

  it("moves to the next day past midnight in Tirana", () => {
    expect(formatAlbanianFallback(new Date("2026-07-31T22:30:00Z"), "short")).toBe("1 gusht 2026, 00:30");
  });
});
