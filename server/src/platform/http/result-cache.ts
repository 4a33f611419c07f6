import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { ApolloServer, BaseContext } from "@apollo/server";
import type express from "express";
import { type DocumentNode, Kind, type OperationDefinitionNode, parse, print } from "graphql";
import { LRUCache } from "lru-cache";

/**
 * What the data looks like now (the composition root says how it is known: known-version.ts):
 * `epoch` moves with every committed change anywhere, `key` is everything an answer may depend
 * on besides the request (the epoch, and e.g. which session is "live" — that also moves with time).
 */
export type DataVersion = { epoch: string; key: string };

export type ResultCacheOptions<C extends BaseContext> = {
  apollo: ApolloServer<C>;
  maxTokens: number;
  /** The root fields whose answers depend only on the request and the data version (e.g. session, liveSession, sessions). */
  cacheableFields: readonly string[];
  /**
   * The version for a request arriving now, never older than any commit made before it on this
   * instance, nor than epoch `after` when the client says it has seen that one (header Kuvend-After).
   */
  currentVersion: (after: string | null) => Promise<DataVersion>;
  /** Runs before a miss is executed, with the version read for it (e.g. refresh in-memory state such as a calendar). */
  beforeExecute?: (version: DataVersion) => Promise<void>;
  /** The request's context, as Apollo's HTTP handler makes it. */
  context: (req: express.Request) => Promise<C>;
  /** Bytes of stored answers at most (default 32 MB). */
  maxBytes?: number;
};

type Encoding = "br" | "gzip";
/** One stored answer: its bytes, and its compressed forms, each made once, when a client first accepts it. */
type Entry = { body: Buffer; etag: string; br?: Buffer; gzip?: Buffer; compressing: Partial<Record<Encoding, Promise<Buffer>>> };

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
/** Smaller answers go as they are (the compression middleware's threshold too). */
const COMPRESS_FROM_BYTES = 1024;
/** `documentKey`: sha256 of the normalised document and the operation name, made once per document text. */
type Parsed = { cacheable: false } | { cacheable: true; documentKey: string };
type GraphqlRequest = { query: string; operationName?: string; variables?: Record<string, unknown> };

const PUBLIC_GET = "public, max-age=1, stale-while-revalidate=5";
const NOT_SHARED = "private, no-store";
const SIMPLE_CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

/**
 * Public answers of the read path, executed and serialised once per (document, operation,
 * variables, data version) and served as the same bytes until the version moves (docs/architecture.md,
 * "The public read cache"). Only anonymous queries whose root fields are all cacheable are
 * served here; anything else (mutations, other fields, a token, errors) goes on to Apollo untouched,
 * with `Cache-Control: private, no-store` when a token was sent.
 */
export class ResultCache<C extends BaseContext> {
  private readonly entries: LRUCache<string, Entry>;
  /** Parse and validation results by document text: at most 2,000 documents and 8 MB of their text (a request may send 100 kB). */
  private readonly documents = new LRUCache<string, Parsed>({ max: 2000, maxSize: 8 * 1024 * 1024, sizeCalculation: (_p, text) => text.length + 100 });
  private readonly misses = new Map<string, Promise<Entry | null>>();
  /**
   * A GET's request key by its raw address (after the preflight check): a crowd sends the same address, so its
   * query string is parsed, its variables read and its key made once, not per request. null: not served here.
   */
  private readonly getKeys = new LRUCache<string, { request: GraphqlRequest; requestKey: string } | { passOn: true }>({
    max: 2000, maxSize: 8 * 1024 * 1024, sizeCalculation: (_v, url) => url.length + 200,
  });
  readonly stats = { hits: 0, misses: 0, executions: 0, notModified: 0, passedOn: 0 };

