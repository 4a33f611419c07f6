import type { Express } from "express";
import type { DataSource } from "typeorm";

/** `/healthz`: the process answers; `/readyz`: and its database does (docs/operations.md). */
export function mountHealthRoutes(app: Express, ds: DataSource): void {
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await ds.query("SELECT 1");
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({ status: "database unavailable" });
    }
  });
}
