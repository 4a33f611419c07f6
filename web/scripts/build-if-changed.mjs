// `npm start` builds the web client only when its sources changed since the last
// build: a restart after a crash should not wait for Vite. The sources' content
// hash (web/src, web/public, index.html, the build configuration, the schema the
// client is typed against) is stored beside the build, in web/dist/.source-hash.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const web = fileURLToPath(new URL("..", import.meta.url));
const dist = path.join(web, "dist");
const stamp = path.join(dist, ".source-hash");
const inputs = ["src", "public", "index.html", "vite.config.ts", "tsconfig.json", "package.json", "../schema/schema.graphql", "../package-lock.json"];

function files(p) {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p).sort().flatMap((name) => files(path.join(p, name)));
}

const hash = createHash("sha256");
for (const input of inputs) {
  for (const file of files(path.join(web, input))) {
    hash.update(path.relative(web, file)).update("\0").update(readFileSync(file)).update("\0");
  }
}
const digest = hash.digest("hex");

const built = existsSync(path.join(dist, "index.html")) && existsSync(stamp) && readFileSync(stamp, "utf8").trim() === digest;
if (built) {
  console.log("web client up to date (web/dist matches web/src): not rebuilding");
} else {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["run", "build", "--workspace", "web"], { cwd: path.join(web, ".."), stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
  writeFileSync(stamp, digest + "\n");
}
