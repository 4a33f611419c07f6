import { describe } from "vitest";
import { checkBundle } from "../../app/i18n/bundleChecks";
import en from "./en.json";
import sq from "./sq.json";

const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true });

describe("the requests for documents' translations (namespace documentRequests)", () => {
  checkBundle({
    sq, en, sources, asked: /"documentRequests:([a-zA-Z0-9_.]+)"/g, atLeast: 40,
    built: [
      ...["RECEIVED", "IN_PROGRESS", "CLOSED"].map((s) => `status.${s}`),
      ...["GRANTED", "PARTLY_GRANTED", "REFUSED", "TRANSFERRED"].map((s) => `outcome.${s}`),
      ...["ON_TRACK", "AT_RISK", "BREACHED", "MET", "MISSED"].map((s) => `sla.${s}`),
      ...["HELD_ELSEWHERE", "MANY_DOCUMENTS"].map((s) => `extensionReason.${s}`),
      ...["ONLINE", "COUNTER"].map((s) => `channel.${s}`),
    ],
  });
});
