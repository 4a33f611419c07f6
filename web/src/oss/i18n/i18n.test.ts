import { describe, expect, it } from "vitest";
import { checkBundle } from "../../app/i18n/bundleChecks";
import en from "./en.json";
import sq from "./sq.json";


// The One Stop Shop's source files, through Vite (the client's tsconfig has no Node types).
const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true });

describe("the One Stop Shop's translations (namespace oss)", () => {
  checkBundle({
    sq, en, sources, asked: /"oss:([a-zA-Z0-9_.]+)"/g, atLeast: 100,
    built: [
      ...["RECEIVED", "IN_PROGRESS", "WAITING_ON_CITIZEN", "COMPLETED", "REJECTED"].map((s) => `status.${s}`),
      ...["ON_TRACK", "AT_RISK", "BREACHED", "MET", "MISSED"].map((s) => `sla.${s}`),
      ...["FEMALE", "MALE", "OTHER", "UNDISCLOSED"].map((g) => `gender.${g}`),
      ...[1, 2, 3, 4, 5].map((n) => `rating.value${n}`),
    ],
  });

  it("calls the breached state what the operators call it", () => {
    expect(sq.sla.BREACHED).toBe("Tejkaluar");
  });
});
