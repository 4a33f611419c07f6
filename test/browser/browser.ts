import { existsSync } from "node:fs";
import { mkdtemp, readdir, rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { build } from "vite";
import { webSourceHash } from "../../web/scripts/source-hash.mjs";

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

/**
 * The web client built from the current source, as `npm start` would build it. One build per content hash of the
 * sources (web/scripts/source-hash.mjs), shared by every browser test file of the run: the first file to need it
 * builds into a temporary folder and renames it into place; a file that loses that race uses the winner's.
 */
export async function buildWebClient(): Promise<string> {
  const shared = path.join(os.tmpdir(), `kuvend-web-production-${webSourceHash().slice(0, 16)}`);
  if (existsSync(path.join(shared, "index.html"))) return shared;
  const outDir = await mkdtemp(path.join(os.tmpdir(), "kuvend-web-build-"));
  const root = fileURLToPath(new URL("../../web/", import.meta.url));
  // As `npm run build` builds it: vitest's NODE_ENV=test would otherwise give React's and Apollo's development
  // code, which is neither what users download nor what the first-load budget (first-load.test.ts) is about.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ root, mode: "production", logLevel: "error", build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  try {
    await rename(outDir, shared);
  } catch {
    if (!existsSync(path.join(shared, "index.html"))) throw new Error(`could not place the web build at ${shared}`);
    await rm(outDir, { recursive: true, force: true }); // another test file placed the same build first
  }
  await pruneOldBuilds(shared);
  return shared;
}

/** Builds of other sources, and abandoned build folders, older than a day: a new build per source change would otherwise pile up in the temporary folder. */
async function pruneOldBuilds(keep: string): Promise<void> {
  const dayAgo = Date.now() - 24 * 3600_000;
  for (const name of await readdir(os.tmpdir())) {
    if (!/^kuvend-web-(production|build)-/.test(name)) continue;
    const dir = path.join(os.tmpdir(), name);
    if (dir === keep) continue;
    const info = await stat(dir).catch(() => null);
    if (info && info.mtimeMs < dayAgo) await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
}
