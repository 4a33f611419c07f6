import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import * as wsModule from "ws";
import WebSocket, { WebSocketServer } from "ws";
import { frameHeader, SocketSink } from "./ws-transport.js";

/** ws's own framing (public since ws 2, not in @types/ws): the reference for our headers. */
type FrameOptions = { fin: boolean; opcode: number; mask: boolean; readOnly: boolean; rsv1: boolean };
const { Sender } = wsModule as unknown as { Sender: { frame(data: Buffer, options: FrameOptions): Buffer[] } };

describe("frameHeader", () => {
  it.each([0, 1, 125, 126, 127, 18_368, 65_535, 65_536, 1_000_000])("matches the header ws itself makes for a %i-byte text frame", (length) => {
    const [wsHeader] = Sender.frame(Buffer.alloc(length), { fin: true, opcode: 1, mask: false, readOnly: true, rsv1: false });
    expect(frameHeader(length).equals(wsHeader.subarray(0, frameHeader(length).length))).toBe(true);
    expect(frameHeader(length).length).toBe(length < 126 ? 2 : length < 65_536 ? 4 : 10);
  });
});

describe("SocketSink", () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  /** A real WebSocket connection on loopback: the server's socket and TCP stream, and a client. */
  async function connection() {
    const wss = new WebSocketServer({ port: 0, host: "127.0.0.1", perMessageDeflate: false });
    await new Promise((r) => wss.once("listening", r));
    const accepted = new Promise<{ socket: WebSocket; tcp: Duplex }>((resolve) => wss.once("connection", (socket, req) => resolve({ socket, tcp: req.socket })));
    const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, { perMessageDeflate: false });
    const received: string[] = [];
    client.on("message", (data) => received.push(String(data)));
    await new Promise((r) => client.once("open", r));
    const server = await accepted;
    close = async () => {
      client.terminate();
      await new Promise((r) => wss.close(r));
    };
    return { ...server, client, received };
  }

  it("sends each update as this subscriber's graphql-ws next message, in order", async () => {
    const { socket, tcp, received } = await connection();
    const sink = new SocketSink(socket, tcp, "ä-1");
    const sizes = [3, 200, 70_000]; // each length encoding of a frame
    sizes.forEach((n, i) => sink.push(Buffer.from(JSON.stringify({ data: { n: i, pad: "x".repeat(n) } }))));
    await expect.poll(() => received.length).toBe(3);
    const messages = received.map((m) => JSON.parse(m));
    expect(messages.map((m) => [m.id, m.type, m.payload.data.n, m.payload.data.pad.length])).toEqual([
      ["ä-1", "next", 0, 3], ["ä-1", "next", 1, 200], ["ä-1", "next", 2, 70_000],
    ]);
  });

  it("keeps a stalled subscriber's backlog bounded and still ends it on the latest update", async () => {
    const { socket, tcp, client, received } = await connection();
    const clientTcp = (client as unknown as { _socket: Duplex })._socket;
    clientTcp.pause(); // the client stops reading: the kernel's buffers fill and the server's writes stall
    const sink = new SocketSink(socket, tcp, "1");
    const update = (n: number) => Buffer.from(JSON.stringify({ data: { n, pad: "x".repeat(512 * 1024) } }));
    for (let n = 1; n <= 200; n++) sink.push(update(n)); // 100 MB offered
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.queued).toBeLessThanOrEqual(16);
    expect(tcp.writableLength).toBeLessThan(2 * 512 * 1024); // one message in Node's buffer at most, not the backlog
    clientTcp.resume();
    await sink.flushed();
    await expect.poll(() => JSON.parse(received.at(-1) ?? "{}").payload?.data.n, { timeout: 10_000 }).toBe(200);
    expect(received.length).toBeLessThan(200); // the stale ones in between were dropped
    const seen = received.map((m) => JSON.parse(m).payload.data.n as number);
    expect(seen).toEqual([...seen].sort((a, b) => a - b)); // never out of order
  });
});
