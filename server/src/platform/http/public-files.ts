import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Express } from "express";

/** The built web client, and every client-side route (/konsola, /seanca/…) answered with its index.html. Mount it last. */
export function mountWebClient(app: Express, webDist: string): void {
  const dir = path.resolve(webDist);
  if (existsSync(path.join(dir, "index.html"))) {
    app.use(express.static(dir, { index: false, maxAge: "1h" }));
    app.get(/^(?!\/graphql).*/, (_req, res) => {
      res.sendFile(path.join(dir, "index.html"), { maxAge: 0 });
    });
  } else {
    app.get("/", (_req, res) => {
      res.type("text/plain").send("Kuvend API is running at /graphql. The web client is not built: run `npm run build`.");
    });
  }
}
