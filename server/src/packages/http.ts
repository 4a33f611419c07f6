import { createHash } from "node:crypto";
import type { Express, Request, Response } from "express";
import type { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { ZipArchive } from "archiver";
import { z } from "zod";
import { actorFromAuthorization } from "../auth/actor-from-header.js";
import { authorize } from "../auth/policy.js";
import type { Actor, Tokens } from "../auth/tokens.js";
import { fromDatabaseError, isWellFormedId } from "../platform/errors.js";
import type { Logger } from "../platform/logger.js";
import { slugOf, tiranaDate } from "../platform/tirana-time.js";
import { parseInput, text } from "../platform/validation.js";
import { checkDocumentType, pdfText } from "./content.js";
import { attachDocument } from "./commands/attach-document.js";
import type { CheckedFile } from "./commands/common.js";
import { replaceDocument } from "./commands/replace-document.js";
import { DocumentKind } from "./model.js";
import { documentById, fileBytes, packageEntries, servedFile } from "./queries.js";
import { contentDisposition, packageFileName, storedFileName, zipPaths } from "./rules.js";
import { readUpload, type ReceivedFile, UploadRefused } from "./upload.js";

export type PackageRouteDeps = { ds: DataSource; tokens: Tokens; log: Logger; maxBytes: number; clientAddress: (req: Request) => string };

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404, CONFLICT: 409 };

const version = z.preprocess((v) => (v === undefined || v === "" ? undefined : Number(v)), z.number().int().positive().optional());
const AttachFields = z.object({
  kind: z.enum(DocumentKind, { message: "must be one of NOTICE, AGENDA, DRAFT_ACT, REPORT, SUPPORTING" }),
  title: text(300).optional(),
  agendaItemId: z.string().trim().optional().transform((v) => v || null),
  expectedVersion: version,
});
const ReplaceFields = z.object({ expectedVersion: version });

/**
 * Meeting packages over plain HTTP (the bytes do not go through GraphQL):
 *   POST /packages/sessions/:sessionId/documents    SECRETARIAT: attach a document (multipart: kind, title?, agendaItemId?, expectedVersion?, file)
 *   POST /packages/documents/:documentId/versions   SECRETARIAT: replace its file with a new version (multipart: expectedVersion?, file)
 *   GET  /packages/documents/:documentId            the current version, for everyone
 *   GET  /packages/documents/:documentId/versions/:n  version n (a stable address)
 *   GET  /packages/sessions/:sessionId.zip          the whole package as a ZIP, a folder per agenda item
 *   GET  /packages/items/:agendaItemId.zip          one item's documents as a ZIP
 * Uploads carry the same `Authorization: Bearer` token as GraphQL and are authorised by the same policy
 * (auth/policy.ts, "package.manage"); the write is a session command (locked, versioned, audited, announced).
 * Refusals answer JSON `{ error: { code, message } }` with 400, 401, 403, 404, 409 or 413.
 */
