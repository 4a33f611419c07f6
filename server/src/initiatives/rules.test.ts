import { describe, expect, it } from "vitest";
import { InitiativeStatus as S } from "./model.js";
import { canMoveInitiative } from "./rules.js";

describe("an initiative's lifecycle", () => {
  it.each([
    [S.SUBMITTED, S.IN_COMMITTEE, true],
    [S.SUBMITTED, S.ON_AGENDA, true],
    [S.SUBMITTED, S.ADOPTED, false],
    [S.IN_COMMITTEE, S.ON_AGENDA, true],
    [S.IN_COMMITTEE, S.SUBMITTED, false],
    [S.ON_AGENDA, S.ADOPTED, true],
    [S.ON_AGENDA, S.REJECTED, true],
    [S.ON_AGENDA, S.IN_COMMITTEE, true], // sent back to committee
    [S.ADOPTED, S.REJECTED, false],
    [S.REJECTED, S.ON_AGENDA, false],
    [S.WITHDRAWN, S.SUBMITTED, false],
  ])("%s → %s: %s", (from, to, allowed) => {
    expect(canMoveInitiative(from, to)).toBe(allowed);
  });

  it("can be withdrawn from every open status, and from no decided one", () => {
    for (const from of Object.values(S)) {
      const open = from === S.SUBMITTED || from === S.IN_COMMITTEE || from === S.ON_AGENDA;
      expect(canMoveInitiative(from, S.WITHDRAWN), from).toBe(open);
    }
  });
});
