import { describe } from "vitest";
import { checkBundle } from "../../app/i18n/bundleChecks";
import en from "./en.json";
import sq from "./sq.json";

const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true });

describe("the consultations page's translations (namespace consultations)", () => {
  checkBundle({ sq, en, sources, asked: /"consultations:([a-zA-Z0-9_.]+)"/g, atLeast: 15, built: ["kind.CONSULTATION", "kind.HEARING"] });
});
