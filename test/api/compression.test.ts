import http from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWebClient } from "../browser/browser.js";
import { startTestServer, type TestServer } from "../support/server.js";

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One request with node:http, so the body arrives as sent (fetch would decode it and hide the encoding). */
function raw(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

function decoded(r: Raw): string {
  const encoding = r.headers["content-encoding"];
  if (encoding === "br") return zlib.brotliDecompressSync(r.body).toString("utf8");
  if (encoding === "gzip") return zlib.gunzipSync(r.body).toString("utf8");
  return r.body.toString("utf8");
}

const varies = (r: Raw) => String(r.headers.vary ?? "").toLowerCase().split(/\s*,\s*/).includes("accept-encoding");

const LIVE = "query LiveSession { liveSession { id title status agenda { id title } attendance { councillor { id fullName } status } } }";

describe("compression and caching of what the server sends (issue 14 point 3)", () => {
  let t: TestServer;
  let webDist: string;
  let script: string; // /assets/index-<hash>.js, the entry the page loads first

  beforeAll(async () => {
    webDist = await buildWebClient();
    t = await startTestServer({ webDist });
    script = /src="(\/assets\/index-[^"]+\.js)"/.exec(readFileSync(path.join(webDist, "index.html"), "utf8"))![1];
  }, 120_000);

  afterAll(async () => {
    await t?.stop();
  });

  it("compresses GraphQL's JSON with brotli when accepted, gzip otherwise, and says it varies", async () => {
    const body = JSON.stringify({ query: LIVE });
    const post = (acceptEncoding: string) =>
      raw(`${t.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", "accept-encoding": acceptEncoding }, body });
    const br = await post("gzip, deflate, br");
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(varies(br)).toBe(true);
    const answer = JSON.parse(decoded(br)) as { data: { liveSession: { title: string } | null } };
    expect(answer.data.liveSession?.title).toBeTruthy();
    expect(br.body.length).toBeLessThan(Buffer.byteLength(decoded(br)));

    const gz = await post("gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(decoded(gz))).toEqual(answer);

    const plain = await post("identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(plain.body.toString("utf8"))).toEqual(answer);
  });

  it("answers a public query sent as GET with the preflight header, compressed, and refuses a GET without it (CSRF)", async () => {
    const address = `${t.url}/graphql?query=${encodeURIComponent(LIVE)}&operationName=LiveSession`;
    const get = await raw(address, { headers: { "apollo-require-preflight": "true", "accept-encoding": "br" } });
    expect(get.status).toBe(200);
    expect(get.headers["content-encoding"]).toBe("br");
    expect((JSON.parse(decoded(get)) as { data: { liveSession: unknown } }).data.liveSession).toBeTruthy();

    const simple = await raw(address, { headers: { "accept-encoding": "br" } });
    expect(simple.status).toBe(400);
  });

  it("sends the built files precompressed: hashed assets immutable for a year, index.html revalidated", async () => {
    const js = await raw(`${t.url}${script}`, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(js.status).toBe(200);
    expect(js.headers["content-encoding"]).toBe("br");
    expect(js.headers["content-type"]).toMatch(/javascript/);
    expect(js.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(varies(js)).toBe(true);
    // The very bytes the build wrote beside the file, and they decode to the file itself.
    expect(js.body.equals(readFileSync(path.join(webDist, `${script}.br`)))).toBe(true);
    expect(decoded(js)).toBe(readFileSync(path.join(webDist, script), "utf8"));

    const gz = await raw(`${t.url}${script}`, { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(decoded(gz)).toBe(readFileSync(path.join(webDist, script), "utf8"));

    const plain = await raw(`${t.url}${script}`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(readFileSync(path.join(webDist, script), "utf8"));

    for (const page of ["/", "/seancat", "/seanca/abc"]) {
      const html = await raw(`${t.url}${page}`, { headers: { "accept-encoding": "br, gzip" } });
      expect(html.status, page).toBe(200);
      expect(html.headers["content-type"], page).toMatch(/text\/html/);
      expect(html.headers["cache-control"], page).toBe("no-cache");
      expect(html.headers["content-encoding"], page).toBe("br");
      expect(varies(html), page).toBe(true);
      expect(decoded(html), page).toContain("Duke u ngarkuar");
    }

    const css = /href="(\/assets\/[^"]+\.css)"/.exec(decoded(await raw(`${t.url}/`)))![1];
    const style = await raw(`${t.url}${css}`, { headers: { "accept-encoding": "br" } });
    expect(style.headers["content-encoding"]).toBe("br");
    expect(style.headers["cache-control"]).toContain("immutable");

    // An unhashed public file: kept, but asked again.
    expect((await raw(`${t.url}/favicon.svg`)).headers["cache-control"]).toBe("no-cache");
    // A missing asset is a 404, not the page (a stale index.html would otherwise be cached as a script).
    expect((await raw(`${t.url}/assets/no-such-chunk.js`)).status).toBe(404);
  });

  it("leaves a PDF as it is: the minutes' PDF is not compressed, the minutes' JSON is", async () => {
    type Listed = { sessions: { id: string; status: string; minutes: { pdfUrl: string | null; jsonUrl: string | null } | null }[] };
    const listed = await t.gql<Listed>("{ sessions { id status minutes { pdfUrl jsonUrl } } }");
    let minutes = listed.data!.sessions.find((s) => s.minutes?.pdfUrl)?.minutes;
    if (!minutes) {
      const closed = listed.data!.sessions.find((s) => s.status === "CLOSED")!;
      const token = await t.login("sekretaria");
      const published = await t.gql<{ publishMinutes: { minutes: { pdfUrl: string; jsonUrl: string } } }>(
        "mutation($id: ID!) { publishMinutes(sessionId: $id) { id minutes { pdfUrl jsonUrl } } }", { id: closed.id }, token);
      minutes = published.data!.publishMinutes.minutes;
    }
    const pdf = await raw(`${t.url}${minutes.pdfUrl}`, { headers: { "accept-encoding": "br, gzip" } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers["content-type"]).toMatch(/application\/pdf/);
    expect(pdf.headers["content-encoding"]).toBeUndefined();
    expect(pdf.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const json = await raw(`${t.url}${minutes.jsonUrl}`, { headers: { "accept-encoding": "br, gzip" } });
    expect(json.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(decoded(json))).toBeTruthy();
  });

  it("compresses the open-data files and the Atom feed as they are made", async () => {
    for (const file of ["/open-data/votes.csv", "/open-data/popolo.json", "/feeds/kuvend.atom"]) {
      const r = await raw(`${t.url}${file}`, { headers: { "accept-encoding": "br" } });
      expect(r.status, file).toBe(200);
      if (Buffer.byteLength(decoded(r)) >= 1024) expect(r.headers["content-encoding"], file).toBe("br");
      expect(varies(r), file).toBe(true);
    }
  });
});
