/* eslint-disable @typescript-eslint/no-explicit-any -- walks a parsed YAML document (the compose file), untyped by nature. */
/**
 * Checks the deployment files where Docker is absent (CI, a laptop): `npm run check:deploy`,
 * and test/deploy/deploy.test.ts runs the same checks under `npm test`.
 *
 * - docker-compose.yml against the Compose Specification's JSON schema (the copy that the
 *   npm package dclint ships and keeps current), with dclint's correctness rules, and
 *   Kuvend's own rules: every image pinned by tag and digest (the app's own image tagged by
 *   the package.json version), log rotation on every service, no published port on the app,
 *   the app on an internal network only, TRUST_PROXY naming the proxy's fixed address inside
 *   the backend subnet, the council settings passed through, the database roles, the
 *   pg_isready -h 127.0.0.1 healthcheck, and bind-mounted files that exist.
 * - Dockerfile through dockerfile-utils' validator (the one of the Docker language server),
 *   then structurally: every FROM is an earlier stage or an image pinned by tag and digest
 *   (ARG defaults resolved), no `latest`, Node on a supported LTS, unique stage names,
 *   COPY --from naming an earlier stage, and COPY sources that exist in the build context.
 * - The Caddyfile and the shell scripts that compose and cron run.
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DCLinter } from "dclint";
import { DockerfileParser } from "dockerfile-ast";
import { validate as validateDockerfile } from "dockerfile-utils";
import { parse as parseYaml } from "yaml";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Node release lines in support (LTS) for the image: 22 until April 2027, 24 until April 2028. */
const SUPPORTED_NODE_MAJORS = [22, 24];
/** The validator answers Language Server Protocol diagnostics: severity 1 is an error. */
const LSP_ERROR = 1;
const PINNED_TAG = /^[^:@\s]+:(?!latest@)[A-Za-z0-9_][A-Za-z0-9_.-]*@sha256:[0-9a-f]{64}$/;

export type Files = { compose: string; dockerfile: string; root: string; packageVersion: string };

export function repoFiles(root = REPO): Files {
  return {
    root,
    compose: path.join(root, "docker-compose.yml"),
    dockerfile: path.join(root, "Dockerfile"),
    packageVersion: JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version,
  };
}

/** Every problem found, as "file: what is wrong"; empty when the deployment files are sound. */
export function checkDeployment(files: Files = repoFiles()): string[] {
  return [...checkCompose(files), ...checkDockerfile(files), ...checkDeployFiles(files.root)];
}

/** Compose interpolation defaults: "${A:-x}" → "x", "${A:?msg}" → "<A>". */
const withDefaults = (v: unknown) =>
  String(v ?? "").replace(/\$\{(\w+)(?::?-([^}]*)|:?\?[^}]*)?\}/g, (_m, name: string, def?: string) => (def !== undefined ? def : `<${name}>`));

