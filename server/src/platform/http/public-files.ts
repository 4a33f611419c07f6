import { existsSync } from "node:fs";
import path from "node:path";
import type { ServerResponse } from "node:http";
import express, { type Express } from "express";
import expressStaticGzip from "express-static-gzip";

/** Hashed build output (/assets/<name>-<hash>.js): a new build gives new names, so a browser may keep them for good. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html and the other unhashed files: stored, but asked again (a 304 when unchanged) before each use. */
const REVALIDATE = "no-cache";

/**
 * The built web client, and every client-side route (/konsola, /seanca/…) answered with its index.html. Mount it
 * last. The build writes a .br and a .gz beside each text file (web/vite.config.ts); the one the client accepts
 * is sent as it is (brotli first), with Content-Encoding and Vary: Accept-Encoding.
 */
export function mountWebClient(app: Express, webDist: string): void {
  const dir = path.resolve(webDist);
  if (existsSync(path.join(dir, "index.html"))) {
    const files = expressStaticGzip(dir, {
      enableBrotli: true,
      orderPreference: ["br", "gzip"],
      index: false,
      serveStatic: {
        index: false,
        setHeaders: (res: ServerResponse, file: string) => {
          res.setHeader("Cache-Control", path.relative(dir, file).startsWith(`assets${path.sep}`) ? IMMUTABLE : REVALIDATE);
        },
      },
    }) as express.RequestHandler;
    app.use(files);
    // Every client-side route: index.html itself, through the same negotiation.
    app.get(/^(?!\/graphql)(?!\/assets\/).*/, (req, res, next) => {
      req.url = "/index.html";
      files(req, res, next);
    });
  } else {
    app.get("/", (_req, res) => {
      res.type("text/plain").send("Kuvend API is running at /graphql. The web client is not built: run `npm run build`.");
    });
  }
}
