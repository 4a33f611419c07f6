import { describe, expect, it } from "vitest";
import { type PopoloSource, toPopolo } from "./popolo.js";

const T = (iso: string) => new Date(iso);

function source(): PopoloSource {
  return {
    councillors: [
      { id: "c1", full_name: "Zana Çela", gender: "FEMALE", party: "PS", active: true, term_start: "2023-07-01", term_end: null },
      { id: "c2", full_name: "Arben Hoxha", gender: "MALE", party: "PD", active: true, term_start: "2023-07-01", term_end: null },
      { id: "c3", full_name: "Ëra Basha", gender: "UNDISCLOSED", party: null, active: false, term_start: "2023-07-01", term_end: "2025-03-31" },
      { id: "c4", full_name: "Drita Leka", gender: "FEMALE", party: "PS", active: true, term_start: "2023-07-01", term_end: null },
    ],
    bodies: [
      { id: "k1", name: "Komisioni i Ekonomisë", kind: "COMMITTEE" },
      { id: "b1", name: "Këshilli Bashkiak Elbasan", kind: "COUNCIL" },
    ],
    bodyMembers: [{ body_id: "k1", councillor_id: "c2" }],
    sessions: [
      { id: "s1", body_id: "b1", title: "Mbledhja nr. 10", status: "CLOSED", started_at: T("2026-11-10T09:02:00.123Z"), closed_at: T("2026-11-10T12:00:00.000Z") },
      { id: "s2", body_id: "b1", title: "Mbledhja nr. 11", status: "IN_PROGRESS", started_at: T("2026-11-24T09:00:00.000Z"), closed_at: null },
      { id: "s3", body_id: "b1", title: "Mbledhja nr. 12", status: "SCHEDULED", started_at: null, closed_at: null },
    ],
    votes: [
      { id: "v2", session_id: "s1", body_id: "b1", agenda_item_id: "i1", item_title: "Paketa fiskale", majority: "ABSOLUTE",
        opened_at: T("2026-11-10T10:00:00.000Z"), closed_at: T("2026-11-10T10:05:00.000Z"), outcome: "PASSED",
        for_count: 2, against_count: 0, abstain_count: 0, recused_count: 0, not_voted_count: 1 },
      { id: "v1", session_id: "s1", body_id: "b1", agenda_item_id: "i1", item_title: "Paketa fiskale", majority: "SIMPLE",
        opened_at: T("2026-11-10T09:30:00.000Z"), closed_at: T("2026-11-10T09:35:00.000Z"), outcome: "FAILED",
        for_count: 1, against_count: 1, abstain_count: 0, recused_count: 1, not_voted_count: 0 },
    ],
    ballots: [
      { vote_id: "v1", councillor_id: "c1", choice: "FOR" },
      { vote_id: "v1", councillor_id: "c2", choice: "AGAINST" },
      { vote_id: "v2", councillor_id: "c1", choice: "FOR" },
      { vote_id: "v2", councillor_id: "c2", choice: "FOR" },
      { vote_id: "v9", councillor_id: "c2", choice: "FOR" }, // a vote that is not exported
    ],
    // s1 seats c1, c2 and c4 (who is recused on i1 and casts no ballot in v1, and neither in v2).
    seats: [{ session_id: "s1", councillor_id: "c1" }, { session_id: "s1", councillor_id: "c2" }, { session_id: "s1", councillor_id: "c4" }],
    recusals: [{ agenda_item_id: "i1", councillor_id: "c4" }],
  };
}

const U = "https://kuvend.example.al";
const src = (path: string) => [{ url: `${U}${path}` }];

