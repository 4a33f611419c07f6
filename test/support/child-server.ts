import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "../../server/src/platform/db/embedded.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type ChildServer = {
  url: string;
  process: ChildProcess;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>;
  output(): string;
};

/**
 * The real server as a separate process (`server/src/main.ts`, as `npm start`
 * runs it), for tests that must kill it. It runs as `node --import tsx`, not
 * through the `tsx` wrapper, so the process a test signals is the server itself
 * and not a parent that would leave the server running.
 */
export async function startChildServer(options: { databaseUrl: string; port?: number; env?: Record<string, string> }): Promise<ChildServer> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "test",
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      KUVEND_DEMO: "true",
      JWT_SECRET: "kill-test-secret-kill-test-secret!!",
      LOG_LEVEL: "silent",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => { output += d; });
  child.stderr!.on("data", (d) => { output += d; });
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once("exit", (code, signal) => resolve(signal ?? code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  let ended = false;
  void exited.then(() => { ended = true; });
  for (;;) {
    if (ended) throw new Error(`the server exited before it was ready:\n${output}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server was not ready within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, process: child, exited, output: () => output };
}