export function checkCompose(files: Pick<Files, "compose" | "root" | "packageVersion">): string[] {
  const where = path.relative(files.root, files.compose) || files.compose;
  const problems: string[] = [];
  const linter = new DCLinter({
    quiet: true,
    debug: false,
    exclude: [],
    // The schema check always runs; of dclint's rules, those about correctness (not style). Every
    // rule not set to 0 is on. Off on purpose: build + image (the build is tagged by version, to roll
    // back to) and ports bound to every interface (the proxy's 80 and 443 face the internet).
    rules: {
      "no-duplicate-container-names": 2,
      "no-duplicate-exported-ports": 2,
      "no-version-field": 2,
      "require-project-name-field": 2,
      "service-image-require-explicit-tag": 2,
      "service-container-name-regex": 2,
      "no-build-and-image": 0,
      "no-unbound-port-interfaces": 0,
      "no-quotes-in-volumes": 0,
      "require-quotes-in-ports": 0,
      "service-dependencies-alphabetical-order": 0,
      "service-keys-order": 0,
      "service-ports-alphabetical-order": 0,
      "services-alphabetical-order": 0,
      "top-level-properties-order": 0,
    },
  });
  for (const result of linter.lintFiles([files.compose], false)) {
    for (const m of result.messages) if (m.type === "error") problems.push(`${where}:${m.line}: ${m.rule}: ${m.message}`);
  }
  if (problems.length) return problems;

  const doc = parseYaml(readFileSync(files.compose, "utf8"), { merge: true }) as any;
  const services: Record<string, any> = doc.services ?? {};
  const networks: Record<string, any> = doc.networks ?? {};
  const say = (s: string) => problems.push(`${where}: ${s}`);

  for (const [name, svc] of Object.entries(services)) {
    const image = String(svc.image ?? "");
    if (svc.build) {
      const m = /^([a-z0-9._/-]+):\$\{KUVEND_VERSION:-([^}]+)\}$/.exec(image);
      if (!m) say(`service ${name} is built here: tag its image by version, e.g. "kuvend:\${KUVEND_VERSION:-${files.packageVersion}}" (now "${image}")`);
      else if (m[2] !== files.packageVersion) say(`service ${name}: the default image tag ${m[2]} is not package.json's version ${files.packageVersion}`);
    } else if (!PINNED_TAG.test(image)) {
      say(`service ${name}: image "${image}" must be pinned by tag and digest (name:tag@sha256:…)`);
    }
    const logging = svc.logging ?? {};
    if (logging.driver !== "json-file" || !logging.options?.["max-size"] || !logging.options?.["max-file"]) {
      say(`service ${name}: logs must rotate (logging: driver json-file with max-size and max-file)`);
    }
    for (const v of svc.volumes ?? []) {
      const source = typeof v === "string" ? v.split(":")[0] : v?.type === "bind" ? v.source : null;
      if (source && (source.startsWith("./") || source.startsWith("../")) && !existsSync(path.resolve(path.dirname(files.compose), source))) {
        say(`service ${name}: mounts ${source}, which does not exist`);
      }
    }
  }

  const app = services.app;
  const proxy = services.proxy;
  const db = services.db;
  if (!app || !proxy || !db) {
    say("expected the services db, app and proxy");
    return problems;
  }
  if (app.ports?.length) say("service app must not publish a port: only the proxy reaches it");
  const appNetworks = Array.isArray(app.networks) ? app.networks : Object.keys(app.networks ?? {});
  if (!appNetworks.length) say("service app must be on an explicit internal network (it is on the default one)");
  for (const n of appNetworks) if (networks[n]?.internal !== true) say(`service app is on network ${n}, which is not internal`);
  const published = (proxy.ports ?? []).map((p: unknown) => String(typeof p === "object" ? (p as any).published : String(p).split(":")[0]));
  for (const port of ["80", "443"]) if (!published.includes(port)) say(`service proxy must publish port ${port}`);

  const env = (svc: any): Record<string, string> =>
    Array.isArray(svc.environment)
      ? Object.fromEntries(svc.environment.map((kv: string) => [kv.split("=")[0], kv.slice(kv.indexOf("=") + 1)]))
      : (svc.environment ?? {});
  const appEnv = env(app);
  for (const key of ["COUNCIL_NAME", "COUNCIL_SEATS", "TRUST_PROXY", "DATABASE_URL", "MIGRATION_DATABASE_URL", "JWT_SECRET"]) {
    if (!(key in appEnv)) say(`service app: environment ${key} is not passed through`);
  }
  if (withDefaults(appEnv.COUNCIL_SEATS) !== "51" || !withDefaults(appEnv.COUNCIL_NAME).includes("Elbasan")) {
    say("service app: COUNCIL_NAME and COUNCIL_SEATS default to Elbasan's (51 seats)");
  }
  if (!/^postgres(ql)?:\/\/kuvend_app:/.test(String(appEnv.DATABASE_URL ?? ""))) say("service app: DATABASE_URL must connect as the app role kuvend_app");
  if (String(appEnv.MIGRATION_DATABASE_URL ?? "").includes("kuvend_app")) say("service app: MIGRATION_DATABASE_URL must be the owner role, not kuvend_app");

  // TRUST_PROXY: the proxy's fixed address on a network the app shares, inside that network's subnet.
  const trusted = withDefaults(appEnv.TRUST_PROXY).split(",").map((s) => s.trim()).filter(Boolean);
  const proxyAddresses = Object.entries(typeof proxy.networks === "object" && !Array.isArray(proxy.networks) ? proxy.networks : {})
    .filter(([n]) => appNetworks.includes(n))
    .map(([n, cfg]) => ({ network: n, address: withDefaults((cfg as any)?.ipv4_address) }));
  if (!proxyAddresses.length || !proxyAddresses.every((a) => a.address)) {
    say("service proxy needs a fixed ipv4_address on the app's network, for TRUST_PROXY");
  }
  for (const { network, address } of proxyAddresses) {
    if (!address) continue;
    if (!trusted.includes(address)) say(`service app: TRUST_PROXY (${trusted.join(",") || "unset"}) must name the proxy's address ${address}`);
    const subnets: string[] = (networks[network]?.ipam?.config ?? []).map((c: any) => withDefaults(c.subnet));
    if (!subnets.some((s) => inSubnet(address, s))) say(`network ${network}: the proxy's address ${address} is not inside its subnet (${subnets.join(", ") || "none declared"})`);
  }

  const health = [db.healthcheck?.test].flat().map(String).join(" ");
  if (!/pg_isready/.test(health) || !/-h[ =]*127\.0\.0\.1/.test(health)) {
    say("service db: the healthcheck must be pg_isready -h 127.0.0.1 (docker-library/postgres#880)");
  }
  const dbEnv = env(db);
  if (!dbEnv.POSTGRES_APP_PASSWORD) say("service db: POSTGRES_APP_PASSWORD must reach the init script that creates kuvend_app");
  if (!(db.volumes ?? []).some((v: unknown) => String(v).includes("/docker-entrypoint-initdb.d"))) say("service db: mount deploy/postgres-init at /docker-entrypoint-initdb.d");
  return problems;
}

