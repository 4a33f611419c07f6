// `npm start` builds the web client only when its sources changed since the last
// build: a restart after a crash should not wait for Vite. The sources' content
// hash (web/src, web/public, index.html, the build configuration, the schema the
// client is typed against) is stored beside the build, in web/dist/.source-hash.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { webRoot as web, webSourceHash } from "./source-hash.mjs";

const dist = path.join(web, "dist");
const stamp = path.join(dist, ".source-hash");
const digest = webSourceHash();

const built = existsSync(path.join(dist, "index.html")) && existsSync(stamp) && readFileSync(stamp, "utf8").trim() === digest;
if (built) {
  console.log("web client up to date (web/dist matches web/src): not rebuilding");
} else {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["run", "build", "--workspace", "web"], { cwd: path.join(web, ".."), stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
  writeFileSync(stamp, digest + "\n");
}
