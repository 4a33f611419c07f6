import type http from "node:http";

/** Listens on host:port (0: a free port) and answers with the port taken and the address to print. */
export async function listen(httpServer: http.Server, port: number, host: string): Promise<{ port: number; url: string }> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => resolve());
  });
  const taken = (httpServer.address() as { port: number }).port;
  return { port: taken, url: `http://${host === "0.0.0.0" ? "localhost" : host}:${taken}` };
}
