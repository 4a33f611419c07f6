import {
  type GraphQLField, type GraphQLObjectType, type GraphQLSchema, getNamedType, isEnumType, isInterfaceType, isNonNullType, isObjectType,
  isScalarType, isUnionType,
} from "graphql";
import yauzl from "yauzl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfTextLines } from "../../server/src/minutes/pdf-text.js";
import { buildKuvendSchema } from "../../server/src/schema/build.js";
import { publicFormProof, startTestServer, type TestServer } from "../support/server.js";

/**
 * Issue 16: "personal data never in any public answer, export, feed or minutes". Filings are seeded through each
 * area's own mutations with unique markers (names, e-mails, phones, addresses, signature lists); then every public
 * output is fetched anonymously — every query of the schema with every public field it has (walked from the schema,
 * so a new query or field is covered the moment it exists), the open-data files, the Atom and iCalendar feeds, the
 * published minutes (JSON and the PDF's text), the meeting packages' ZIPs and /ndiq's answers — and none may hold a
 * marker. The secretariat's own views do show them, so the search would find them if they leaked.
 *
 * A published comment's author name is published with it by design (comments/inputs.ts: "Published with the
 * comment"), so the markers of the one comment this test publishes are its e-mail only.
 */
let t: TestServer;
let schema: GraphQLSchema;
let sec: string;
let oss: string;

const TAG = `q${Date.now().toString(36).slice(-5)}`; // one run's markers never match another's
const mark = (what: string) => `Shenja${what}${TAG}`;
const MARKERS = {
  commentName: `${mark("Komentuese")} Mbiemri`, commentEmail: `koment.${TAG}@shenja.example`,
  paperCommentName: `${mark("Letre")} Hoxha`, paperCommentEmail: `letra.${TAG}@shenja.example`,
  publishedCommentEmail: `publikuar.${TAG}@shenja.example`,
  petitionerName: `${mark("Peticionuese")} Kola`, petitionEmail: `peticion.${TAG}@shenja.example`, petitionPhone: "+355 69 771 3951",
  signatureName: `${mark("Nenshkruese")} Dushku`, paperPetitionerName: `${mark("Letrapeticion")} Leka`, paperPetitionPhone: "+355 68 552 7713",
  requesterName: `${mark("Kerkuese")} Prifti`, requesterEmail: `kerkese.${TAG}@shenja.example`, requesterPhone: "+355 67 339 8812",
  requesterAddress: `Rruga ${mark("Adrese")} nr. 7`, counterRequesterName: `${mark("Sporteli")} Meta`, counterRequesterEmail: `sporteli.${TAG}@shenja.example`,
};
/** The phones as digits too: an output could reformat them. */
const NEEDLES = [...Object.values(MARKERS), ...[MARKERS.petitionPhone, MARKERS.paperPetitionPhone, MARKERS.requesterPhone].map((p) => p.replace(/\D/g, ""))];
const found = (text: string) => NEEDLES.filter((n) => text.includes(n) || text.toLowerCase().includes(n.toLowerCase()));

const receipts: { reference: string; code: string; kind: string }[] = [];
const ids = new Set<string>();
let item = ""; // the draft open for comment

