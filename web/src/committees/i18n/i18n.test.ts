import { describe, expect, it } from "vitest";
import { checkBundle } from "../../app/i18n/bundleChecks";
import { COMMITTEE_ROLES, OPINION_KINDS } from "../model";
import en from "./en.json";
import sq from "./sq.json";

const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true });

describe("the committees' translations (namespace committees)", () => {
  checkBundle({
    sq,
    en,
    sources,
    asked: /"committees:([a-zA-Z0-9_.]+)"/g,
    atLeast: 40,
    built: [...OPINION_KINDS.map((k) => `opinion.${k}`), ...COMMITTEE_ROLES.map((r) => `role.${r}`)],
  });

  it("speaks the council's words", () => {
    expect(sq.list.title).toBe("Komisionet");
    expect(sq.role.CHAIR).toBe("Kryetar/e");
    expect(sq.opinion.WITH_AMENDMENTS).toBe("Pozitiv me ndryshime");
  });
});
