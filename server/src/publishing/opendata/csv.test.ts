import { describe, expect, it } from "vitest";
import { spreadsheetSafe, toCsv } from "./csv.js";

describe("toCsv (RFC 4180)", () => {
  const columns = ["id", "description", "recused", "for", "party"] as const;

  it("writes a header row and one CRLF-ended row per record; booleans as true/false, null as empty", () => {
    expect(toCsv(columns, [
      { id: "a", description: "Kam aksione", recused: true, for: 12, party: null },
      { id: "b", description: "Asnjë", recused: false, for: 0, party: "PS" },
    ])).toBe("id,description,recused,for,party\r\na,Kam aksione,true,12,\r\nb,Asnjë,false,0,PS\r\n");
  });

  it("quotes fields holding a comma, a quote or a line break, doubling quotes", () => {
    expect(toCsv(columns, [{ id: "a", description: 'Aksione në "Alfa, sh.p.k."\nrreshti 2', recused: false, for: 1, party: "x\ry" }]))
      .toBe('id,description,recused,for,party\r\na,"Aksione në ""Alfa, sh.p.k.""\nrreshti 2",false,1,"x\ry"\r\n');
  });

  it("writes the header even with no records", () => {
    expect(toCsv(columns, [])).toBe("id,description,recused,for,party\r\n");
  });

  it("prefixes a text cell that a spreadsheet would read as a formula with a single quote", () => {
    const hostile = ['=HYPERLINK("http://x","kliko")', "+1+2", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"];
    const csv = toCsv(["id", "description"] as const, hostile.map((description, i) => ({ id: String(i), description })));
    const [, ...rows] = csv.split("\r\n");
    expect(rows.slice(0, 3)).toEqual(['0,"\'=HYPERLINK(""http://x"",""kliko"")"', "1,'+1+2", "2,'-2+3"]);
    expect(rows[3]).toBe("3,'@SUM(A1:A9)");
    expect(rows[4]).toBe("4,'\t=1+1");
    expect(csv).toContain('5,"\'\r=1+1"');
  });

  it("leaves numbers (negative ones too), booleans, empty cells and ordinary text alone", () => {
    expect(toCsv(columns, [{ id: "a-1", description: "Tarifa -5% = lehtësim", recused: false, for: -5, party: null }]))
      .toBe("id,description,recused,for,party\r\na-1,Tarifa -5% = lehtësim,false,-5,\r\n");
    expect(spreadsheetSafe(" =1")).toBe(" =1");
    expect(spreadsheetSafe("")).toBe("");
  });
});
