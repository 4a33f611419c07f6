import { describe } from "vitest";
import { checkBundle } from "../../app/i18n/bundleChecks";
import { STATUS_KEYS } from "../model";
import en from "./en.json";
import sq from "./sq.json";

const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true });

describe("tracking's and the participation hub's translations (namespace tracking)", () => {
  checkBundle({
    sq, en, sources, asked: /"tracking:([a-zA-Z0-9_.]+)"/g, atLeast: 20,
    built: [
      ...STATUS_KEYS,
      ...["SERVICE_REQUEST", "DRAFT_COMMENT", "PETITION", "DOCUMENT_REQUEST"].map((k) => `kind.${k}`),
      ...["ON_TRACK", "AT_RISK", "BREACHED", "MET", "MISSED"].map((s) => `sla.${s}`),
      ...["comments", "petitions", "documents", "consultations", "track"].flatMap((w) => ["title", "what", "deadline"].map((f) => `hub.${w}.${f}`)),
    ],
  });
});