async function ok(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const r = await t.gql(query, variables, token);
  if (r.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data;
}

beforeAll(async () => {
  t = await startTestServer({ slaTickMs: null, env: { PUBLIC_FORM_MIN_SECONDS: "0", PUBLIC_FORMS_PER_HOUR: "1000" } });
  schema = await buildKuvendSchema();
  sec = await t.login("sekretaria");
  oss = await t.login("oss");

  // One Stop Shop: the counter's request (its only personal datum is the citizen's gender) and its receipt.
  const { submitServiceRequest: req } = await ok("mutation($i: ServiceRequestInput!) { submitServiceRequest(input: $i) { id } }", { i: { serviceTypeCode: "GC-CERT-PERS", citizenGender: "FEMALE" } }, oss);
  ids.add(req.id);
  receipts.push((await ok("mutation($id: ID!) { printServiceRequestReceipt(id: $id) { reference code kind } }", { id: req.id }, oss)).printServiceRequestReceipt);

  // Comments on the open budget draft: one online left pending, one from paper, one published and answered.
  const { draftsOpenForComment } = await ok("{ draftsOpenForComment { agendaItemId } }");
  item = draftsOpenForComment[0].agendaItemId;
  ids.add(item);
  const SUBMIT_COMMENT = "mutation($input: DraftCommentInput!, $proof: PublicFormProof!) { submitDraftComment(input: $input, proof: $proof) { commentId receipt { reference code kind } } }";
  const pending = (await ok(SUBMIT_COMMENT, { proof: await publicFormProof(t), input: { agendaItemId: item, authorName: MARKERS.commentName, email: MARKERS.commentEmail, gender: "FEMALE", vulnerableGroup: true, text: "Kërkoj më shumë çerdhe në lagjen time." } })).submitDraftComment;
  const paper = (await ok("mutation($input: PaperCommentInput!) { recordPaperComment(input: $input) { commentId receipt { reference code kind } } }", { input: { agendaItemId: item, authorName: MARKERS.paperCommentName, email: MARKERS.paperCommentEmail, gender: "MALE", text: "Ndriçim në rrugët e fshatit." } }, sec)).recordPaperComment;
  const published = (await ok(SUBMIT_COMMENT, { proof: await publicFormProof(t), input: { agendaItemId: item, authorName: "Qytetar i Publikuar", email: MARKERS.publishedCommentEmail, gender: "OTHER", text: "Më shumë hapësira të gjelbra." } })).submitDraftComment;
  await ok("mutation($id: ID!) { publishDraftComment(id: $id) { id } }", { id: published.commentId }, sec);
  await ok("mutation($id: ID!) { answerDraftComment(id: $id, outcome: PARTLY_ACCEPTED, reason: \"Pjesërisht në buxhet.\") { id } }", { id: published.commentId }, sec);
  for (const c of [pending, paper, published]) { ids.add(c.commentId); receipts.push(c.receipt); }

  // Petitions: a private person's online with a signature list, and one registered from paper, taken under review.
  const online = (await ok("mutation($input: PetitionInput!, $proof: PublicFormProof!) { submitPetition(input: $input, proof: $proof) { petition { id } receipt { reference code kind } } }", {
    proof: await publicFormProof(t),
    input: { petitionerKind: "PERSON", petitionerName: MARKERS.petitionerName, contactEmail: MARKERS.petitionEmail, contactPhone: MARKERS.petitionPhone, title: "Park lojërash te lagjja e re", text: "Kërkojmë një park lojërash për fëmijët.", signaturesCount: 2, signatureList: `${MARKERS.signatureName}, Rruga e Shkollës\n${MARKERS.petitionerName}` },
  })).submitPetition;
  const onPaper = (await ok("mutation($input: PaperPetitionInput!) { registerPetition(input: $input) { petition { id version } receipt { reference code kind } } }", {
    input: { petitionerKind: "PERSON", petitionerName: MARKERS.paperPetitionerName, contactPhone: MARKERS.paperPetitionPhone, title: "Ujësjellësi i fshatit", text: "Uji mungon çdo verë.", signaturesCount: 40 },
  }, sec)).registerPetition;
  await ok("mutation($id: ID!) { reviewPetition(id: $id) { id } }", { id: onPaper.petition.id }, sec);
  for (const p of [online, onPaper]) { ids.add(p.petition.id); receipts.push(p.receipt); }

  // Requests for public documents: online, and at the counter (then taken in hand).
  const asked = (await ok("mutation($i: DocumentRequestInput!, $p: PublicFormProof!) { submitDocumentRequest(input: $i, proof: $p) { request { id } receipt { reference code kind } } }", {
    p: await publicFormProof(t),
    i: { requesterName: MARKERS.requesterName, requesterEmail: MARKERS.requesterEmail, requesterPhone: MARKERS.requesterPhone, requesterAddress: MARKERS.requesterAddress, documents: "Kontrata e ndriçimit rrugor 2025." },
  })).submitDocumentRequest;
  const counter = (await ok("mutation($i: CounterDocumentRequestInput!) { registerDocumentRequest(input: $i) { request { id } receipt { reference code kind } } }", {
    i: { requesterName: MARKERS.counterRequesterName, requesterEmail: MARKERS.counterRequesterEmail, documents: "Procesverbali i mbledhjes së marsit." },
  }, oss)).registerDocumentRequest;
  await ok("mutation($id: ID!) { startDocumentRequest(id: $id) { id } }", { id: counter.request.id }, sec);
  for (const d of [asked, counter]) { ids.add(d.request.id); receipts.push(d.receipt); }

  // The sessions (for session-scoped queries, minutes and packages); the closed ones' minutes are published.
  const sessions = await t.sql<{ id: string; status: string }>("SELECT id, status FROM council_session");
  for (const s of sessions) {
    ids.add(s.id);
    if (s.status === "CLOSED") await t.gql("mutation($id: ID!) { publishMinutes(sessionId: $id) { id } }", { id: s.id }, sec); // already published: refused, fine
  }
  for (const r of await t.sql<{ id: string }>("SELECT id FROM councillor ORDER BY full_name LIMIT 3")) ids.add(r.id);
  for (const r of await t.sql<{ id: string }>("SELECT id FROM body")) ids.add(r.id);
}, 180_000);

afterAll(() => t?.stop());

// ---- every public query, with every field it has, from the schema ----

/** A selection of every field of `type` whose arguments may all be left out, to `depth` levels. */
function selectionOf(type: GraphQLObjectType, depth: number, seen: string[] = []): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isScalarType(named) || isEnumType(named)) parts.push(f.name);
    else if (isObjectType(named) && depth > 0 && seen.filter((s) => s === named.name).length < 2) {
      const inner = selectionOf(named, depth - 1, [...seen, named.name]);
      if (inner) parts.push(`${f.name} { ${inner} }`);
    } else if ((isUnionType(named) || isInterfaceType(named)) && depth > 0) {
      const members = isUnionType(named) ? named.getTypes() : schema.getPossibleTypes(named);
      const inner = members.map((m) => `... on ${m.name} { ${selectionOf(m, depth - 1, [...seen, m.name]) || "__typename"} }`).join(" ");
      parts.push(`${f.name} { __typename ${inner} }`);
    }
  }
  return parts.join(" ");
}