describe("toPopolo", () => {
  const p = toPopolo(source(), (path) => `${U}${path}`);

  it("says what it extends, with absolute URLs", () => {
    expect(p.meta.source).toBe(`${U}/open-data/popolo.json`);
    expect(Object.keys(p.meta.options)).toEqual(["yes", "no", "abstain", "not voting", "recused"]);
    expect(p.meta.options.recused).toMatch(/extension/);
  });

  it("has persons with Popolo genders, by name, each with the councillor's page", () => {
    expect(p.persons).toEqual([
      { id: "c2", name: "Arben Hoxha", gender: "male", sources: src("/keshilltaret/c2") },
      { id: "c4", name: "Drita Leka", gender: "female", sources: src("/keshilltaret/c4") },
      { id: "c3", name: "Ëra Basha", sources: src("/keshilltaret/c3") },
      { id: "c1", name: "Zana Çela", gender: "female", sources: src("/keshilltaret/c1") },
    ]);
  });

  it("has the council, its committees and the parties as organizations", () => {
    expect(p.organizations).toEqual([
      { id: "b1", name: "Këshilli Bashkiak Elbasan", classification: "council", sources: src("/") },
      { id: "k1", name: "Komisioni i Ekonomisë", classification: "committee", sources: src("/komisionet/k1") },
      { id: "party/pd", name: "PD", classification: "party" },
      { id: "party/ps", name: "PS", classification: "party" },
    ]);
  });

  it("has council memberships with terms and party, party memberships and committee memberships", () => {
    expect(p.memberships).toContainEqual({ id: "b1/c3", person_id: "c3", organization_id: "b1", role: "councillor", start_date: "2023-07-01", end_date: "2025-03-31" });
    expect(p.memberships).toContainEqual({ id: "b1/c1", person_id: "c1", organization_id: "b1", role: "councillor", on_behalf_of_id: "party/ps", start_date: "2023-07-01" });
    expect(p.memberships).toContainEqual({ id: "party/ps/c1", person_id: "c1", organization_id: "party/ps", role: "member" });
    expect(p.memberships).toContainEqual({ id: "k1/c2", person_id: "c2", organization_id: "k1", role: "member" });
    expect(p.memberships).toHaveLength(4 + 3 + 1);
  });

  it("makes started sessions events, with Popolo's date-time form (no fractions)", () => {
    expect(p.events).toEqual([
      { id: "s1", name: "Mbledhja nr. 10", classification: "session", organization_id: "b1", start_date: "2026-11-10T09:02:00Z", end_date: "2026-11-10T12:00:00Z", sources: src("/seanca/s1") },
      { id: "s2", name: "Mbledhja nr. 11", classification: "session", organization_id: "b1", start_date: "2026-11-24T09:00:00Z", sources: src("/seanca/s2") },
    ]);
  });

  it("makes one motion per voted item, with the result of its last vote, and a vote event per closed vote", () => {
    expect(p.motions).toEqual([{
      id: "i1", organization_id: "b1", legislative_session_id: "s1", text: "Paketa fiskale", date: "2026-11-10T09:30:00Z",
      requirement: "absolute majority", result: "pass", sources: src("/seanca/s1"),
    }]);
    expect(p.vote_events.map((e) => [e.id, e.motion_id, e.result])).toEqual([["v1", "i1", "fail"], ["v2", "i1", "pass"]]);
    expect(p.vote_events[0].counts).toEqual([
      { option: "yes", value: 1 }, { option: "no", value: 1 }, { option: "abstain", value: 0 },
      { option: "recused", value: 1 }, { option: "not voting", value: 0 },
    ]);
  });

  it("has a vote per seat, by name: the ballots, the recused member (extension) and nobody else; group_id is the party", () => {
    expect(p.votes).toEqual([
      { vote_event_id: "v1", voter_id: "c2", option: "no", group_id: "party/pd" },
      { vote_event_id: "v1", voter_id: "c4", option: "recused", group_id: "party/ps" },
      { vote_event_id: "v1", voter_id: "c1", option: "yes", group_id: "party/ps" },
      { vote_event_id: "v2", voter_id: "c2", option: "yes", group_id: "party/pd" },
      { vote_event_id: "v2", voter_id: "c4", option: "recused", group_id: "party/ps" },
      { vote_event_id: "v2", voter_id: "c1", option: "yes", group_id: "party/ps" },
    ]);
    expect(p.votes.some((v) => "party_id" in v)).toBe(false);
  });

  it("gives a seated member who cast no ballot a 'not voting' vote", () => {
    const s = source();
    s.recusals = [];
    const votes = toPopolo(s, (path) => path).votes.filter((v) => v.vote_event_id === "v2");
    expect(votes).toContainEqual({ vote_event_id: "v2", voter_id: "c4", option: "not voting", group_id: "party/ps" });
    expect(votes).toHaveLength(3);
  });
});
