import { describe, expect, it } from "vitest";
import type { OssKpiQuery } from "../gql/graphql";
import { kpiFileName, kpiRecords, toCsv, toJson } from "./kpiExport";

type Row = OssKpiQuery["ossKpiBreakdown"][number];

const row = (office: [string, string], service: [string, string, string], received: number, extra: Partial<Row> = {}): Row => ({
  month: "2026-05",
  received,
  completed: 2,
  completedWithinSlaPct: 50,
  avgProcessingWorkingHours: 3.25,
  medianProcessingWorkingHours: 3,
  openBreaches: 1,
  complaints: 0,
  avgSatisfaction: null,
  ratings: 0,
  receivedFromWomen: 1,
  receivedFromMen: 1,
  receivedGenderUnknown: received - 2,
  office: { id: office[0], code: office[0], name: office[1], kind: "CENTRAL" },
  serviceType: { id: service[0], code: service[0], name: service[1], nameEn: service[2], category: "Gjendja civile" },
  ...extra,
});

const rows = [
  row(["NJA-PAPER", "Njësia Administrative Papër"], ["GC-CERT-PERS", "Certifikatë personale", "Personal certificate"], 4),
  row(["ZNN-QENDER", "Zyra me Një Ndalesë – Qendra"], ["TT-VERT-DET", 'Vërtetim "tatimor", vendor', "Local tax clearance"], 3),
];

describe("the breakdown as open data", () => {
  it("orders records by office then service", () => {
    expect(kpiRecords(rows).map((r) => r.officeCode)).toEqual(["NJA-PAPER", "ZNN-QENDER"]);
  });

  it("writes RFC 4180 CSV: header, CRLF, quotes only where needed, empty for none", () => {
    const csv = toCsv(kpiRecords(rows));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "month,officeCode,officeName,serviceCode,serviceName,serviceNameEn,category,received,completed,completedWithinSlaPct," +
        "avgProcessingWorkingHours,medianProcessingWorkingHours,openBreaches,complaints,avgSatisfaction,ratings," +
        "receivedFromWomen,receivedFromMen,receivedGenderUnknown",
    );
    expect(lines[1]).toBe(
      "2026-05,NJA-PAPER,Njësia Administrative Papër,GC-CERT-PERS,Certifikatë personale,Personal certificate,Gjendja civile,4,2,50,3.25,3,1,0,,0,1,1,2",
    );
    expect(lines[2]).toContain(',"Vërtetim ""tatimor"", vendor",');
    expect(lines).toHaveLength(4); // two records and the final line end
  });

  it("writes the same records as JSON, null kept as null", () => {
    const parsed = JSON.parse(toJson(kpiRecords(rows))) as Record<string, unknown>[];
    expect(parsed).toHaveLength(2);
    expect(parsed[0]).toMatchObject({ officeCode: "NJA-PAPER", received: 4, avgSatisfaction: null });
  });

  it("names the files by month", () => {
    expect(kpiFileName("2026-05", "csv")).toBe("znn-treguesit-2026-05.csv");
  });
});
