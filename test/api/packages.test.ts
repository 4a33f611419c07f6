/* eslint-disable @typescript-eslint/no-explicit-any -- reads untyped JSON (GraphQL answers, HTTP bodies, SQL rows). */
import { createHash } from "node:crypto";
import { ZipArchive } from "archiver";
import yauzl from "yauzl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPdf } from "../../server/src/demo/packages.js";
import { pdfTextLines } from "../../server/src/minutes/pdf-text.js";
import { collect, freshDatabase, startTestServer, type TestServer } from "../support/server.js";
import { sessionRecipes } from "../support/session-recipes.js";

/**
 * Issue 15 point 4: meeting packages [paketa e mbledhjes]. Uploads over HTTP (multipart, the GraphQL
 * token and policy), the type found in the content, the size limit while reading, versions kept,
 * withdrawal on the record, the files served with safe headers, ZIPs read back, the PDF's text found
 * by the register's search, and everything still there after a restart.
 */
const sha256 = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");
const DOC_FIELDS = "id kind title fileName mediaType size sha256 version uploadedAt url agendaItemId withdrawnAt withdrawalReason versions { version fileName mediaType size sha256 uploadedAt url }";
const PACKAGE = `query($id: ID!) { session(id: $id) { id version packageUrl documents { ${DOC_FIELDS} } withdrawnDocuments { ${DOC_FIELDS} }
  agenda { id position title packageUrl documents { ${DOC_FIELDS} } } } }`;

type Part = { bytes: Buffer; name: string; type?: string };

