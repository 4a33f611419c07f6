import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/**
 * Which proxies' `X-Forwarded-For` is believed (`TRUST_PROXY`, Express's
 * `trust proxy` semantics): `false` trusts none, `true` every hop, a number
 * that many hops, a list of addresses, CIDRs or the names `loopback`,
 * `linklocal`, `uniquelocal`.
 */
export type TrustProxy = boolean | number | string[];

/** How a request's client address is decided: the same function for HTTP requests and WebSocket upgrades. */
export type ClientAddress = (req: IncomingMessage) => string;

/**
 * The trust function Express itself builds from its `trust proxy` setting
 * (express/lib/utils.js `compileTrust`), so `req.ip` and `clientAddress` agree.
 * Throws on a value proxy-addr cannot read (config.ts reports it).
 */
export function compileTrust(trust: TrustProxy): (address: string, hop: number) => boolean {
  if (trust === true) return () => true;
  if (trust === false) return () => false;
  if (typeof trust === "number") return (_address, hop) => hop < trust;
  return proxyaddr.compile(trust);
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy;
 * then the nearest address in `X-Forwarded-For` that is not itself trusted.
 * Without TRUST_PROXY the header is never read, so a client cannot forge it.
 */
export function clientAddressFor(trust: TrustProxy): ClientAddress {
  if (trust === false) return (req) => req.socket.remoteAddress ?? "unknown";
  const trusted = compileTrust(trust);
  return (req) => (req.socket.remoteAddress === undefined ? "unknown" : proxyaddr(req, trusted));
}

/** `TRUST_PROXY` as written by an operator → its value; unset or empty trusts no proxy. */
export function parseTrustProxy(text: string | undefined): TrustProxy {
  const value = text?.trim() ?? "";
  if (value === "" || value === "false") return false;
  if (value === "true") return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(",").map((part) => part.trim()).filter((part) => part !== "");
}
