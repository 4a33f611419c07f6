import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { clientAddressFor, parseTrustProxy } from "./client-address.js";

const request = (peer: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor } }) as unknown as IncomingMessage;

describe("TRUST_PROXY", () => {
  it.each([
    [undefined, false],
    ["", false],
    ["false", false],
    ["true", true],
    ["2", 2],
    ["loopback", ["loopback"]],
    ["10.0.0.0/8, 172.16.0.0/12 ,192.168.1.7", ["10.0.0.0/8", "172.16.0.0/12", "192.168.1.7"]],
  ])("%j is read as %j", (text, value) => {
    expect(parseTrustProxy(text)).toEqual(value);
  });

  it("refuses a value proxy-addr cannot read, naming the variable", () => {
    expect(() => loadConfig({ TRUST_PROXY: "10.0.0.0/33" })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: "my-proxy" })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy).toEqual(["loopback", "10.0.0.0/8"]);
  });

  it.each([
    // TRUST_PROXY, socket peer, X-Forwarded-For, client address
    [undefined, "127.0.0.1", "203.0.113.9", "127.0.0.1"], // unset: the header is never read
    ["loopback", "127.0.0.1", "203.0.113.9", "203.0.113.9"],
    ["loopback", "127.0.0.1", undefined, "127.0.0.1"],
    ["loopback", "198.51.100.4", "203.0.113.9", "198.51.100.4"], // the peer is not a trusted proxy
    ["loopback", "127.0.0.1", "6.6.6.6, 203.0.113.9", "203.0.113.9"], // a client's own forged entry is left of the real one
    ["10.0.0.0/8", "10.1.2.3", "203.0.113.9, 10.9.9.9", "203.0.113.9"], // two trusted hops
    ["1", "10.1.2.3", "203.0.113.9, 10.9.9.9", "10.9.9.9"], // one hop only
    ["true", "10.1.2.3", "203.0.113.9, 10.9.9.9", "203.0.113.9"],
  ])("TRUST_PROXY=%s, peer %s, X-Forwarded-For %s → %s", (trust, peer, forwardedFor, client) => {
    expect(clientAddressFor(parseTrustProxy(trust))(request(peer, forwardedFor))).toBe(client);
  });
});
