import type { ExecutionResult } from "graphql";
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from "graphql-ws";
import type { WebSocket, WebSocketServer } from "ws";
import type { Logger } from "../logger.js";

/**
 * graphql-ws on a `ws` server, as graphql-ws's own `useServer`, with two changes
 * for a live dashboard watched by thousands:
 *
 * 1. **One serialisation per shared result.** graphql-ws stringifies every `next`
 *    message for every subscriber. Here each result object is serialised once
 *    (kept in a WeakMap beside it) and every subscriber's message is that one
 *    buffer between its own `{"id":…,"type":"next","payload":` and `}`. With the
 *    shared execution of `shared-execution.ts`, the subscribers of one selection
 *    hold the same result object, so a change costs one `JSON.stringify`, not S.
 *    (graphql-ws calls `onNext` just before it stringifies the message: the hook
 *    parks the bytes under a number and hands graphql-ws a tiny marker instead;
 *    `send` below swaps the marker for the parked bytes.)
 * 2. **Less held per connection.** No timer per socket (the heartbeat of
 *    `guardWebSockets` pings every socket from one interval), and the upgrade
 *    request is not kept for the connection's lifetime: only the address is.
 */
export type SocketExtra = { socket: WebSocket; address: string };

const MARK_KEY = "kuvend:shared";
const MARK = `{"${MARK_KEY}":`;
const CLOSE = Buffer.from("}");
/** Bytes between onNext and send, by marker number (a few microtasks apart). */
const parked = new Map<number, Buffer>();
let seq = 0;
const serialized = new WeakMap<object, Buffer>();

/** Counters for tests and benchmarks: serialisations saved = messages − serialisations. */
export const serializationStats = { serializations: 0, messages: 0 };

/** The JSON of a result, computed once per result object. */
export function bytesOf(result: ExecutionResult): Buffer {
  let bytes = serialized.get(result);
  if (!bytes) {
    serializationStats.serializations++;
    // GraphQLError has toJSON, so errors serialise as graphql-ws would send them.
    bytes = Buffer.from(JSON.stringify(result));
    serialized.set(result, bytes);
  }
  return bytes;
}

/** A graphql-ws message as it goes on the wire: a `next` carrying a marker gets the parked bytes. */
function wire(data: string): string | Buffer {
  if (!data.endsWith("}}")) return data;
  const at = data.lastIndexOf(MARK);
  if (at < 0) return data;
  const n = Number(data.slice(at + MARK.length, -2));
  const bytes = parked.get(n);
  if (!bytes) return data;
  parked.delete(n);
  serializationStats.messages++;
  return Buffer.concat([Buffer.from(data.slice(0, at)), bytes, CLOSE]);
}

export function serveGraphqlWs<E extends Record<string, unknown>>(
  options: ServerOptions<Record<string, unknown> | undefined, SocketExtra & E>,
  wss: WebSocketServer,
  log: Logger,
): { dispose(): Promise<void> } {
  const server = makeServer<Record<string, unknown> | undefined, SocketExtra & E>({
    ...options,
    onNext: async (ctx, id, payload, args, result) => {
      const chosen = (await options.onNext?.(ctx, id, payload, args, result)) ?? result;
      const n = (seq = seq >= Number.MAX_SAFE_INTEGER ? 1 : seq + 1);
      parked.set(n, bytesOf(chosen as ExecutionResult));
      return { [MARK_KEY]: n } as unknown as ExecutionResult;
    },
  });
  wss.options.handleProtocols = handleProtocols;

  wss.on("connection", (socket, request) => {
    socket.once("error", (err) => {
      log.warn({ err: err.message }, "WebSocket error");
      socket.close(CloseCode.InternalServerError, "Internal server error");
    });
    const extra = { socket, address: request.socket.remoteAddress ?? "unknown" } as SocketExtra & E;
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => new Promise<void>((resolve, reject) => {
          const message = wire(data); // always, so parked bytes never outlive their message
          if (socket.readyState !== socket.OPEN) return resolve();
          socket.send(message, { binary: false }, (err) => (err ? reject(err) : resolve()));
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
      extra,
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
