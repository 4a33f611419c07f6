import type { Express, Request, Response } from "express";
import type { DataSource } from "typeorm";
import { actorFromAuthorization } from "../auth/actor-from-header.js";
import { allowed } from "../auth/policy.js";
import type { Actor, Tokens } from "../auth/tokens.js";
import { isWellFormedId } from "../platform/errors.js";
import type { Logger } from "../platform/logger.js";
import { setCouncillorPhoto } from "./commands/set-councillor-photo.js";
import { isRefusal, PHOTO_MAX_BYTES, preparePhoto, tooLarge } from "./photo.js";
import { photoPathOf } from "./profile.js";

/**
 * Councillors' photos as files:
 *   GET    /councillor-photos/<id>.webp   public: the stored 400×400 WebP (ETag = its SHA-256), or, for a
 *                                         councillor with no photo, a neutral silhouette (SVG)
 *   PUT    /councillor-photos/<id>        SECRETARIAT or ADMIN: the request body is the image (JPEG, PNG or WebP)
 *   DELETE /councillor-photos/<id>        SECRETARIAT or ADMIN: back to the placeholder
 * The token and the policy are GraphQL's (actor-from-header.ts, policy.ts "councillor.profile"); every
 * change goes through councillorCommand with its audit event. Answers of PUT/DELETE are JSON:
 * `{ photoUrl }` or `{ error: { code, message } }` with the API's codes.
 */
export function mountCouncillorPhotoRoutes(app: Express, ds: DataSource, tokens: Tokens, log: Logger): void {
  app.get("/councillor-photos/:file", async (req, res) => {
    const match = /^(.+)\.webp$/.exec(String(req.params.file));
    const id = match?.[1];
    if (!match || !isWellFormedId(id)) return plain404(res);
    try {
      const [row]: { photo: Buffer | null; photo_sha256: string | null }[] = await ds.query(
        "SELECT photo, photo_sha256 FROM councillor WHERE id = $1", [id]);
      if (!row) return plain404(res);
      res.set("Access-Control-Allow-Origin", "*");
      res.set("X-Content-Type-Options", "nosniff");
      if (!row.photo || !row.photo_sha256) {
        res.set("Cache-Control", "public, max-age=60");
        res.type("image/svg+xml").send(SILHOUETTE);
        return;
      }
      const etag = `"${row.photo_sha256}"`;
      res.set("ETag", etag);
      res.set("Cache-Control", "public, max-age=300");
      if (req.headers["if-none-match"]?.split(/\s*,\s*/).some((t) => t.replace(/^W\//, "") === etag || t === "*")) {
        res.status(304).end();
        return;
      }
      res.set("Content-Type", "image/webp");
      res.send(row.photo);
    } catch (err) {
      log.error({ err, councillorId: id }, "could not serve a councillor's photo");
      if (!res.headersSent) res.status(500).type("text/plain; charset=utf-8").send("The photo could not be served; try again.\n");
    }
  });

  const change = (remove: boolean) => async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const actor = await who(tokens, req, res);
    if (!actor) return void req.resume();
    if (!isWellFormedId(id)) return void refuse(res, 404, "NOT_FOUND", `No councillor with id "${id}".`, req);
    try {
      let photo = null;
      if (!remove) {
        const body = await readBody(req, PHOTO_MAX_BYTES);
        if (body === "too large") return void refuse(res, 413, "BAD_USER_INPUT", tooLarge().message, req);
        const prepared = await preparePhoto(body);
        if (isRefusal(prepared)) return void refuse(res, prepared.status, "BAD_USER_INPUT", prepared.message, req);
        photo = prepared;
      }
      const sha = await setCouncillorPhoto(ds, { ...actor, address: req.ip }, { councillorId: id, photo });
      res.status(200).json({ photoUrl: sha ? photoPathOf(id, sha) : null });
    } catch (err) {
      const code = (err as { extensions?: { code?: string } }).extensions?.code;
      if (code === "NOT_FOUND") return void refuse(res, 404, "NOT_FOUND", (err as Error).message, req);
      if (code === "CONFLICT") return void refuse(res, 409, "CONFLICT", (err as Error).message, req);
      log.error({ err, councillorId: id }, "could not store a councillor's photo");
      if (!res.headersSent) refuse(res, 500, "INTERNAL_SERVER_ERROR", "The photo could not be stored; try again.", req);
    }
  };
  app.put("/councillor-photos/:id", change(false));
  app.delete("/councillor-photos/:id", change(true));
}

/** The actor of the request's token, allowed to change profiles; otherwise the refusal is sent and null returned. */
async function who(tokens: Tokens, req: Request, res: Response): Promise<Actor | null> {
  const actor = await actorFromAuthorization(tokens, req.headers.authorization);
  if (actor === "invalid") return refuse(res, 401, "UNAUTHENTICATED", "Your login has expired or is not valid: log in again.", req);
  if (!actor) return refuse(res, 401, "UNAUTHENTICATED", "Log in to change a councillor's photo.", req);
  if (!allowed(actor, "councillor.profile")) {
    return refuse(res, 403, "FORBIDDEN", `The ${actor.role} role may not change councillors' profiles; this is for SECRETARIAT or ADMIN.`, req);
  }
  return actor;
}

function refuse(res: Response, status: number, code: string, message: string, req: Request): null {
  // A refused upload is not read to its end: close the connection rather than take the rest.
  if (!req.complete) res.set("Connection", "close");
  res.status(status).json({ error: { code, message } });
  return null;
}

/** The request body, or "too large" as soon as it passes `max` bytes (the Content-Length, when sent, decides at once). */
function readBody(req: Request, max: number): Promise<Buffer | "too large"> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve("too large");
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > max) {
        done = true;
        resolve("too large");
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => { if (!done) { done = true; resolve(Buffer.concat(chunks)); } });
    req.on("error", (err) => { if (!done) { done = true; reject(err); } });
  });
}

function plain404(res: Response): void {
  res.status(404).type("text/plain; charset=utf-8").send("No councillor here.\n");
}

/** A neutral silhouette (no external image), for councillors without a photo. */
const SILHOUETTE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" role="img" aria-label="Pa foto"><rect width="400" height="400" fill="#e5e7eb"/><circle cx="200" cy="150" r="72" fill="#9ca3af"/><path d="M64 400c0-84 61-144 136-144s136 60 136 144z" fill="#9ca3af"/></svg>`;
