import { CloseCode, handleProtocols, makeServer, type ServerOptions } from "graphql-ws";
import type { Duplex } from "node:stream";
import type { WebSocket, WebSocketServer } from "ws";
import type { Logger } from "../logger.js";
import type { ClientAddress } from "../security/client-address.js";
import { SharedStream, type Sink } from "./shared-execution.js";

/**
 * graphql-ws on a `ws` server, as graphql-ws's own `useServer` does it, with
 * two changes for a live dashboard watched by thousands:
 *
 * 1. **Shared live updates go out like a broadcast.** A subscription whose
 *    stream is shared (shared-execution.ts) gets a sink here: the group's one
 *    JSON of each update goes out as this subscriber's
 *    `{"id":…,"type":"next","payload":…}` message, with no per-subscriber
 *    execution, serialisation, copy or promise (graphql-ws's `onNext` hook is
 *    not called for these). Everything else (connection_init, errors,
 *    complete, non-shared results) is graphql-ws's own handling.
 * 2. **Less held per connection.** No timer per socket (the heartbeat of
 *    `guardWebSockets` pings every socket from one interval), and the upgrade
 *    request is not kept for the connection's lifetime: only the client's
 *    address is (decided once at the upgrade, security/client-address.ts).
 */
export type SocketExtra = { socket: WebSocket; tcp: Duplex; address: string };

/** Messages written through sinks (for tests and benchmarks). */
export const sinkStats = { messages: 0 };

/**
 * A subscriber that falls behind keeps at most this many updates queued (each
 * a reference to the group's shared JSON, not a copy); older ones are dropped,
 * since every update of a live session is its whole state.
 */
const MAX_QUEUED = 16;

const TAIL = Buffer.from("}");

/**
 * One subscriber's `next` messages, written as one WebSocket text frame
 * (RFC 6455 §5.2) straight to the connection's TCP socket: the frame header,
 * this subscription's `{"id":…,"type":"next","payload":`, the group's shared
 * JSON and `}`, corked so they leave in one write. The shared JSON is never
 * copied per subscriber (a copy each, 18 KB for a dashboard, cost more than the
 * write itself, mostly in garbage collection), and the client sees the same
 * single frame `ws.send` would produce. This is the pre-framed broadcast the
 * `ws` maintainers point to for fan-out (websockets/ws#617, #1016); it is safe
 * beside `ws`'s own writes because every write here is a whole frame made
 * synchronously and the server runs without per-message compression.
 */
export class SocketSink implements Sink {
  private writing = false;
  private queue: Buffer[] = [];
  private idle: (() => void)[] = [];
  private readonly head: Buffer;

  constructor(private readonly socket: WebSocket, private readonly tcp: Duplex, id: string) {
    this.head = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  }

  push(json: Buffer): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.writing) {
      this.queue.push(json);
      if (this.queue.length > MAX_QUEUED) this.queue.shift();
      return;
    }
    this.write(json);
  }

  /** One message in flight per subscriber: the next waits for the socket to take the last. */
  private write(json: Buffer): void {
    this.writing = true;
    sinkStats.messages++;
    this.tcp.cork();
    this.tcp.write(frameHeader(this.head.length + json.length + TAIL.length));
    this.tcp.write(this.head);
    this.tcp.write(json);
    this.tcp.write(TAIL, (err) => this.written(err ?? undefined));
    this.tcp.uncork();
  }

  private written(err?: Error): void {
    this.writing = false;
    const next = err ? undefined : this.queue.shift();
    if (err) this.queue = [];
    if (next && this.socket.readyState === this.socket.OPEN) this.write(next);
    else for (const done of this.idle.splice(0)) done();
  }

  /** Updates waiting behind the one being written (for tests). */
  get queued(): number {
    return this.queue.length;
  }

  flushed(): Promise<void> {
    if (!this.writing || this.socket.readyState !== this.socket.OPEN) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }
}

/** The header of a final, unmasked text frame (server to client) with a payload of `length` bytes. */
export function frameHeader(length: number): Buffer {
  if (length < 126) return Buffer.from([0x81, length]);
  if (length < 0x10000) {
    const header = Buffer.allocUnsafe(4);
    header[0] = 0x81;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
    return header;
  }
  const header = Buffer.allocUnsafe(10);
  header[0] = 0x81;
  header[1] = 127;
  header.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
  header.writeUInt32BE(length >>> 0, 6);
  return header;
}

export function serveGraphqlWs<E extends Record<string, unknown>>(
  options: ServerOptions<Record<string, unknown> | undefined, SocketExtra & E>,
  wss: WebSocketServer,
  log: Logger,
  clientAddress: ClientAddress,
): { dispose(): Promise<void> } {
  const server = makeServer<Record<string, unknown> | undefined, SocketExtra & E>({
    ...options,
    onOperation: async (ctx, id, payload, args, result) => {
      const chosen = (await options.onOperation?.(ctx, id, payload, args, result)) ?? result;
      if (chosen instanceof SharedStream) chosen.attach(new SocketSink(ctx.extra.socket, ctx.extra.tcp, id));
      return chosen;
    },
  });
  wss.options.handleProtocols = handleProtocols;

  wss.on("connection", (socket, request) => {
    socket.once("error", (err) => {
      log.warn({ err: err.message }, "WebSocket error");
      socket.close(CloseCode.InternalServerError, "Internal server error");
    });
    // request.socket is the TCP socket the WebSocket runs on (kept by ws anyway), corked around fragmented sends.
    const extra: SocketExtra = { socket, tcp: request.socket, address: clientAddress(request) };
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => new Promise<void>((resolve, reject) => {
          if (socket.readyState !== socket.OPEN) return resolve();
          socket.send(data, (err) => (err ? reject(err) : resolve()));
        }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) => socket.on("message", async (event) => {
          try {
            await cb(String(event));
          } catch (err) {
            log.error({ err }, "WebSocket message handling failed");
            socket.close(CloseCode.InternalServerError, "Internal server error");
          }
        }),
      },
      extra as SocketExtra & E,
    );
    socket.once("close", (code, reason) => void closed(code, String(reason)));
  });

  return {
    async dispose() {
      for (const client of wss.clients) client.close(1001, "Going away");
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
