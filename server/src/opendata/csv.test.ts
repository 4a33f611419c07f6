import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.js";

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
});