function inSubnet(address: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split("/");
  const bits = Number(bitsText);
  const toInt = (a: string) => a.split(".").reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(address) || !/^\d+\.\d+\.\d+\.\d+$/.test(base ?? "") || !(bits >= 0 && bits <= 32)) return false;
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (toInt(address) & mask) === (toInt(base) & mask);
}

export function checkDockerfile(files: Pick<Files, "dockerfile" | "root">): string[] {
  const where = path.relative(files.root, files.dockerfile) || files.dockerfile;
  const text = readFileSync(files.dockerfile, "utf8");
  const problems: string[] = [];
  for (const d of validateDockerfile(text)) {
    if (d.severity === LSP_ERROR) problems.push(`${where}:${d.range.start.line + 1}: ${d.message}`);
  }

  const dockerfile = DockerfileParser.parse(text);
  const args = new Map<string, string>();
  for (const arg of dockerfile.getInitialARGs()) {
    const p = arg.getProperty();
    if (p?.getName()) args.set(p.getName(), p.getValue() ?? "");
  }
  const expand = (s: string) => s.replace(/\$\{(\w+)\}|\$(\w+)/g, (_m, a?: string, b?: string) => args.get((a ?? b)!) ?? "");
  const stages: string[] = [];
  for (const from of dockerfile.getFROMs()) {
    const line = from.getRange().start.line + 1;
    const raw = from.getImage() ?? "";
    const image = expand(raw);
    if (stages.includes(image)) {
      // an earlier stage
    } else if (!image) {
      problems.push(`${where}:${line}: FROM ${raw} does not resolve to an image (no ARG default)`);
    } else if (!PINNED_TAG.test(image) || /:latest@/.test(image)) {
      problems.push(`${where}:${line}: FROM ${image} must be an image pinned by tag and digest (name:tag@sha256:…), not latest`);
    } else if (/^(docker\.io\/)?(library\/)?node:/.test(image)) {
      const major = Number(/^[^:]+:(\d+)/.exec(image)?.[1]);
      if (!SUPPORTED_NODE_MAJORS.includes(major)) problems.push(`${where}:${line}: Node ${major || "?"} is not a supported LTS (${SUPPORTED_NODE_MAJORS.join(" or ")})`);
    }
    const stage = from.getBuildStage();
    if (stage) {
      if (stages.includes(stage)) problems.push(`${where}:${line}: stage name ${stage} is used twice`);
      stages.push(stage);
    }
  }
  if (!stages.length && !dockerfile.getFROMs().length) problems.push(`${where}: no FROM`);

  for (const copy of dockerfile.getCOPYs()) {
    const line = copy.getRange().start.line + 1;
    const flag = copy.getFromFlag();
    const before = stagesBefore(dockerfile, line);
    if (flag) {
      const fromFlag = flag.getValue() ?? "";
      if (!before.includes(fromFlag)) problems.push(`${where}:${line}: COPY --from=${fromFlag} names no earlier stage`);
      continue;
    }
    const sources = copy.getArguments().map((a) => a.getValue()).filter((v) => !v.startsWith("--")).slice(0, -1);
    for (const source of sources) {
      if (!existsSync(path.join(files.root, source))) problems.push(`${where}:${line}: COPY ${source}: not in the build context`);
    }
  }
  return problems;
}

function stagesBefore(dockerfile: ReturnType<typeof DockerfileParser.parse>, line: number): string[] {
  return dockerfile.getFROMs().filter((f) => f.getRange().start.line + 1 < line).map((f) => f.getBuildStage()).filter((s): s is string => !!s);
}

export function checkDeployFiles(root: string): string[] {
  const problems: string[] = [];
  const caddyfile = path.join(root, "deploy/Caddyfile");
  if (!existsSync(caddyfile)) problems.push("deploy/Caddyfile: missing");
  else {
    const text = readFileSync(caddyfile, "utf8");
    if (!text.includes("{$KUVEND_DOMAIN}")) problems.push("deploy/Caddyfile: the site address must be {$KUVEND_DOMAIN} (automatic HTTPS for it)");
    if (!/reverse_proxy\s+app:4000/.test(text)) problems.push("deploy/Caddyfile: reverse_proxy app:4000 is missing");
  }
  for (const script of ["deploy/backup.sh", "deploy/postgres-init/10-app-role.sh"]) {
    const file = path.join(root, script);
    if (!existsSync(file)) {
      problems.push(`${script}: missing`);
      continue;
    }
    if (!readFileSync(file, "utf8").includes("set -euo pipefail")) problems.push(`${script}: must start with set -euo pipefail`);
    try {
      accessSync(file, constants.X_OK);
      if (!(statSync(file).mode & 0o100)) throw new Error("not executable");
    } catch {
      problems.push(`${script}: must be executable (chmod +x)`);
    }
  }
  return problems;
}

// `npm run check:deploy`
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = checkDeployment();
  if (problems.length) {
    for (const p of problems) console.error(`✗ ${p}`);
    console.error(`${problems.length} problem(s) in the deployment files`);
    process.exit(1);
  }
  console.log("deployment files: docker-compose.yml (Compose Specification schema and Kuvend's rules), Dockerfile, deploy/ are sound");
}
