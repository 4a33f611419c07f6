import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { build } from "vite";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless, as root-safe flags that work on this machine (STACK.md). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install chromium\` (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/** Builds the web client from the current source into a temporary folder, as `npm start` would. */
export async function buildWebClient(): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), "kuvend-web-"));
  const root = fileURLToPath(new URL("../../web/", import.meta.url));
  await build({ root, logLevel: "error", build: { outDir, emptyOutDir: true } });
  return outDir;
}