const month = new Date().toISOString().slice(0, 7);
const year = String(new Date().getFullYear());
/** Values to try for a required argument, by type and name; IDs: every id this test knows. */
function candidates(name: string, typeName: string): unknown[] {
  if (typeName === "ID") return [...ids];
  if (name === "month") return [month];
  if (name === "period") return [year, `${year}-H1`, `${year}-H2`, month];
  if (typeName === "DateTime") return [new Date().toISOString()];
  if (typeName === "Int") return [1];
  if (typeName === "Boolean") return [true];
  return ["Kuvend"];
}

/** Every combination of the candidates for a field's required arguments (IDs vary; the rest take their first value). */
function argumentSets(field: GraphQLField<unknown, unknown>): Record<string, unknown>[] {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  let sets: Record<string, unknown>[] = [{}];
  for (const a of required) {
    const values = candidates(a.name, getNamedType(a.type).name);
    sets = sets.flatMap((s) => values.map((v) => ({ ...s, [a.name]: v })));
  }
  return sets.slice(0, 200);
}

describe("personal data never leaves the secretariat", () => {
  it("the secretariat and the counter do see the seeded personal data (so the search below can fail)", async () => {
    const views = [
      await t.gql("query($id: ID) { commentModerationQueue(agendaItemId: $id, all: true) { authorName email } }", { id: item }, sec),
      await t.gql("{ documentRequestCases { requesterName requesterEmail requesterPhone requesterAddress } }", {}, sec),
      ...await Promise.all((await t.sql<{ id: string }>("SELECT id FROM petition WHERE title IN ('Park lojërash te lagjja e re', 'Ujësjellësi i fshatit')")).map((p) =>
        t.gql("query($id: ID!) { petitionPersonalData(id: $id) { petitionerName contactEmail contactPhone signatureList } }", { id: p.id }, sec))),
    ];
    for (const v of views) expect(v.errors).toBeUndefined();
    const text = JSON.stringify(views);
    expect(Object.entries(MARKERS).filter(([, v]) => !text.includes(v)).map(([key]) => key)).toEqual([]);
  });

  it("no public GraphQL query answers a marker, whatever it is asked for", async () => {
    const queryType = schema.getQueryType()!;
    const leaks: string[] = [];
    let answered = 0;
    for (const field of Object.values(queryType.getFields())) {
      if (field.name === "trackRequest") continue; // below, with the receipts
      const named = getNamedType(field.type);
      const selection = isObjectType(named) ? ` { ${selectionOf(named, 4) || "__typename"} }` : "";
      const vars = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
      const decl = vars.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
      const args = vars.map((a) => `${a.name}: $${a.name}`).join(", ");
      const query = `query${decl ? `(${decl})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`;
      for (const variables of argumentSets(field)) {
        const r = await t.gql(query, variables);
        if (r.data?.[field.name] !== null && r.data?.[field.name] !== undefined) answered++;
        expect(r.errors?.filter((e) => e.extensions?.code === "GRAPHQL_VALIDATION_FAILED") ?? [], `${field.name} must be a valid query`).toEqual([]);
        const hits = found(JSON.stringify(r));
        if (hits.length) leaks.push(`${field.name}(${JSON.stringify(variables)}): ${hits.join(", ")}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(answered).toBeGreaterThan(40); // the walk reached real data, not just refusals
  }, 300_000);

  it("/ndiq's answers for every receipt hold no marker", async () => {
    expect(receipts.map((r) => r.kind).sort()).toEqual(["DOCUMENT_REQUEST", "DOCUMENT_REQUEST", "DRAFT_COMMENT", "DRAFT_COMMENT", "DRAFT_COMMENT", "PETITION", "PETITION", "SERVICE_REQUEST"]);
    const TRACK = "query($r: String!, $c: String!) { trackRequest(reference: $r, code: $c) { reference kind title status receivedAt dueAt slaState history { at status note } } }";
    for (const r of receipts) {
      const answer = await t.gql(TRACK, { r: r.reference, c: r.code });
      expect(answer.errors, r.reference).toBeUndefined();
      expect(found(JSON.stringify(answer)), r.reference).toEqual([]);
      expect(JSON.stringify(answer)).not.toMatch(/FEMALE|"MALE"|gender/);
    }
  });

  it("the open-data files, the Atom and iCalendar feeds hold no marker", async () => {
    const paths = [
      ...["declarations", "votes", "ballots", "speeches", "attendance", "petitions", "document-requests", "consultation-reports", "decisions"].flatMap((f) => [`/open-data/${f}.csv`, `/open-data/${f}.json`]),
      "/open-data/popolo.json", "/feeds/kuvend.atom", "/kalendari.ics",
      ...(await t.sql<{ id: string }>("SELECT id FROM body")).map((b) => `/kalendari/${b.id}.ics`),
      ...[...ids].flatMap((id) => [`/open-data/consultation-reports/${id}.csv`, `/open-data/consultation-reports/${id}.json`]),
    ];
    const served: string[] = [];
    const leaks: string[] = [];
    for (const path of paths) {
      const res = await fetch(`${t.url}${path}`);
      const text = await res.text();
      if (res.status === 200) served.push(path);
      const hits = found(text);
      if (hits.length) leaks.push(`${path}: ${hits.join(", ")}`);
    }
    expect(leaks).toEqual([]);
    for (const must of ["/open-data/petitions.csv", "/open-data/consultation-reports.json", "/feeds/kuvend.atom", "/kalendari.ics", "/open-data/popolo.json"]) expect(served).toContain(must);
    expect(served.filter((p) => p.startsWith("/open-data/consultation-reports/")).length).toBeGreaterThan(0);
  });

  it("the published minutes (JSON and PDF) and the meeting packages hold no marker", async () => {
    const leaks: string[] = [];
    let minutes = 0;
    let packages = 0;
    const sessions = await t.sql<{ id: string }>("SELECT id FROM council_session");
    const items = await t.sql<{ id: string }>("SELECT id FROM agenda_item");
    for (const { id } of sessions) {
      const json = await fetch(`${t.url}/minutes/${id}.json`);
      const jsonText = await json.text();
      const pdf = await fetch(`${t.url}/minutes/${id}.pdf`);
      const pdfBytes = Buffer.from(await pdf.arrayBuffer());
      if (json.status === 200) minutes++;
      const pdfText = pdf.status === 200 ? pdfTextLines(pdfBytes).join("\n") : "";
      for (const [what, text] of [["json", jsonText], ["pdf", pdfText]] as const) {
        const hits = found(text);
        if (hits.length) leaks.push(`/minutes/${id}.${what}: ${hits.join(", ")}`);
      }
    }
    for (const path of [...sessions.map((s) => `/packages/sessions/${s.id}.zip`), ...items.map((i) => `/packages/items/${i.id}.zip`)]) {
      const res = await fetch(`${t.url}${path}`);
      if (res.status !== 200) continue;
      packages++;
      for (const [name, bytes] of await readZip(Buffer.from(await res.arrayBuffer()))) {
        const text = name.toLowerCase().endsWith(".pdf") ? `${name}\n${pdfTextLines(bytes).join("\n")}` : `${name}\n${bytes.toString("utf8")}`;
        const hits = found(text);
        if (hits.length) leaks.push(`${path} ${name}: ${hits.join(", ")}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(minutes).toBeGreaterThan(0);
    expect(packages).toBeGreaterThan(0);
  }, 120_000);
});

/** A ZIP's entries (yauzl). */
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
          stream.on("end", () => { entries.set(entry.fileName, Buffer.concat(chunks)); zip.readEntry(); });
        });
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}
