import { describe } from "vitest";
import { checkBundle } from "../../app/i18n/bundleChecks";
import en from "./en.json";
import sq from "./sq.json";

const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true });

describe("the comments' translations (namespace comments)", () => {
  checkBundle({ sq, en, sources, asked: /"comments:([a-zA-Z0-9_.]+)"/g, atLeast: 30,
    built: [
      ...["ACCEPTED", "PARTLY_ACCEPTED", "NOT_ACCEPTED"].map((o) => `outcome.${o}`),
      ...["OFFENSIVE", "PERSONAL_DATA", "OFF_TOPIC", "DUPLICATE"].map((r) => `reason.${r}`),
      ...["FEMALE", "MALE", "OTHER", "UNDISCLOSED"].map((g) => `gender.${g}`),
    ],
  });
});
