import { describe, expect, it } from "vitest";
import { looksLikeEmail, subscriptionInput } from "./model";

describe("alert forms", () => {
  it("sends the trimmed address with exactly one target", () => {
    expect(subscriptionInput("  drita@example.al ", { councillorId: "c1" })).toEqual({ email: "drita@example.al", councillorId: "c1" });
    expect(subscriptionInput("a@b.al", { search: "çerdhe" })).toEqual({ email: "a@b.al", search: "çerdhe" });
  });

  it("catches an address that is clearly not one", () => {
    expect(looksLikeEmail("drita@example.al")).toBe(true);
    for (const bad of ["", "drita", "drita@", "drita@example", "dr ita@example.al"]) expect(looksLikeEmail(bad), bad).toBe(false);
  });
});