  constructor(private readonly options: ResultCacheOptions<C>) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: options.maxBytes ?? 32 * 1024 * 1024,
      sizeCalculation: (e, key) => e.body.length + (e.br?.length ?? 0) + (e.gzip?.length ?? 0) + e.etag.length + key.length,
    });
  }

  /** Bytes of answers stored now (never above maxBytes). */
  get storedBytes(): number {
    return this.entries.calculatedSize;
  }

  get storedEntries(): number {
    return this.entries.size;
  }

  /** Forgets every stored answer, as a change does for the current version (tests and benchmarks: the cold path). */
  clear(): void {
    this.entries.clear();
  }

  /** The Express handler, in front of Apollo on /graphql (after the JSON body parser). */
  readonly middleware = (req: express.Request, res: express.Response, next: express.NextFunction): void => {
    if (req.headers.authorization !== undefined) {
      // Never shared: neither served from nor stored into the public entries.
      res.setHeader("Cache-Control", NOT_SHARED);
      res.vary("Authorization");
      return this.passOn(next);
    }
    res.setHeader("Cache-Control", "no-store"); // what Apollo answered before (its own header is off): a send below replaces it
    let keyed: { request: GraphqlRequest; requestKey: string } | { passOn: true } | undefined;
    if (req.method === "GET") {
      if (!preflighted(req)) return this.passOn(next); // Apollo refuses it (CSRF prevention)
      keyed = this.getKeys.get(req.originalUrl);
      if (!keyed) this.getKeys.set(req.originalUrl, (keyed = this.keyOf(req)));
    } else {
      keyed = this.keyOf(req);
    }
    if ("passOn" in keyed) return this.passOn(next);
    this.serve(req, res, keyed.request, keyed.requestKey).then((served) => {
      if (!served) this.passOn(next);
    }, () => this.passOn(next));
  };

  /** The request and its key (document, operation, variables, role), or passOn when this cache does not serve it. */
  private keyOf(req: express.Request): { request: GraphqlRequest; requestKey: string } | { passOn: true } {
    const request = this.requestOf(req);
    if (!request) return { passOn: true };
    const parsed = this.parse(request.query, request.operationName);
    if (!parsed.cacheable) return { passOn: true };
    try {
      return { request, requestKey: `${parsed.documentKey}\u0000${canonicalJson(request.variables ?? {})}\u0000public` };
    } catch {
      return { passOn: true };
    }
  }

  private passOn(next: express.NextFunction): void {
    this.stats.passedOn++;
    next();
  }

  /** Answers from the entry of (request, version), executing it once when missing; false when Apollo should answer instead (errors). */
  private async serve(req: express.Request, res: express.Response, request: GraphqlRequest, requestKey: string): Promise<boolean> {
    // Read before executing a miss: what is stored under a version is never older than it.
    const version = await this.options.currentVersion(seenEpoch(req.headers["kuvend-after"]));
    const key = `${requestKey}|${version.key}`;
    let entry = this.entries.get(key);
    if (entry) {
      this.stats.hits++;
    } else {
      this.stats.misses++;
      let pending = this.misses.get(key);
      if (!pending) {
        pending = this.execute(req, request, version, key).finally(() => this.misses.delete(key));
        this.misses.set(key, pending);
      }
      // An answer with errors is never stored nor shared: each such request goes on to Apollo on its own.
      entry = (await pending) ?? undefined;
      if (!entry) return false;
    }
    const encoding = entry.body.length >= COMPRESS_FROM_BYTES ? encodingFor(req.headers["accept-encoding"]) : null;
    this.send(req, res, entry, encoding, encoding ? await this.compressed(key, entry, encoding) : entry.body);
    return true;
  }

  /**
   * The entry's bytes in `encoding`, compressed once (off the event loop) and kept with it: a crowd of
   * browsers costs one compression per answer, not one per request. Set on the response with
   * Content-Encoding, the compression middleware leaves it alone.
   */
  private async compressed(key: string, entry: Entry, encoding: Encoding): Promise<Buffer> {
    const done = entry[encoding];
    if (done) return done;
    let pending = entry.compressing[encoding];
    if (!pending) {
      pending = encoding === "br"
        ? brotli(entry.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length } })
        : gzip(entry.body, { level: 6 });
      entry.compressing[encoding] = pending;
      pending.then((bytes) => {
        entry[encoding] = bytes;
        delete entry.compressing[encoding];
        if (this.entries.peek(key) === entry) this.entries.set(key, entry); // counts the new bytes against the bound
      }, () => delete entry.compressing[encoding]);
    }
    return pending;
  }

  /** Executes once for everyone waiting on `key`: the stored answer, or null when it had errors. */
  private async execute(req: express.Request, request: GraphqlRequest, version: DataVersion, key: string): Promise<Entry | null> {
    await this.options.beforeExecute?.(version);
    this.stats.executions++;
    const { status, body, errors } = await this.run(req, request);
    if (errors || status !== 200) return null;
    const entry: Entry = { body: Buffer.from(body), etag: `"v${version.epoch}-${sha256(key).slice(0, 12)}"`, compressing: {} };
    this.entries.set(key, entry);
    return entry;
  }

  private async run(req: express.Request, request: GraphqlRequest): Promise<{ status: number; body: string; errors: boolean }> {
    const contextValue = await this.options.context(req);
    const response = await this.options.apollo.executeOperation(request, { contextValue });
    if (response.body.kind !== "single") throw new Error("an incremental answer to a cacheable query");
    const result = response.body.singleResult;
    return { status: response.http.status ?? 200, body: JSON.stringify(result) + "\n", errors: (result.errors?.length ?? 0) > 0 };
  }

  private send(req: express.Request, res: express.Response, entry: Entry, encoding: Encoding | null, bytes: Buffer): void {
    // One validator per representation (RFC 9110 8.8.3): the compressed forms carry the encoding in theirs.
    const etag = encoding ? `${entry.etag.slice(0, -1)}-${encoding}"` : entry.etag;
    res.setHeader("ETag", etag);
    res.setHeader("Cache-Control", req.method === "GET" ? PUBLIC_GET : "no-store");
    res.vary("Authorization");
    if (entry.body.length >= COMPRESS_FROM_BYTES) res.vary("Accept-Encoding");
    if (matches(req.headers["if-none-match"], entry.etag)) {
      this.stats.notModified++;
      res.statusCode = 304;
      res.end();
      return;
    }
    res.statusCode = 200;
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    if (encoding) res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", bytes.length);
    res.end(bytes);
  }

  /** The GraphQL request of a GET (CSRF-safe as Apollo decides) or a JSON POST; null when it is not one this cache serves. */
  private requestOf(req: express.Request): GraphqlRequest | null {
    let source: Record<string, unknown>;
    let variables: unknown;
    if (req.method === "GET") {
      source = req.query as Record<string, unknown>;
      if (source.variables !== undefined) {
        if (typeof source.variables !== "string") return null;
        try {
          variables = JSON.parse(source.variables);
        } catch {
          return null;
        }
      }
    } else if (req.method === "POST") {
      if (!req.body || typeof req.body !== "object" || Array.isArray(req.body)) return null;
      source = req.body as Record<string, unknown>;
      variables = source.variables;
    } else {
      return null;
    }
    if (typeof source.query !== "string" || source.extensions !== undefined) return null;
    if (source.operationName !== undefined && source.operationName !== null && typeof source.operationName !== "string") return null;
    if (variables !== undefined && variables !== null && (typeof variables !== "object" || Array.isArray(variables))) return null;
    return {
      query: source.query,
      operationName: (source.operationName as string | null | undefined) ?? undefined,
      variables: (variables as Record<string, unknown> | null | undefined) ?? undefined,
    };
  }

  /**
   * Parsed once per document text: cacheable when the operation is a query of cacheable root fields only.
   * Validation is Apollo's, in the execution of a miss (with the query limits); an invalid document answers
   * with errors, so it is never stored and goes on to Apollo.
   */
  private parse(query: string, operationName: string | undefined): Parsed {
    const memo = `${operationName ?? ""}\u0000${query}`;
    const known = this.documents.get(memo);
    if (known) return known;
    let parsed: Parsed = { cacheable: false };
    try {
      const document = parse(query, { maxTokens: this.options.maxTokens });
      const operation = operationOf(document, operationName);
      if (operation && operation.operation === "query" && rootIsCacheable(operation, this.options.cacheableFields)) {
        parsed = { cacheable: true, documentKey: sha256(`${print(document)}\u0000${operationName ?? ""}`) };
      }
    } catch {
      // unparsable: Apollo answers it
    }
    this.documents.set(memo, parsed);
    return parsed;
  }
}

