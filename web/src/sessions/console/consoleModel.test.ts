import { describe, expect, it } from "vitest";
import { isTypingTarget, parseLimit } from "./consoleModel";

describe("parseLimit", () => {
  it("reads minutes, or minutes and seconds; empty is no other limit", () => {
    expect(parseLimit("")).toBeNull();
    expect(parseLimit("  ")).toBeNull();
    expect(parseLimit("3")).toBe(180);
    expect(parseLimit("2:30")).toBe(150);
    expect(parseLimit("0:45")).toBe(45);
    expect(parseLimit(" 10:05 ")).toBe(605);
  });
  it("refuses what is not a time", () => {
    for (const text of ["abc", "2:7", "2:60", "-1", "0", "0:00", "1:2:3", "3m"]) expect(parseLimit(text)).toBeUndefined();
  });
});

describe("isTypingTarget", () => {
  it("knows fields from buttons", () => {
    const el = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable }) as unknown as EventTarget;
    expect(isTypingTarget(el("INPUT"))).toBe(true);
    expect(isTypingTarget(el("SELECT"))).toBe(true);
    expect(isTypingTarget(el("TEXTAREA"))).toBe(true);
    expect(isTypingTarget(el("DIV", true))).toBe(true);
    expect(isTypingTarget(el("BUTTON"))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
