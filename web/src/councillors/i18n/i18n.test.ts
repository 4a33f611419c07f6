import { describe, expect, it } from "vitest";
import { checkBundle } from "../../app/i18n/bundleChecks";
import en from "./en.json";
import sq from "./sq.json";

const sources = import.meta.glob<string>(["../**/*.{ts,tsx}", "!../**/*.test.ts"], { query: "?raw", import: "default", eager: true });
const each = (prefix: string, values: string[]) => values.map((v) => `${prefix}.${v}`);

describe("the councillors' translations (namespace councillors)", () => {
  checkBundle({
    sq,
    en,
    sources,
    asked: /"councillors:([a-zA-Z0-9_.]+)"/g,
    atLeast: 80,
    built: [
      ...each("gender", ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"]),
      ...each("role", ["CHAIR", "MEMBER"]),
      ...each("choice", ["FOR", "AGAINST", "ABSTAIN", "RECUSED", "NOT_VOTED", "ABSENT"]),
      ...each("outcome", ["PASSED", "FAILED"]),
      ...each("interest", ["PERSONAL", "FAMILY", "FINANCIAL", "PROFESSIONAL", "OTHER"]),
      ...each("kind", ["DRAFT_DECISION", "MOTION", "QUESTION", "AMENDMENT"]),
    ],
  });

  it("speaks the council's words", () => {
    expect(sq.list.title).toBe("Këshilltarët");
    expect(sq.register.title).toBe("Regjistri i pjesëmarrjes");
    expect(sq.period.secondHalf).toBe("{{year}} gjysma e dytë (korrik–dhjetor)");
  });
});
