import { describe, expect, it } from "vitest";
import { checkBundle } from "../../app/i18n/bundleChecks";
import en from "./en.json";
import sq from "./sq.json";

const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true });

describe("the register of decisions' translations (namespace decisions)", () => {
  checkBundle({
    sq, en, sources, asked: /"decisions:([a-zA-Z0-9_.]+)"/g, atLeast: 40,
    built: [
      ...["PASSED", "FAILED"].map((k) => `outcome.${k}`),
      ...["BUDGET", "FEES", "REGULATION", "PROPERTY", "PLANNING", "SERVICES", "NAMING", "PROCEDURAL", "OTHER"].map((k) => `kind.${k}`),
      ...["NOT_SENT", "SENT", "UPHELD", "RETURNED", "CONTESTED", "ANNULLED"].map((k) => `review.${k}`),
      ...["PREFECT", "MINISTRY"].map((k) => `review.authority.${k}`),
      ...["SIMPLE", "ABSOLUTE", "TWO_THIRDS"].map((k) => `detail.majority.${k}`),
      ...["FOR", "AGAINST", "ABSTAIN"].map((k) => `detail.choiceValue.${k}`),
      "match.item_title", "match.item_description", "register.total",
    ],
  });

  it("calls the prefect and the register what the seeds call them", () => {
    expect(sq.review.authority.PREFECT).toBe("Prefekti");
    expect(sq.register.heading).toBe("Regjistri i vendimeve");
  });
});
