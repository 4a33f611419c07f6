import { describe, expect, it } from "vitest";
import { documentCount, formatSize, packageGroups, precheck, titleFromFileName, typeLabel } from "./model";

describe("meeting packages in the client", () => {
  it.each([
    [0, "0 B"], [900, "900 B"], [1536, "1,5 kB"], [20_480, "20 kB"], [3_400_000, "3,2 MB"], [25 * 1024 * 1024, "25 MB"],
  ])("formats %i bytes as %s in Albanian", (bytes, text) => {
    expect(formatSize(bytes, "sq").replace(/\u00a0/g, " ")).toBe(text);
  });

  it.each([
    [{ name: "bosh.pdf", size: 0 }, "empty"],
    [{ name: "i-madh.pdf", size: 26 * 1024 * 1024 }, "tooLarge"],
    [{ name: "vendim.exe", size: 10 }, "type"],
    [{ name: "pa-prapashtese", size: 10 }, "type"],
    [{ name: "vjeter.doc", size: 10 }, "type"],
    [{ name: "Relacion.PDF", size: 10 }, null],
    [{ name: "tabela.csv", size: 10 }, null],
    [{ name: "foto.jpeg", size: 10 }, null],
  ] as const)("prechecks %j as %s", (file, problem) => {
    expect(precheck(file, 25 * 1024 * 1024)).toBe(problem);
  });

  it("takes a title from a file name and names types as people know them", () => {
    expect(titleFromFileName("Projektvendim_buxheti  2027.pdf")).toBe("Projektvendim buxheti 2027");
    expect(typeLabel("application/vnd.oasis.opendocument.text")).toBe("ODT");
    expect(typeLabel("text/csv")).toBe("CSV");
  });

  it("groups the session's own documents first, then the items by position", () => {
    const session = {
      packageUrl: "/p.zip", documents: ["njoftim"],
      agenda: [
        { id: "b", position: 2, title: "Buxheti", packageUrl: "/b.zip", documents: ["projektvendim", "relacion"] },
        { id: "a", position: 1, title: "Procesverbali", packageUrl: null, documents: [] },
      ],
    };
    expect(packageGroups(session).map((g) => [g.key, g.position, g.documents.length])).toEqual([["session", null, 1], ["a", 1, 0], ["b", 2, 2]]);
    expect(documentCount(session)).toBe(3);
  });
});
