import type { Express } from "express";
import type { Logger } from "../platform/logger.js";
import type { AlertService } from "./service.js";

/**
 * RFC 8058 one-click unsubscribe: the List-Unsubscribe URL of every alert. A mail client POSTs
 * `List-Unsubscribe=One-Click` to it and the subscription ends, with no page and no login. A GET (a person
 * who opened the URL, or a link scanner) changes nothing: it goes to the page that asks for the click.
 */
export function mountAlertRoutes(app: Express, alerts: AlertService, log: Logger): void {
  app.post("/alerts/unsubscribe", async (req, res) => {
    const token = typeof req.query.token === "string" ? req.query.token : "";
    try {
      await alerts.unsubscribe(token);
      res.status(200).type("text/plain; charset=utf-8").send("U çregjistruat: nuk do të merrni më këto njoftime. / You are unsubscribed.\n");
    } catch (err) {
      const code = (err as { extensions?: { code?: string } }).extensions?.code;
      if (code === "NOT_FOUND") {
        res.status(404).type("text/plain; charset=utf-8").send("This unsubscribe link is not valid.\n");
      } else {
        log.error({ err }, "one-click unsubscribe failed");
        res.status(500).type("text/plain; charset=utf-8").send("Try again shortly.\n");
      }
    }
  });
  app.get("/alerts/unsubscribe", (req, res) => {
    const token = typeof req.query.token === "string" ? req.query.token : "";
    res.redirect(303, `/njoftimet/cregjistrohu/${encodeURIComponent(token)}`);
  });
}
