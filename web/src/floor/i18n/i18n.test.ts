import { describe, expect, it } from "vitest";
import { checkBundle } from "../../app/i18n/bundleChecks";
import en from "./en.json";
import sq from "./sq.json";

// Every source file of the client: the floor's strings are used by the console, the portal, the dashboard and the chamber display.
const sources = import.meta.glob<string>(["../../**/*.{ts,tsx}", "!../../**/*.test.ts", "!../../gql/**"], { query: "?raw", import: "default", eager: true });

describe("the floor's translations (namespace floor)", () => {
  checkBundle({
    sq, en, sources, asked: /"floor:([a-zA-Z0-9_.]+)"/g, atLeast: 50,
    built: [
      ...["CONTRIBUTION", "REPLY", "POINT_OF_ORDER"].map((k) => `kind.${k}`),
      ...["WAITING", "SPEAKING", "DONE", "WITHDRAWN"].map((s) => `status.${s}`),
    ],
  });

  it("calls a point of order what the council calls it", () => {
    expect(sq.kind.POINT_OF_ORDER).toBe("Çështje procedurale");
  });
});
