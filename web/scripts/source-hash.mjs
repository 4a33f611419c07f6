// The content hash of everything the web client's build depends on (web/src,
// web/public, index.html, the build configuration, the schema the client is typed
// against, the lock file). `npm start` skips the build when web/dist has this
// hash; the browser tests share one build per hash across test files.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const webRoot = fileURLToPath(new URL("..", import.meta.url));
const inputs = ["src", "public", "index.html", "vite.config.ts", "tsconfig.json", "package.json", "../schema/schema.graphql", "../package-lock.json"];

function files(p) {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p).sort().flatMap((name) => files(path.join(p, name)));
}

/** @returns {string} the sha256 of the client's build inputs, hex */
export function webSourceHash() {
  const hash = createHash("sha256");
  for (const input of inputs) {
    for (const file of files(path.join(webRoot, input))) {
      hash.update(path.relative(webRoot, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}
