import { describe, expect, it } from "vitest";
import { csvField, spreadsheetSafe } from "./csv";

describe("csvField", () => {
  it("quotes a field holding a comma, a quote or a line break, doubling quotes; null is empty", () => {
    expect(csvField('Vërtetim "tatimor", vendor')).toBe('"Vërtetim ""tatimor"", vendor"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField(null)).toBe("");
  });

  it("prefixes text that a spreadsheet would run as a formula with a single quote", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(["+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1"].map(csvField)).toEqual(["'+1", "'-1+2", "'@SUM(A1)", "'\t=1", "\"'\r=1\""]);
  });

  it("writes numbers as numbers, a negative one too, and leaves ordinary text alone", () => {
    expect(csvField(-5)).toBe("-5");
    expect(csvField(3.25)).toBe("3.25");
    expect(spreadsheetSafe("PS - Partia Socialiste")).toBe("PS - Partia Socialiste");
  });
});
