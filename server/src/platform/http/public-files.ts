import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ServerResponse } from "node:http";
import express, { type Express } from "express";
import expressStaticGzip from "express-static-gzip";

/** Hashed build output (/assets/<name>-<hash>.js): a new build gives new names, so a browser may keep them for good. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html and the other unhashed files: stored, but asked again (a 304 when unchanged) before each use. */
const REVALIDATE = "no-cache";

/** Where the live stream's players come from (web/src/sessions/stream.ts embeds only these). */
const STREAM_PLAYERS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://www.facebook.com"];

/**
 * The pages' Content-Security-Policy: scripts, styles, images and connections (GraphQL, the WebSocket) from
 * this site only, the live stream's players in frames, no plugins, no framing by other sites. The inline
 * style of index.html (the frame shown before the JavaScript arrives) is allowed by its hash, nothing else inline.
 */
export function contentSecurityPolicy(indexHtml: string): string {
  const inlineStyles = [...indexHtml.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${inlineStyles.join(" ")}`.trim(),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${STREAM_PLAYERS.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join("; ");
}

/**
 * The built web client, and every client-side route (/konsola, /seanca/…) answered with its index.html. Mount it
 * last. The build writes a .br and a .gz beside each text file (web/vite.config.ts); the one the client accepts
 * is sent as it is (brotli first), with Content-Encoding and Vary: Accept-Encoding.
 */
export function mountWebClient(app: Express, webDist: string): void {
  const dir = path.resolve(webDist);
  if (existsSync(path.join(dir, "index.html"))) {
    const csp = contentSecurityPolicy(readFileSync(path.join(dir, "index.html"), "utf8"));
    const files = expressStaticGzip(dir, {
      enableBrotli: true,
      orderPreference: ["br", "gzip"],
      index: false,
      serveStatic: {
        index: false,
        setHeaders: (res: ServerResponse, file: string) => {
          res.setHeader("Cache-Control", path.relative(dir, file).startsWith(`assets${path.sep}`) ? IMMUTABLE : REVALIDATE);
          if (path.basename(file).startsWith("index.html")) res.setHeader("Content-Security-Policy", csp);
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
