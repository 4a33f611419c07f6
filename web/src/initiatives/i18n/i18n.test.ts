import { describe, expect, it } from "vitest";
import { checkBundle } from "../../app/i18n/bundleChecks";
import en from "./en.json";
import sq from "./sq.json";


// The initiatives and transparency areas' source files, through Vite (the client's tsconfig has no Node types).
const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "../../transparency/**/*.{ts,tsx}", "!../**/*.test.ts", "!../../transparency/**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

describe("the initiatives area's translations (namespace initiatives)", () => {
  checkBundle({
    sq, en, sources, asked: /"initiatives:([a-zA-Z0-9_.]+)"/g, atLeast: 100,
    built: [
      ...["DRAFT_DECISION", "MOTION", "QUESTION", "AMENDMENT"].map((k) => `kind.${k}`),
      ...["SUBMITTED", "IN_COMMITTEE", "ON_AGENDA", "ADOPTED", "REJECTED", "WITHDRAWN"].map((s) => `status.${s}`),
      ...["FEMALE", "MALE", "OTHER", "UNDISCLOSED"].map((g) => `gender.${g}`),
      ...["CONSULTATION", "HEARING"].map((k) => `consultationKind.${k}`),
    ],
  });

  it("words the headline the way the plan's readers would", () => {
    expect(sq.report.sentenceCurrent).toBe("Gratë propozuan {{share}} të nismave, ndërsa mbajnë {{seats}} të vendeve.");
    expect(sq.nav.initiatives).toBe("Nismat");
  });
});
