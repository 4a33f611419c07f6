import { describe, expect, it } from "vitest";
import { checkBundle } from "../../app/i18n/bundleChecks";
import { INDICATOR_KEYS } from "../indicators";
import en from "./en.json";
import sq from "./sq.json";


const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true });

describe("the transparency pages' translations (namespace transparency)", () => {
  checkBundle({
    sq, en, sources, asked: /"transparency:([a-zA-Z0-9_.]+)"/g, atLeast: 30,
    built: [
      ...[...INDICATOR_KEYS, "unknown"].flatMap((key) => ["title", "words", "none", "rule"].map((part) => `indicator.${key}.${part}`)),
      ...["met", "missed", "noData", "noTarget"].map((v) => `verdict.${v}`),
    ],
  });

  it("marks late notice and short comment periods in the council's words", () => {
    expect(sq.calendar.lateNotice).toBe("Njoftuar me vonesë");
    expect(sq.calendar.shortComment).toBe("Afat i shkurtër konsultimi");
  });
});
