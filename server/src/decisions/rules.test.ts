import { describe, expect, it } from "vitest";
import { canMoveReview, foldForSearch, nextDecisionNumber, ReviewStatus, searchTerms } from "./rules.js";

describe("searchTerms: words folded and shortened to prefixes", () => {
  it.each([
    ["Këshilli", ["keshill"]],
    ["keshilli", ["keshill"]],
    ["KËSHILLIT", ["keshill"]],
    ["çerdhe", ["cerdh"]],
    ["cerdhja", ["cerdh"]],
    ["Çerdhes", ["cerdh"]],
    ["grumbullimi i mbetjeve", ["grumbullim", "mbetj"]],
    ["mbetjet", ["mbetje"]],
    ["buxheti 2027", ["buxhet", "2027"]],
    ["  ,;  ", []],
    ["", []],
    ["për", ["per"]], // only particles: keep them rather than search for nothing
    ["rruga rruga rrugës", ["rrug"]],
    ["'); DROP TABLE vote; --", ["drop", "tabl", "vote"]],
    ["a-b c", ["b", "c"]],
  ])("%s → %j", (text, terms) => {
    expect(searchTerms(text)).toEqual(terms);
  });

  it("keeps at most eight terms and never shortens below four letters", () => {
    expect(searchTerms("nje dy tre kater pese gjashte shtate tete nente dhjete")).toHaveLength(8);
    expect(searchTerms("rrugë")).toEqual(["rrug"]);
    expect(searchTerms("dita")).toEqual(["dita"]);
  });

  it("folds the way the kuvend_sq configuration does: lower case, ë → e, ç → c", () => {
    expect(foldForSearch("ÇËRDHE Ëndërr")).toBe("cerdhe enderr");
  });
});

describe("the review of an act's legality", () => {
  const S = ReviewStatus;
  it.each([
    [S.NOT_SENT, S.SENT, true],
    [S.NOT_SENT, S.UPHELD, false],
    [S.NOT_SENT, S.NOT_SENT, false],
    [S.SENT, S.UPHELD, true],
    [S.SENT, S.RETURNED, true],
    [S.SENT, S.CONTESTED, true],
    [S.SENT, S.SENT, true], // a correction of the day or note
    [S.SENT, S.NOT_SENT, false],
    [S.RETURNED, S.SENT, true],
    [S.RETURNED, S.UPHELD, false],
    [S.CONTESTED, S.ANNULLED, true],
    [S.CONTESTED, S.UPHELD, true],
    [S.UPHELD, S.RETURNED, false],
    [S.ANNULLED, S.SENT, false],
  ])("%s → %s: %s", (from, to, ok) => {
    expect(canMoveReview(from, to)).toBe(ok);
  });

  it("numbers run on from the highest given", () => {
    expect(nextDecisionNumber(null)).toBe(1);
    expect(nextDecisionNumber(96)).toBe(97);
  });
});
