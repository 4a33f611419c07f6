/* eslint-disable @typescript-eslint/no-explicit-any -- the benchmark handles untyped JSON. */
/**
 * The physical baseline of `npm run bench:fanout`: a plain `ws` server in its own
 * process that broadcasts the same bytes (one real Kuvend update message) to every
 * connected client when the coordinator asks (IPC).
 */
import { WebSocketServer } from "ws";

const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
let payload = Buffer.alloc(0);
wss.on("listening", () => process.send!({ type: "listening", port: (wss.address() as { port: number }).port }));
process.on("message", (m: any) => {
  if (m.cmd === "payload") payload = Buffer.from(m.payload);
  else if (m.cmd === "broadcast") {
    for (const ws of wss.clients) ws.send(payload, { binary: false });
  } else if (m.cmd === "count") process.send!({ type: "count", n: wss.clients.size });
  else if (m.cmd === "exit") process.exit(0);
});