export function mountPackageRoutes(app: Express, deps: PackageRouteDeps): void {
  const { ds, log } = deps;

  app.post("/packages/sessions/:sessionId/documents", (req, res) => upload(req, res, async (actor, received) => {
    const sessionId = String(req.params.sessionId);
    const fields = parseInput(AttachFields, received.fields);
    const file = await checkedFile(received.file, fields.title ?? null);
    const title = fields.title ?? file.fileName.replace(/\.[a-z]+$/, "");
    return attachDocument(ds, actor, { sessionId, agendaItemId: fields.agendaItemId, kind: fields.kind, title, file, expectedVersion: fields.expectedVersion });
  }));

  app.post("/packages/documents/:documentId/versions", (req, res) => upload(req, res, async (actor, received) => {
    const documentId = String(req.params.documentId);
    const fields = parseInput(ReplaceFields, received.fields);
    const current = isWellFormedId(documentId) ? await documentById(ds, documentId) : null;
    const file = await checkedFile(received.file, current?.title ?? null);
    return replaceDocument(ds, actor, { documentId, file, expectedVersion: fields.expectedVersion });
  }));

  app.get("/packages/documents/:documentId", (req, res) => serveVersion(req, res, null));
  app.get("/packages/documents/:documentId/versions/:version", (req, res) => {
    const n = Number(req.params.version);
    if (!Number.isInteger(n) || n < 1 || n > 1_000_000) return notFound(res);
    return serveVersion(req, res, n);
  });

  app.get("/packages/sessions/:file", (req, res) => servePackage(req, res, "session"));
  app.get("/packages/items/:file", (req, res) => servePackage(req, res, "item"));

  /** Authenticates and authorises before the body is read, then reads it (bounded), then runs the write. */
  async function upload(req: Request, res: Response, write: (actor: Actor, received: { fields: Record<string, string>; file: ReceivedFile | null }) => Promise<{ documentId: string; version: number }>) {
    try {
      const found = await actorFromAuthorization(deps.tokens, req.headers.authorization);
      if (found === "invalid") throw new UploadRefused(401, "UNAUTHENTICATED", "Your login has expired or is not valid: log in again.");
      const actor = { ...authorize(found, "package.manage"), address: deps.clientAddress(req) };
      const received = await readUpload(req, deps.maxBytes);
      const { documentId, version } = await write(actor, received);
      const document = await documentById(ds, documentId);
      res.status(version === 1 ? 201 : 200).json({ document });
    } catch (err) {
      refuse(req, res, err);
    }
  }

  async function checkedFile(received: ReceivedFile | null, title: string | null): Promise<CheckedFile> {
    if (!received) throw new UploadRefused(400, "BAD_USER_INPUT", "Choose a file to upload (the form has no file field).");
    if (received.bytes.length === 0) throw new UploadRefused(400, "BAD_USER_INPUT", "The file is empty (0 bytes): choose the document itself.");
    const type = await checkDocumentType(received.bytes, received.fileName, received.declaredType);
    if (!type.ok) throw new UploadRefused(400, "UNSUPPORTED_TYPE", type.reason);
    const fileName = storedFileName(received.fileName, type.mediaType, title ?? "dokument");
    const extracted = type.mediaType === "application/pdf" ? await pdfText(received.bytes) : null;
    return { bytes: received.bytes, fileName, mediaType: type.mediaType, sha256: received.sha256, text: extracted };
  }

  function refuse(req: Request, res: Response, err: unknown) {
    const body = (code: string, message: string, extra: Record<string, unknown> = {}) => ({ error: { code, message, ...extra } });
    let status = 500;
    let answer = body("INTERNAL_SERVER_ERROR", "The document could not be stored; try again.");
    const graphql = (err as GraphQLError | null)?.extensions ? (err as GraphQLError) : fromDatabaseError(err);
    if (err instanceof UploadRefused) {
      status = err.status;
      answer = body(err.code, err.message, err.extra);
    } else if (graphql && typeof graphql.extensions.code === "string" && graphql.extensions.code in STATUS) {
      status = STATUS[graphql.extensions.code];
      answer = body(graphql.extensions.code, graphql.message, graphql.extensions.fields ? { fields: graphql.extensions.fields } : {});
    } else {
      log.error({ err }, "could not store a meeting document");
    }
    if (!req.complete) discardBody(req, res);
    if (!res.headersSent) res.status(status).json(answer);
  }

  async function serveVersion(req: Request, res: Response, versionNo: number | null) {
    const documentId = String(req.params.documentId);
    if (!isWellFormedId(documentId)) return notFound(res);
    try {
      const file = await servedFile(ds, documentId, versionNo);
      if (!file) return notFound(res);
      if (file.withdrawn_at) {
        res.status(410).type("text/plain; charset=utf-8").send("This document was withdrawn from the meeting package; the session's page says when and why.\n");
        return;
      }
      const etag = `"${file.sha256}"`;
      res.set("Access-Control-Allow-Origin", "*");
      res.set("X-Content-Type-Options", "nosniff");
      // A version's bytes never change (the address of the current one moves on when it is replaced: revalidate).
      res.set("Cache-Control", versionNo === null ? "public, max-age=60, must-revalidate" : "public, max-age=86400");
      res.set("ETag", etag);
      res.set("Last-Modified", file.uploaded_at.toUTCString());
      if (req.headers["if-none-match"]?.split(/\s*,\s*/).some((t) => t === etag || t === `W/${etag}`)) {
        res.status(304).end();
        return;
      }
      res.set("Content-Type", file.media_type === "text/csv" ? "text/csv; charset=utf-8" : file.media_type);
      res.set("Content-Disposition", contentDisposition(file.file_name, file.media_type, req.query.download !== undefined));
      res.set("Content-Length", String(file.bytes.length));
      res.end(file.bytes);
    } catch (err) {
      log.error({ err, documentId }, "could not serve a meeting document");
      if (!res.headersSent) res.status(500).type("text/plain; charset=utf-8").send("The document could not be served; try again.\n");
    }
  }

  async function servePackage(req: Request, res: Response, scope: "session" | "item") {
    const match = /^(.+)\.zip$/.exec(String(req.params.file));
    const id = match?.[1];
    if (!isWellFormedId(id)) return notFound(res);
    try {
      const [owner]: { session_id: string; title: string; scheduled_at: Date; position: number | null }[] = scope === "session"
        ? await ds.query("SELECT id AS session_id, title, scheduled_at, NULL::int AS position FROM council_session WHERE id = $1", [id])
        : await ds.query("SELECT s.id AS session_id, s.title, s.scheduled_at, i.position FROM agenda_item i JOIN council_session s ON s.id = i.session_id WHERE i.id = $1", [id]);
      if (!owner) return notFound(res);
      const entries = await packageEntries(ds, scope === "session" ? { sessionId: id } : { agendaItemId: id });
      if (entries.length === 0) {
        res.status(404).type("text/plain; charset=utf-8").send("This meeting package has no documents yet.\n");
        return;
      }
      const paths = zipPaths(entries.map((e) => ({ itemPosition: e.item_position, itemTitle: e.item_title, fileName: e.file_name })));
      // The package changes only when a document does: its tag is the documents' versions and hashes.
      const etag = `"${sha256Of(entries.map((e) => `${e.document_id}:${e.version}:${e.sha256}`).join("\n"))}"`;
      res.set("Access-Control-Allow-Origin", "*");
      res.set("X-Content-Type-Options", "nosniff");
      res.set("Cache-Control", "public, max-age=60, must-revalidate");
      res.set("ETag", etag);
      if (req.headers["if-none-match"] === etag) {
        res.status(304).end();
        return;
      }
      const name = packageFileName(tiranaDate(owner.scheduled_at), slugOf(owner.title), owner.position ?? undefined);
      res.set("Content-Type", "application/zip");
      res.set("Content-Disposition", contentDisposition(name, "application/zip"));
      const zip = new ZipArchive({ zlib: { level: 6 } });
      let failed = false;
      zip.on("error", (err) => {
        failed = true;
        log.error({ err, id }, "could not write a package ZIP");
        res.destroy(err);
      });
      res.on("close", () => {
        if (!res.writableFinished) zip.abort();
      });
      zip.pipe(res);
      // One file's bytes in memory at a time: each is read when the archive is ready for it.
      for (const [k, e] of entries.entries()) {
        if (failed || res.destroyed) return;
        const bytes = await fileBytes(ds, e.document_id, e.version);
        if (!bytes) continue;
        zip.append(bytes, { name: paths[k], date: e.uploaded_at });
        await new Promise<void>((resolve) => zip.once("entry", () => resolve()));
      }
      await zip.finalize();
    } catch (err) {
      log.error({ err, id }, "could not serve a meeting package");
      if (!res.headersSent) res.status(500).type("text/plain; charset=utf-8").send("The package could not be served; try again.\n");
      else res.destroy();
    }
  }
}

function sha256Of(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** A refused upload's body is drained (not kept) so the client reads the answer; one sending far too much is cut off. */
function discardBody(req: Request, res: Response) {
  res.set("Connection", "close");
  let seen = 0;
  req.on("data", (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > 256 * 1024 * 1024) req.destroy();
  });
  req.resume();
}

function notFound(res: Response): void {
  res.status(404).type("text/plain; charset=utf-8").send("No such meeting document or package.\n");
}

