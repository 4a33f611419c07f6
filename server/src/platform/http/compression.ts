import compression from "compression";
import type { RequestHandler } from "express";

/**
 * Brotli or gzip, as the client accepts (brotli first), for every compressible answer the server makes as it goes:
 * GraphQL's JSON, the open-data CSV/JSON, the Atom feed. Mounted before every route. Leaves alone what is already
 * encoded (the web client's precompressed files, public-files.ts), what compression cannot shrink (PDF, images:
 * `compressible`'s list), bodies under 1 KB, and WebSocket upgrades (they never reach Express). Brotli at the
 * package's quality 4, fast enough per request; the static files got quality 11 at build time.
 * `Vary: Accept-Encoding` on every compressible answer, compressed or not, so a shared cache keeps one per encoding.
 */
export function compressResponses(): RequestHandler {
  return compression({ threshold: 1024 });
}