function operationOf(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName === undefined) return operations.length === 1 ? operations[0] : null;
  return operations.find((o) => o.name?.value === operationName) ?? null;
}

/** Only fields (no fragments at the root), each cacheable or __typename. */
function rootIsCacheable(operation: OperationDefinitionNode, fields: readonly string[]): boolean {
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (s.name.value === "__typename" || fields.includes(s.name.value)));
}

/** What Apollo's CSRF prevention lets through for a GET: a non-simple content type or a preflight header. */
function preflighted(req: express.Request): boolean {
  const type = req.headers["content-type"]?.split(";")[0].trim().toLowerCase();
  if (type && !SIMPLE_CONTENT_TYPES.includes(type)) return true;
  return ["x-apollo-operation-name", "apollo-require-preflight"].some((h) => {
    const v = req.headers[h];
    return typeof v === "string" && v.length > 0;
  });
}

/** The epoch a client says it has seen (it wrote through another instance): digits only, else none. */
function seenEpoch(header: string | string[] | undefined): string | null {
  return typeof header === "string" && /^\d{1,18}$/.test(header.trim()) ? header.trim() : null;
}

/** If-None-Match with weak comparison (RFC 9110 13.1.2), any representation of the same answer. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const base = etag.slice(0, -1);
  return header.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === etag || tag === `${base}-br"` || tag === `${base}-gzip"`;
  });
}

/** br when the client accepts it, else gzip, else none (q=0 refuses; `*` accepts). */
export function encodingFor(header: string | undefined): Encoding | null {
  if (!header) return null;
  const accepted = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (e: string) => (accepted.get(e) ?? accepted.get("*") ?? 0) > 0;
  return ok("br") ? "br" : ok("gzip") ? "gzip" : null;
}

/** JSON with object keys sorted at every depth: the same variables give the same key. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
