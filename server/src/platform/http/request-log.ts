import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import { pinoHttp } from "pino-http";
import type { Logger } from "../logger.js";
import type { ClientAddress } from "../security/client-address.js";

/** Structured request logs with a request id (taken from X-Request-Id or new), echoed in the response. */
export function requestLog(log: Logger, clientAddress: ClientAddress): RequestHandler {
  return pinoHttp({
    logger: log,
    genReqId: (req, res) => {
      const given = req.headers["x-request-id"];
      const id = typeof given === "string" && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" },
    serializers: { req: (req) => ({ id: req.id, method: req.method, url: req.url, address: clientAddress(req.raw) }), res: (res) => ({ status: res.statusCode }) },
  }) as RequestHandler;
}