async function zipOf(files: [string, string][]): Promise<Buffer> {
  const z = new ZipArchive({ zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  z.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => z.on("end", resolve));
  for (const [name, text] of files) z.append(Buffer.from(text), { name, store: name === "mimetype" });
  await z.finalize();
  await ended;
  return Buffer.concat(chunks);
}
const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/main.xml" ContentType="${main}"/></Types>`;

/** The ZIP's entries, read back with yauzl. */
function readZip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

describe("meeting packages [paketa e mbledhjes]", () => {
  let t: TestServer;
  let sec: string;
  let kd01: string;
  let pdf: Buffer;
  const recipes = sessionRecipes(() => t, () => sec);

  beforeAll(async () => {
    t = await startTestServer({ env: { PACKAGE_MAX_MB: "1" } });
    [sec, kd01] = await Promise.all([t.login("sekretaria"), t.login("kd01")]);
    pdf = await demoPdf("Projektvendim për çerdhen e lagjes", ["Neni 1. Ngrihet çerdhja me 40 vende; ujësjellësi i ri i lagjes Xhabrahim."]);
  });
  afterAll(() => t?.stop());

  async function upload(path: string, fields: Record<string, string>, file: Part | null, token: string | null = sec) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/octet-stream" }), file.name);
    const res = await fetch(`${t.url}${path}`, { method: "POST", body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: res.status, body: (await res.json()) as any };
  }
  const attach = (sessionId: string, fields: Record<string, string>, file: Part | null, token?: string | null) =>
    upload(`/packages/sessions/${sessionId}/documents`, fields, file, token);
  const packageOf = async (id: string) => (await t.gql(PACKAGE, { id })).data.session;
  const documentRows = async () => Number((await t.sql("SELECT count(*)::int AS n FROM meeting_document"))[0].n);

  it("attaches a PDF to an agenda item through the session command: version 1, the session's version +1, the audit event with the SHA-256", async () => {
    const s = await recipes.session("SCHEDULED");
    const before = await recipes.versionOf(s.sessionId);
    const r = await attach(s.sessionId, { kind: "DRAFT_ACT", title: "Projektvendim për çerdhen", agendaItemId: s.itemIds[0] }, { bytes: pdf, name: "projektvendim.pdf", type: "application/pdf" });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.document).toMatchObject({ kind: "DRAFT_ACT", title: "Projektvendim për çerdhen", fileName: "projektvendim.pdf", mediaType: "application/pdf", size: pdf.length, sha256: sha256(pdf), version: 1 });
    expect(await recipes.versionOf(s.sessionId)).toBe(before + 1);
    const [event] = await t.sql("SELECT * FROM audit_event WHERE action = 'attachDocument' AND subject_id = $1", [r.body.document.id]);
    expect(event).toMatchObject({ actor_role: "SECRETARIAT", session_id: s.sessionId, subject_type: "meetingDocument" });
    expect(event.after).toMatchObject({ sha256: sha256(pdf), size: pdf.length, version: 1, kind: "DRAFT_ACT", agendaItemId: s.itemIds[0] });

    const session = await packageOf(s.sessionId);
    expect(session.documents).toEqual([]); // the session's own documents: none
    expect(session.packageUrl).toBe(`/packages/sessions/${s.sessionId}.zip`);
    const [item] = session.agenda;
    expect(item.documents.map((d: any) => d.title)).toEqual(["Projektvendim për çerdhen"]);
    expect(item.packageUrl).toBe(`/packages/items/${s.itemIds[0]}.zip`);
    expect(session.agenda[1].documents).toEqual([]);
    expect(session.agenda[1].packageUrl).toBeNull();
  });

  it("tells subscribers of the session (sessionUpdated) when a document is attached", async () => {
    const s = await recipes.session("SCHEDULED");
    const feed = collect<any>(t.ws(), `subscription($id: ID!) { sessionUpdated(sessionId: $id) { id version packageUrl agenda { documents { title } } } }`, { id: s.sessionId });
    // Subscribed once a change is heard: attach until the first one arrives (the first attach may come before the subscription).
    let r = await attach(s.sessionId, { kind: "REPORT", agendaItemId: s.itemIds[1] }, { bytes: pdf, name: "relacion.pdf" });
    expect(r.status).toBe(201);
    const first = await feed.next((e) => e.sessionUpdated.agenda[1].documents.length > 0, 5000).catch(async () => {
      r = await attach(s.sessionId, { kind: "REPORT", agendaItemId: s.itemIds[1] }, { bytes: pdf, name: "relacion.pdf" });
      return feed.next((e) => e.sessionUpdated.agenda[1].documents.length > 0);
    });
    expect(first.sessionUpdated.agenda[1].documents[0]).toEqual({ title: "relacion" });
    expect(first.sessionUpdated.packageUrl).toBe(`/packages/sessions/${s.sessionId}.zip`);
    feed.dispose();
  });

  it("accepts PDF, DOCX, ODT, XLSX, CSV (UTF-8), JPEG and PNG by their content, and names each with its type's extension", async () => {
    const s = await recipes.session("SCHEDULED");
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2a1ed3c0000000049454e44ae426082", "hex");
    const jpeg = Buffer.concat([Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex"), Buffer.alloc(64, 0x20), Buffer.from("ffd9", "hex")]);
    const cases: [Part, string, string][] = [
      [{ bytes: pdf, name: "Vendim i Këshillit.pdf" }, "application/pdf", "Vendim i Këshillit.pdf"],
      [{ bytes: await zipOf([["[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")], ["word/document.xml", "<w/>"]]), name: "relacion.docx" },
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "relacion.docx"],
      [{ bytes: await zipOf([["mimetype", "application/vnd.oasis.opendocument.text"], ["content.xml", "<x/>"]]), name: "raport.odt" }, "application/vnd.oasis.opendocument.text", "raport.odt"],
      [{ bytes: await zipOf([["[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")], ["xl/workbook.xml", "<w/>"]]), name: "buxheti.xlsx" },
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "buxheti.xlsx"],
      [{ bytes: Buffer.from("Projekti;Shuma\nÇerdhja e re;42000000\n"), name: "investimet.csv", type: "text/csv" }, "text/csv", "investimet.csv"],
      [{ bytes: jpeg, name: "foto.jpeg" }, "image/jpeg", "foto.jpg"],
      [{ bytes: png, name: "harta.png" }, "image/png", "harta.png"],
      // A PDF named .docx is a PDF: the content decides, and the name follows it.
      [{ bytes: pdf, name: "gabim.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }, "application/pdf", "gabim.pdf"],
    ];
    for (const [file, mediaType, fileName] of cases) {
      const r = await attach(s.sessionId, { kind: "SUPPORTING" }, file);
      expect(r.status, `${file.name}: ${JSON.stringify(r.body)}`).toBe(201);
      expect(r.body.document, file.name).toMatchObject({ mediaType, fileName, size: file.bytes.length });
      const served = await fetch(`${t.url}${r.body.document.url}`);
      expect(Buffer.from(await served.arrayBuffer()).equals(file.bytes), file.name).toBe(true);
    }
  });

  it("refuses by content: a text file named .pdf, an executable named .docx, a ZIP, an old .doc, Windows-1252 CSV, binary CSV; nothing is stored", async () => {
    const s = await recipes.session("SCHEDULED");
    const before = await documentRows();
    const version = await recipes.versionOf(s.sessionId);
    const refused: [Part, RegExp][] = [
      [{ bytes: Buffer.from("Kjo nuk është PDF, vetëm tekst.\n"), name: "vendim.pdf", type: "application/pdf" }, /not one of the accepted types/],
      [{ bytes: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 1)]), name: "relacion.docx" }, /content is EXE/],
      [{ bytes: await zipOf([["a.txt", "tekst"]]), name: "paketa.docx" }, /content is ZIP/],
      [{ bytes: Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(600)]), name: "vjeter.doc" }, /content is CFB/],
      [{ bytes: Buffer.from("Projekti;Shuma\n\xc7erdhja;1\n", "latin1"), name: "tabela.csv", type: "text/csv" }, /not in UTF-8/],
      [{ bytes: Buffer.from("a;b\n\u0000\u0001;c\n"), name: "tabela.csv", type: "text/csv" }, /NUL bytes/],
      [{ bytes: Buffer.from("<html><script>alert(1)</script></html>"), name: "faqja.html", type: "text/html" }, /not one of the accepted types/],
    ];
    for (const [file, why] of refused) {
      const r = await attach(s.sessionId, { kind: "SUPPORTING" }, file);
      expect(r.status, file.name).toBe(400);
      expect(r.body.error.code, file.name).toBe("UNSUPPORTED_TYPE");
      expect(r.body.error.message, file.name).toMatch(why);
      if (!file.name.endsWith(".csv")) expect(r.body.error.message, file.name).toMatch(/accepted.*PDF, DOCX, ODT, XLSX, CSV/);
    }
    expect(await documentRows()).toBe(before);
    expect(await recipes.versionOf(s.sessionId)).toBe(version);
  });

  it("refuses an empty file, a missing file, a bad kind and an item of another session with 400/404 and a message", async () => {
    const s = await recipes.session("SCHEDULED");
    const other = await recipes.session("SCHEDULED");
    const empty = await attach(s.sessionId, { kind: "REPORT" }, { bytes: Buffer.alloc(0), name: "bosh.pdf", type: "application/pdf" });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/empty/);
    const none = await attach(s.sessionId, { kind: "REPORT" }, null);
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/Choose a file/);
    const kind = await attach(s.sessionId, { kind: "MEMO" }, { bytes: pdf, name: "a.pdf" });
    expect(kind.status).toBe(400);
    expect(kind.body.error).toMatchObject({ code: "BAD_USER_INPUT", fields: { kind: expect.stringMatching(/NOTICE/) } });
    const foreign = await attach(s.sessionId, { kind: "REPORT", agendaItemId: other.itemIds[0] }, { bytes: pdf, name: "a.pdf" });
    expect(foreign.status).toBe(404);
    const unknown = await attach("00000000-0000-4000-8000-000000000000", { kind: "REPORT" }, { bytes: pdf, name: "a.pdf" });
    expect(unknown.status).toBe(404);
  });

  it("refuses a file over PACKAGE_MAX_MB with 413 and a JSON error naming the limit, while reading it and when it announces its size", async () => {
    const s = await recipes.session("SCHEDULED");
    const before = await documentRows();
    for (const size of [1.3, 3]) {
      const big = Buffer.concat([pdf.subarray(0, 8), Buffer.alloc(Math.round(size * 1024 * 1024), 0x20)]);
      const r = await attach(s.sessionId, { kind: "REPORT" }, { bytes: big, name: "i-madh.pdf", type: "application/pdf" });
      expect(r.status, `${size} MB`).toBe(413);
      expect(r.body.error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", maxBytes: 1024 * 1024 });
      expect(r.body.error.message).toMatch(/limit of 1 MB/);
    }
    expect(await documentRows()).toBe(before);
  });

  it("refuses the public (401), a bad token (401), a councillor (403) and a closed session (409); none writes", async () => {
    const s = await recipes.session("SCHEDULED");
    const closed = await recipes.session("CLOSED");
    const before = await documentRows();
    const file = { bytes: pdf, name: "a.pdf" };
    const publicUpload = await attach(s.sessionId, { kind: "NOTICE" }, file, null);
    expect(publicUpload.status).toBe(401);
    expect(publicUpload.body.error.code).toBe("UNAUTHENTICATED");
    expect((await attach(s.sessionId, { kind: "NOTICE" }, file, "not-a-token")).status).toBe(401);
    const councillor = await attach(s.sessionId, { kind: "NOTICE" }, file, kd01);
    expect(councillor.status).toBe(403);
    expect(councillor.body.error).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/SECRETARIAT/) });
    const late = await attach(closed.sessionId, { kind: "NOTICE" }, file);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/closed/);
    const stale = await attach(s.sessionId, { kind: "NOTICE", expectedVersion: String(s.version - 1) }, file);
    expect(stale.status).toBe(409);
    expect(await documentRows()).toBe(before);
  });

  it("replacing keeps every earlier version on the record and at its own address; the same bytes again are refused", async () => {
    const s = await recipes.session("SCHEDULED");
    const first = await attach(s.sessionId, { kind: "AGENDA", title: "Rendi i ditës" }, { bytes: pdf, name: "rendi.pdf" });
    const id = first.body.document.id;
    const second = await demoPdf("Rendi i ditës (i ndryshuar)", ["1. Buxheti. 2. Çerdhja."]);
    const r = await upload(`/packages/documents/${id}/versions`, {}, { bytes: second, name: "rendi-v2.pdf" });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.document).toMatchObject({ version: 2, fileName: "rendi-v2.pdf", title: "Rendi i ditës", sha256: sha256(second) });
    expect(r.body.document.versions.map((v: any) => [v.version, v.sha256])).toEqual([[2, sha256(second)], [1, sha256(pdf)]]);

    const session = await packageOf(s.sessionId);
    expect(session.documents).toHaveLength(1);
    expect(session.documents[0].versions).toHaveLength(2);
    const current = Buffer.from(await (await fetch(`${t.url}${session.documents[0].url}`)).arrayBuffer());
    expect(current.equals(second)).toBe(true);
    const v1 = Buffer.from(await (await fetch(`${t.url}/packages/documents/${id}/versions/1`)).arrayBuffer());
    expect(v1.equals(pdf)).toBe(true);

    const again = await upload(`/packages/documents/${id}/versions`, {}, { bytes: second, name: "rendi-v2.pdf" });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/identical to version 2/);
    // The database keeps versions append-only, whatever the code does.
    await expect(t.sql("UPDATE meeting_document_version SET file_name = 'x.pdf' WHERE document_id = $1", [id])).rejects.toThrow(/append-only/);
    await expect(t.sql("DELETE FROM meeting_document WHERE id = $1", [id])).rejects.toThrow(/withdrawn, never deleted/);
  });

  it("renames and withdraws through GraphQL (SECRETARIAT only); a withdrawn document stays listed with its reason and is no longer served", async () => {
    const s = await recipes.session("SCHEDULED");
    const r = await attach(s.sessionId, { kind: "SUPPORTING", agendaItemId: s.itemIds[0] }, { bytes: pdf, name: "material.pdf" });
    const id = r.body.document.id;
    const RENAME = `mutation($i: RenameMeetingDocumentInput!) { renameMeetingDocument(input: $i) { id title kind } }`;
    const WITHDRAW = `mutation($i: WithdrawMeetingDocumentInput!) { withdrawMeetingDocument(input: $i) { id withdrawnAt withdrawalReason url } }`;
    expect((await t.gql(RENAME, { i: { documentId: id, title: "Relacion" } }, kd01)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await t.gql(RENAME, { i: { documentId: id, title: "Relacion" } })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await t.gql(RENAME, { i: { documentId: id, title: "  " } }, sec)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const renamed = await t.gql(RENAME, { i: { documentId: id, title: "Relacioni i drejtorisë", kind: "REPORT" } }, sec);
    expect(renamed.data.renameMeetingDocument).toEqual({ id, title: "Relacioni i drejtorisë", kind: "REPORT" });

    expect((await t.gql(WITHDRAW, { i: { documentId: id, reason: "" } }, sec)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const withdrawn = await t.gql(WITHDRAW, { i: { documentId: id, reason: "U ngarkua skedari i gabuar." } }, sec);
    expect(withdrawn.data.withdrawMeetingDocument).toMatchObject({ id, withdrawalReason: "U ngarkua skedari i gabuar.", url: null });
    expect((await t.gql(WITHDRAW, { i: { documentId: id, reason: "sërish" } }, sec)).errors?.[0].extensions?.code).toBe("CONFLICT");

    const session = await packageOf(s.sessionId);
    expect(session.agenda[0].documents).toEqual([]);
    expect(session.withdrawnDocuments.map((d: any) => [d.id, d.withdrawalReason])).toEqual([[id, "U ngarkua skedari i gabuar."]]);
    expect(session.packageUrl).toBeNull();
    expect((await fetch(`${t.url}/packages/documents/${id}`)).status).toBe(410);
    expect((await t.sql("SELECT count(*)::int AS n FROM meeting_document_file WHERE document_id = $1", [id]))[0].n).toBe(1); // still in the database
  });

  it("serves each file with its type, nosniff, a safe Content-Disposition (inline for PDF, attachment otherwise, RFC 5987 for ë and ç) and an ETag from the SHA-256", async () => {
    const s = await recipes.session("SCHEDULED");
    const r = await attach(s.sessionId, { kind: "DRAFT_ACT" }, { bytes: pdf, name: "Projektvendim për çerdhen <1>.pdf" });
    const res = await fetch(`${t.url}${r.body.document.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("etag")).toBe(`"${sha256(pdf)}"`);
    const disposition = res.headers.get("content-disposition")!;
    expect(disposition).toBe(`inline; filename="Projektvendim per cerdhen 1.pdf"; filename*=UTF-8''Projektvendim%20p%C3%ABr%20%C3%A7erdhen%201.pdf`);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe("Projektvendim për çerdhen 1.pdf");
    expect((await fetch(`${t.url}${r.body.document.url}`, { headers: { "if-none-match": `"${sha256(pdf)}"` } })).status).toBe(304);

    const csv = await attach(s.sessionId, { kind: "SUPPORTING" }, { bytes: Buffer.from("a;b\n1;2\n"), name: "tabela.csv", type: "text/csv" });
    const csvRes = await fetch(`${t.url}${csv.body.document.url}`);
    expect(csvRes.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csvRes.headers.get("content-disposition")).toBe('attachment; filename="tabela.csv"');
    expect((await fetch(`${t.url}/packages/documents/not-an-id`)).status).toBe(404);
    expect((await fetch(`${t.url}/packages/documents/${r.body.document.id}/versions/9`)).status).toBe(404);
  });

  it("streams the whole package and one item's documents as ZIPs, a folder per agenda item, current versions only", async () => {
    const s = await recipes.session("SCHEDULED");
    const notice = await demoPdf("Njoftim", ["Mbledhja zhvillohet të hënën."]);
    await attach(s.sessionId, { kind: "NOTICE", title: "Njoftim" }, { bytes: notice, name: "njoftim.pdf" });
    const draft = await attach(s.sessionId, { kind: "DRAFT_ACT", agendaItemId: s.itemIds[0] }, { bytes: pdf, name: "projektvendim.pdf" });
    const v2 = await demoPdf("Projektvendim v2", ["Version i dytë."]);
    await upload(`/packages/documents/${draft.body.document.id}/versions`, {}, { bytes: v2, name: "projektvendim.pdf" });
    const table = Buffer.from("a;b\n");
    await attach(s.sessionId, { kind: "SUPPORTING", agendaItemId: s.itemIds[1] }, { bytes: table, name: "../../etc/passwd.csv", type: "text/csv" });
    const gone = await attach(s.sessionId, { kind: "SUPPORTING", agendaItemId: s.itemIds[1] }, { bytes: notice, name: "gabim.pdf" });
    await t.gql(`mutation($i: WithdrawMeetingDocumentInput!) { withdrawMeetingDocument(input: $i) { id } }`, { i: { documentId: gone.body.document.id, reason: "Gabim" } }, sec);

    const res = await fetch(`${t.url}/packages/sessions/${s.sessionId}.zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="paketa-\d{4}-\d{2}-\d{2}-versioni-scheduled\.zip"$/);
    const entries = await readZip(Buffer.from(await res.arrayBuffer()));
    expect([...entries.keys()].sort()).toEqual(["00 Seanca/njoftim.pdf", "01 Pika 1/projektvendim.pdf", "02 Pika 2/passwd.csv"]);
    expect(entries.get("00 Seanca/njoftim.pdf")!.equals(notice)).toBe(true);
    expect(entries.get("01 Pika 1/projektvendim.pdf")!.equals(v2)).toBe(true);
    expect(entries.get("02 Pika 2/passwd.csv")!.equals(table)).toBe(true);

    const item = await fetch(`${t.url}/packages/items/${s.itemIds[0]}.zip`);
    expect(item.headers.get("content-disposition")).toMatch(/-pika-1\.zip"$/);
    expect([...(await readZip(Buffer.from(await item.arrayBuffer()))).keys()]).toEqual(["01 Pika 1/projektvendim.pdf"]);
    const empty = await recipes.session("SCHEDULED");
    expect((await fetch(`${t.url}/packages/sessions/${empty.sessionId}.zip`)).status).toBe(404);
  });

  it("extracts a PDF's text (unpdf) and the register of decisions finds it, with or without diacritics; a replaced text replaces the match", async () => {
    const s = await recipes.session("VOTING");
    const item = s.itemIds[0];
    const draft = await demoPdf("Projektvendim", ["Neni 1. Ndërtohet ujësjellësi i fshatit Gjergjan me çezma publike."]);
    const r = await attach(s.sessionId, { kind: "DRAFT_ACT", agendaItemId: item }, { bytes: draft, name: "ujesjellesi.pdf" });
    expect(r.status).toBe(201);
    const [stored] = await t.sql("SELECT text FROM meeting_document_version WHERE document_id = $1", [r.body.document.id]);
    expect(stored.text).toContain("ujësjellësi i fshatit Gjergjan me çezma publike");
    for (const c of s.members.slice(0, 30)) {
      await t.gql(`mutation($i: BallotInput!) { castBallot(input: $i) { id } }`, { i: { voteId: s.voteId, choice: "FOR", councillorId: c } }, sec);
    }
    await t.gql(`mutation($id: ID!) { closeVote(voteId: $id) { id } }`, { id: s.voteId }, sec);
    const SEARCH = `query($text: String!) { decisions(filter: { text: $text }) { total items { id match { source label text } } } }`;
    for (const words of ["ujesjellesi gjergjan", "ujësjellësi Gjergjan", "CEZMA"]) {
      const found = (await t.gql(SEARCH, { text: words })).data.decisions;
      expect(found.items.map((d: any) => d.id), words).toEqual([item]);
      expect(found.items[0].match).toMatchObject({ source: "package_document", label: "ujesjellesi" });
    }
    const revised = await demoPdf("Projektvendim", ["Neni 1. Ndërtohet ujësjellësi i fshatit Labinot-Mal."]);
    expect((await upload(`/packages/documents/${r.body.document.id}/versions`, {}, { bytes: revised, name: "ujesjellesi.pdf" })).status).toBe(200);
    expect((await t.gql(SEARCH, { text: "gjergjan" })).data.decisions.total).toBe(0);
    expect((await t.gql(SEARCH, { text: "labinot" })).data.decisions.items.map((d: any) => d.id)).toEqual([item]);
  });

  it("the published minutes' PDF links the session's package", async () => {
    const [{ id }] = await t.sql("SELECT id FROM council_session WHERE title = 'Mbledhja e Këshillit Bashkiak nr. 9'");
    await t.gql("mutation($id: ID!) { publishMinutes(sessionId: $id) { id } }", { id }, sec); // refused harmlessly if the demo published them
    const res = await fetch(`${t.url}/minutes/${id}.pdf`);
    expect(res.status).toBe(200);
    // The printed lines wrap wherever the page ends them: compared without spaces.
    const text = pdfTextLines(Buffer.from(await res.arrayBuffer())).join("").replace(/\s+/g, "");
    expect(text).toContain(`Paketaembledhjes(dokumentetembledhjes,ZIP):${t.url}/packages/sessions/${id}.zip`);
  });

  it("the demo's documents are searchable: a district named only in the budget's draft, the waste regulation's containers", async () => {
    const SEARCH = `query($text: String!) { decisions(filter: { text: $text }) { items { title match { source label } } } }`;
    const cerdhe = (await t.gql(SEARCH, { text: "kastriot" })).data.decisions.items;
    expect(cerdhe.some((d: any) => d.match?.source === "package_document" && /buxhetit afatmesëm/.test(d.title))).toBe(true);
    const waste = (await t.gql(SEARCH, { text: "kontejnere letren plastiken" })).data.decisions.items;
    expect(waste.map((d: any) => d.match?.label)).toContain("Projektvendim për rregulloren e grumbullimit të diferencuar të mbetjeve urbane");
  });
});

describe("a meeting package after a restart", () => {
  it("is still there, byte for byte, when the server starts again on the same database", async () => {
    const db = await freshDatabase();
    try {
      const first = await startTestServer({ databaseUrl: db.url });
      const sec = await first.login("sekretaria");
      const [{ id: sessionId }] = await first.sql("SELECT id FROM council_session WHERE title = 'Mbledhja e Këshillit Bashkiak nr. 11'");
      const bytes = await demoPdf("Relacion", ["Relacioni i komisionit për buxhetin."]);
      const form = new FormData();
      form.append("kind", "REPORT");
      form.append("file", new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), "relacion-buxheti.pdf");
      const res = await fetch(`${first.url}/packages/sessions/${sessionId}/documents`, { method: "POST", body: form, headers: { authorization: `Bearer ${sec}` } });
      expect(res.status).toBe(201);
      const { document } = (await res.json()) as any;
      await first.stop();

      const second = await startTestServer({ databaseUrl: db.url });
      try {
        const again = await fetch(`${second.url}${document.url}`);
        expect(again.status).toBe(200);
        expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
        const listed = await second.gql(`query($id: ID!) { session(id: $id) { documents { id sha256 } } }`, { id: sessionId });
        expect(listed.data.session.documents).toContainEqual({ id: document.id, sha256: sha256(bytes) });
      } finally {
        await second.stop();
      }
    } finally {
      await db.drop();
    }
  });
});
