import { describe, expect, it } from "vitest";
import { optionalEmail, optionalPlainText, plainText } from "./validation.js";

describe("plain text from public forms", () => {
  it("keeps markup as the characters typed, and line breaks", () => {
    expect(plainText(100).parse("  <b>Rruga</b> e\r\nShkollës  ")).toBe("<b>Rruga</b> e\nShkollës");
  });
  it("removes control characters and bidirectional overrides", () => {
    expect(plainText(100).parse("a\u0000b\u0007c\u202Ed\te")).toBe("abcd\te");
  });
  it("normalises to NFC, so the length limit counts letters as people see them", () => {
    const decomposed = "c\u0327"; // ç as c + combining cedilla
    expect(plainText(1).parse(decomposed)).toBe("ç");
  });
  it("refuses empty and too long text with a message", () => {
    expect(plainText(5).safeParse(" \u0000 ").error?.issues[0].message).toBe("must not be empty");
    expect(plainText(5).safeParse("gjashtë").error?.issues[0].message).toBe("must be at most 5 characters");
  });
  it("optional text: empty is null", () => {
    expect(optionalPlainText(10).parse("   ")).toBeNull();
    expect(optionalPlainText(10).parse(undefined)).toBeNull();
    expect(optionalPlainText(10).parse(" ok ")).toBe("ok");
  });
  it("e-mail: lower-cased, optional, refused when it is not one", () => {
    expect(optionalEmail.parse(" Ana@Shembull.AL ")).toBe("ana@shembull.al");
    expect(optionalEmail.parse("")).toBeNull();
    expect(optionalEmail.safeParse("ana@").success).toBe(false);
    expect(optionalEmail.safeParse("<script>@x.al").success).toBe(false);
  });
});
