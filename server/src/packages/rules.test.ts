import { describe, expect, it } from "vitest";
import { asciiName, contentDisposition, packageFileName, storedFileName, zipName, zipPaths } from "./rules.js";

describe("storedFileName: the uploaded name's base with the extension of the type found in the content", () => {
  it.each([
    ["Projektvendim për çerdhen.pdf", "application/pdf", "Projektvendim për çerdhen.pdf"],
    ["raport.docx", "application/pdf", "raport.pdf"],
    ["C:\\Users\\sekretaria\\Desktop\\Rendi i ditës.PDF", "application/pdf", "Rendi i ditës.pdf"],
    ["../../etc/passwd.csv", "text/csv", "passwd.csv"],
    ['vendim "final"\r\n; x=1.pdf', "application/pdf", "vendim final x 1.pdf"],
    ["foto.jpeg", "image/jpeg", "foto.jpg"],
    ["...", "application/pdf", "Relacion.pdf"],
    ["", "image/png", "Relacion.png"],
  ] as const)("%j as %s → %j", (uploaded, type, stored) => {
    expect(storedFileName(uploaded, type, "Relacion")).toBe(stored);
  });

  it("keeps at most 200 characters, the extension included", () => {
    const name = storedFileName(`${"ë".repeat(300)}.pdf`, "application/pdf", "x");
    expect(name).toHaveLength(200);
    expect(name.endsWith("ë.pdf")).toBe(true);
  });
});

describe("contentDisposition (RFC 6266, RFC 5987)", () => {
  it("shows PDFs and pictures inline, offers everything else as an attachment", () => {
    expect(contentDisposition("a.pdf", "application/pdf")).toBe('inline; filename="a.pdf"');
    expect(contentDisposition("a.png", "image/png")).toBe('inline; filename="a.png"');
    expect(contentDisposition("a.pdf", "application/pdf", true)).toBe('attachment; filename="a.pdf"');
    expect(contentDisposition("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe('attachment; filename="a.docx"');
    expect(contentDisposition("a.csv", "text/csv")).toBe('attachment; filename="a.csv"');
    expect(contentDisposition("a.zip", "application/zip")).toBe('attachment; filename="a.zip"');
  });

  it("gives Albanian letters in UTF-8 (filename*) beside an ASCII look-alike", () => {
    expect(contentDisposition("Çerdhja në Kastriot.pdf", "application/pdf"))
      .toBe("inline; filename=\"Cerdhja ne Kastriot.pdf\"; filename*=UTF-8''%C3%87erdhja%20n%C3%AB%20Kastriot.pdf");
    expect(asciiName("Ëndërr’s (1).pdf")).toBe("Enderr_s (1).pdf");
  });
});

describe("names inside a package's ZIP", () => {
  it("puts the session's documents in 00 Seanca and each item's in its numbered folder, two of one name apart", () => {
    expect(zipPaths([
      { itemPosition: null, itemTitle: null, fileName: "Njoftim.pdf" },
      { itemPosition: 2, itemTitle: "Projektvendim për buxhetin 2027/2028", fileName: "projektvendim.pdf" },
      { itemPosition: 2, itemTitle: "Projektvendim për buxhetin 2027/2028", fileName: "Projektvendim.pdf" },
      { itemPosition: 10, itemTitle: "..", fileName: "a.csv" },
    ])).toEqual([
      "00 Seanca/Njoftim.pdf",
      "02 Projektvendim për buxhetin 2027 2028/projektvendim.pdf",
      "02 Projektvendim për buxhetin 2027 2028/Projektvendim (2).pdf",
      "10 _/a.csv",
    ]);
    expect(zipName("a".repeat(100))).toHaveLength(80);
  });

  it("names the ZIP after the day and the session", () => {
    expect(packageFileName("2026-12-02", "mbledhja-nr-11")).toBe("paketa-2026-12-02-mbledhja-nr-11.zip");
    expect(packageFileName("2026-12-02", "mbledhja-nr-11", 3)).toBe("paketa-2026-12-02-mbledhja-nr-11-pika-3.zip");
  });
});
