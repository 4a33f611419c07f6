import { describe, expect, it } from "vitest";
import { checkBundle } from "../../app/i18n/bundleChecks";
import en from "./en.json";
import sq from "./sq.json";

const sources = import.meta.glob<string>(["../../**/*.{ts,tsx}", "!../../**/*.test.ts", "!../../gql/**"], { query: "?raw", import: "default", eager: true });

describe("meeting packages' translations (namespace packages)", () => {
  checkBundle({
    sq, en, sources, asked: /"packages:([a-zA-Z0-9_.]+)"/g, atLeast: 30,
    built: ["NOTICE", "AGENDA", "DRAFT_ACT", "REPORT", "SUPPORTING"].map((k) => `kind.${k}`),
  });

  it("calls the package and a draft act what the council calls them", () => {
    expect(sq.panel.heading).toBe("Paketa e mbledhjes");
    expect(sq.kind.DRAFT_ACT).toBe("Projektvendimi");
    expect(sq.panel.downloadAll).toBe("Shkarko paketën (ZIP)");
  });
});
