import { describe, expect, it } from "vitest";
import type { ConsultationGenderStatsFieldsFragment, InitiativeGenderStatsFieldsFragment } from "../gql/graphql";
import { reportDocument, reportFileName, reportRows, toCsv, toJson } from "./reportExport";

const stats: InitiativeGenderStatsFieldsFragment = {
  period: "2026-H2",
  total: 14,
  byWomen: 4,
  womenSharePct: 28.57,
  womenSeatSharePct: 49.02,
  allSponsorsWomenSharePct: 38.24,
  sponsorships: 34,
  ratioToSeatShare: 0.58,
  byKind: [{ kind: "MOTION", total: 4, byWomen: 2, womenSharePct: 50 }],
  byParty: [{ party: "Lëvizja \"Bashkë\", Elbasan", total: 1, byWomen: 0, womenSharePct: 0 }],
};
const participation: ConsultationGenderStatsFieldsFragment = {
  period: "2026-H2",
  consultations: 0,
  participants: 0,
  women: 0,
  womenSharePct: null,
  targetPct: 40,
  meetsTarget: null,
  vulnerableGroups: 0,
};

describe("the report's downloads", () => {
  it("writes one CSV row per figure, unrounded, quoting only where needed, empty for none", () => {
    const csv = toCsv(reportRows(stats, participation));
    expect(csv.split("\r\n")).toEqual([
      "period,breakdown,group,total,byWomen,womenSharePct,womenSeatSharePct,ratioToSeatShare",
      "2026-H2,initiatives,all,14,4,28.57,49.02,0.58",
      "2026-H2,sponsorships,all,34,,38.24,,",
      "2026-H2,kind,MOTION,4,2,50,,",
      '2026-H2,party,"Lëvizja ""Bashkë"", Elbasan",1,0,0,,',
      "2026-H2,consultationParticipants,all,0,0,,,",
      "",
    ]);
  });

  it("keeps the API's shape in JSON and names the files by half-year", () => {
    const doc = JSON.parse(toJson(reportDocument(stats, participation)));
    expect(doc.period).toBe("2026-H2");
    expect(doc.initiatives.womenSeatSharePct).toBe(49.02);
    expect(doc.initiatives.byKind).toEqual([{ kind: "MOTION", total: 4, byWomen: 2, womenSharePct: 50 }]);
    expect(doc.consultations.meetsTarget).toBeNull();
    expect(reportFileName("2026-H2", "csv")).toBe("nismat-sipas-gjinise-2026-H2.csv");
  });
});
