import { describe, expect, it } from "vitest";
import { isTypingTarget, movedIndex, queueKeyAction, womenPercent } from "./model";

describe("the moderation queue's keys", () => {
  it.each([
    ["j", "next"], ["ArrowDown", "next"], ["k", "previous"], ["ArrowUp", "previous"], ["Home", "first"], ["End", "last"],
    ["p", "publish"], ["r", "reject"], ["a", "answer"], ["x", null], ["Enter", null],
  ])("%s → %s", (key, action) => {
    expect(queueKeyAction({ key })).toBe(action);
  });

  it("leaves the browser's own shortcuts alone", () => {
    expect(queueKeyAction({ key: "r", ctrlKey: true })).toBeNull();
    expect(queueKeyAction({ key: "p", metaKey: true })).toBeNull();
    expect(queueKeyAction({ key: "a", altKey: true })).toBeNull();
  });

  it("moves within the list without wrapping", () => {
    expect(movedIndex(0, "previous", 3)).toBe(0);
    expect(movedIndex(0, "next", 3)).toBe(1);
    expect(movedIndex(2, "next", 3)).toBe(2);
    expect(movedIndex(1, "first", 3)).toBe(0);
    expect(movedIndex(0, "last", 3)).toBe(2);
    expect(movedIndex(5, "next", 0)).toBe(0);
  });

  it("ignores keys typed into fields", () => {
    expect(isTypingTarget({ tagName: "TEXTAREA" } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: "SELECT" } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: "ARTICLE" } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe("womenPercent", () => {
  it("is the share of those who gave a gender", () => {
    expect(womenPercent({ women: 2, men: 1, otherGender: 1 })).toBe(50);
    expect(womenPercent({ women: 0, men: 0, otherGender: 0 })).toBeNull();
    expect(womenPercent({ women: 1, men: 2, otherGender: 0 })).toBe(33);
  });
});
