import type express from "express";
import type { Express } from "express";
import type { Logger } from "../logger.js";

/**
 * Mounted after every route. No route (another method on a file, an unknown path without the
 * web client): a plain 404. Anything a route did not answer with its own error (e.g. a malformed
 * %-escape in a path, Express's 400): a short plain-text answer, never an HTML page with a stack trace.
 */
export function mountFallbacks(app: Express): void {
  app.use((_req: express.Request, res: express.Response) => {
    res.status(404).type("text/plain; charset=utf-8").send("Not found.\n");
  });
  app.use((err: { status?: number; statusCode?: number } | undefined, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = Number(err?.status ?? err?.statusCode) || 500;
    if (status >= 500) (req as unknown as { log?: Logger }).log?.error({ err }, "unexpected error");
    res
      .status(status >= 400 && status < 600 ? status : 500)
      .type("text/plain; charset=utf-8")
      .send(status < 500 ? "The request is not valid.\n" : "Something went wrong on the server; please try again.\n");
  });
}
