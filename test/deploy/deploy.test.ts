import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import "../support/global-setup.js";
import { checkCompose, checkDeployment, checkDockerfile, REPO, repoFiles } from "./check.js";

/**
 * Issue 11, point 6: a deployment an operator can trust, checked where Docker is absent.
 * The same checks run in .ci/run before the tests (`npm run check:deploy`).
 */
const temp: string[] = [];
afterAll(() => { for (const d of temp) rmSync(d, { recursive: true, force: true }); });
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), "kuvend-deploy-"));
  temp.push(d);
  return d;
};

describe("deployment files", () => {
  it("docker-compose.yml, the Dockerfile and deploy/ pass every check", () => {
    expect(checkDeployment()).toEqual([]);
  });

  /** A copy of the repository's deployment files with one change, and what the checker says about it. */
  function withChange(file: "docker-compose.yml" | "Dockerfile", change: (text: string) => string): string[] {
    const root = tempDir();
    cpSync(path.join(REPO, "deploy"), path.join(root, "deploy"), { recursive: true });
    for (const f of ["docker-compose.yml", "Dockerfile", "package.json", "package-lock.json", "tsconfig.json"]) copyFileSync(path.join(REPO, f), path.join(root, f));
    for (const f of ["server/package.json", "web/package.json", "test/package.json", "server/tsconfig.json"]) {
      mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      copyFileSync(path.join(REPO, f), path.join(root, f));
    }
    mkdirSync(path.join(root, "server/src"), { recursive: true });
    mkdirSync(path.join(root, "web"), { recursive: true });
    const target = path.join(root, file);
    const before = readFileSync(target, "utf8");
    const after = change(before);
    expect(after, "the change applies").not.toBe(before);
    writeFileSync(target, after);
    const files = { ...repoFiles(root), root };
    return file === "Dockerfile" ? checkDockerfile(files) : checkCompose(files);
  }

  it.each<[string, (s: string) => string, RegExp]>([
    ["a key the Compose Specification does not have", (s) => s.replace("    restart: unless-stopped\n    init: true", "    restart: unless-stopped\n    init: true\n    restart_policy: always"), /invalid-schema/],
    ["a wrong type", (s) => s.replace("stop_grace_period: 15s", "stop_grace_period: [15s]"), /invalid-schema/],
    ["a published port on the app", (s) => s.replace("    # No published port: only the proxy reaches the app, on the internal backend network.\n", "    ports:\n      - \"4000:4000\"\n"), /app must not publish a port/],
    ["an image by tag only", (s) => s.replace(/image: postgres:17[^\n]*/, "image: postgres:17"), /db: image "postgres:17" must be pinned/],
    ["the latest tag", (s) => s.replace(/image: caddy:[^\n]*/, "image: caddy:latest"), /explicit-tag|must be pinned/],
    ["no log rotation on a service", (s) => { const i = s.lastIndexOf("    logging: *logging\n"); return s.slice(0, i) + s.slice(i + 22); }, /proxy: logs must rotate/],
    ["pg_isready without -h", (s) => s.replace(/"-h", "127\.0\.0\.1", /, ""), /pg_isready -h 127\.0\.0\.1/],
    ["TRUST_PROXY not naming the proxy", (s) => s.replace('TRUST_PROXY: "${KUVEND_PROXY_ADDRESS:-172.28.40.10}"', 'TRUST_PROXY: "loopback"'), /TRUST_PROXY \(loopback\) must name the proxy's address 172\.28\.40\.10/],
    ["a proxy address outside the subnet", (s) => s.replace('subnet: "${KUVEND_BACKEND_SUBNET:-172.28.40.0/24}"', 'subnet: "10.9.0.0/16"'), /not inside its subnet/],
    ["the app on a network that reaches out", (s) => s.replace("    internal: true\n", ""), /network backend, which is not internal/],
    ["no COUNCIL_SEATS", (s) => s.replace(/ +COUNCIL_SEATS: [^\n]*\n/, ""), /COUNCIL_SEATS is not passed through/],
    ["the app connecting as the owner", (s) => s.replace("postgres://kuvend_app:", "postgres://kuvend_owner:"), /DATABASE_URL must connect as the app role/],
    ["an unversioned app image", (s) => s.replace('image: "kuvend:${KUVEND_VERSION:-0.1.0}"', "image: kuvend:latest"), /explicit-tag/],
    ["an app image tag that is not package.json's version", (s) => s.replace('image: "kuvend:${KUVEND_VERSION:-0.1.0}"', 'image: "kuvend:${KUVEND_VERSION:-0.0.9}"'), /default image tag 0\.0\.9 is not package\.json's version 0\.1\.0/],
    ["an app image tagged without KUVEND_VERSION", (s) => s.replace('image: "kuvend:${KUVEND_VERSION:-0.1.0}"', "image: kuvend:0.1.0"), /tag its image by version/],
    ["a mount of a file that does not exist", (s) => s.replace("./deploy/Caddyfile:", "./deploy/Caddyfile.missing:"), /mounts \.\/deploy\/Caddyfile\.missing, which does not exist/],
  ])("docker-compose.yml: %s is caught", (_name, change, expected) => {
    expect(withChange("docker-compose.yml", change).join("\n")).toMatch(expected);
  });

  it.each<[string, (s: string) => string, RegExp]>([
    ["Node 20 (end of life)", (s) => s.replace(/ARG NODE_IMAGE=node:24[^@]*@/, "ARG NODE_IMAGE=node:20.19.5-bookworm-slim@"), /Node 20 is not a supported LTS/],
    ["a base image by tag only", (s) => s.replace(/ARG NODE_IMAGE=[^\n]*/, "ARG NODE_IMAGE=node:24-bookworm-slim"), /must be an image pinned by tag and digest/],
    ["node:latest", (s) => s.replace(/ARG NODE_IMAGE=[^\n]*/, "ARG NODE_IMAGE=node:latest"), /not latest/],
    ["COPY --from a stage that does not exist", (s) => s.replace("COPY --from=build /app/web/dist", "COPY --from=bulid /app/web/dist"), /COPY --from=bulid names no earlier stage/],
    ["COPY of a file that is not in the context", (s) => s.replace("COPY tsconfig.json ./\nCOPY web web", "COPY tsconfig.json ./\nCOPY webb web"), /COPY webb: not in the build context/],
    ["an unknown instruction", (s) => s.replace("WORKDIR /app\nCOPY package.json", "WORKDIR /app\nCOPPY package.json package-lock.json ./\nCOPY package.json"), /Unknown instruction: COPPY/i],
  ])("Dockerfile: %s is caught", (_name, change, expected) => {
    expect(withChange("Dockerfile", change).join("\n")).toMatch(expected);
  });
});

describe("deploy/backup.sh", () => {
  const script = path.join(REPO, "deploy/backup.sh");
  const run = (dir: string, env: Record<string, string>) =>
    spawnSync("bash", [script, dir], { env: { ...process.env, ...env }, encoding: "utf8" });
  // Stand-ins for pg_dump and pg_restore --list (the real ones run in the db container): one that
  // writes a dump, one that writes part of a dump and then fails, as a dropped connection does.
  const GOOD = { PG_DUMP: "printf PGDMP-complete-dump", PG_RESTORE: "grep -q complete" };
  const PARTIAL = { PG_DUMP: "printf PGDMP-half; exit 3", PG_RESTORE: "grep -q complete" };
  const CORRUPT = { PG_DUMP: "printf PGDMP-garbled", PG_RESTORE: "grep -q complete" };

  it("writes one dump readable by its owner only, in a folder only its owner can enter", () => {
    const dir = path.join(tempDir(), "backups");
    const r = run(dir, GOOD);
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^kuvend-\d{8}T\d{6}Z\.dump$/);
    expect(readFileSync(path.join(dir, files[0]), "utf8")).toBe("PGDMP-complete-dump");
    expect(statSync(path.join(dir, files[0])).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it.each([["a dump that fails half-way", PARTIAL], ["a dump pg_restore cannot read", CORRUPT]])("%s leaves no file behind and fails", (_name, env) => {
    const dir = path.join(tempDir(), "backups");
    const r = run(dir, env);
    expect(r.status).not.toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("deletes dumps older than KEEP_DAYS after a good dump, and keeps them after a failed one", () => {
    const dir = path.join(tempDir(), "backups");
    mkdirSync(dir);
    const old = path.join(dir, "kuvend-20200101T023000Z.dump");
    const recent = path.join(dir, "kuvend-20991231T023000Z.dump");
    for (const f of [old, recent]) writeFileSync(f, "PGDMP");
    const monthAgo = new Date(Date.now() - 30 * 86400_000);
    utimesSync(old, monthAgo, monthAgo);
    expect(run(dir, { ...PARTIAL, KEEP_DAYS: "14" }).status).not.toBe(0);
    expect(readdirSync(dir).sort()).toEqual([path.basename(old), path.basename(recent)]);
    expect(run(dir, { ...GOOD, KEEP_DAYS: "14" }).status).toBe(0);
    const left = readdirSync(dir);
    expect(left).toHaveLength(2);
    expect(left).not.toContain(path.basename(old));
    expect(left).toContain(path.basename(recent));
  });
});

describe("deploy/postgres-init/10-app-role.sh", () => {
  it("creates a login role without superuser, database or role rights, and can run again", async () => {
    const admin = new URL(inject("pgAdminUrl"));
    const role = `kuvend_app_t${Date.now().toString(36)}`;
    const env = {
      ...process.env, PGHOST: admin.hostname, PGPORT: admin.port, PGPASSWORD: decodeURIComponent(admin.password),
      POSTGRES_USER: decodeURIComponent(admin.username), POSTGRES_DB: admin.pathname.slice(1) || "postgres",
      POSTGRES_APP_USER: role, POSTGRES_APP_PASSWORD: "first0password",
    };
    const script = path.join(REPO, "deploy/postgres-init/10-app-role.sh");
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    try {
      execFileSync("bash", [script], { env, encoding: "utf8" });
      execFileSync("bash", [script], { env: { ...env, POSTGRES_APP_PASSWORD: "second0password" }, encoding: "utf8" });
      const { rows } = await c.query("SELECT rolcanlogin, rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = $1", [role]);
      expect(rows).toEqual([{ rolcanlogin: true, rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolreplication: false, rolbypassrls: false }]);
      // The second run set the new password: the role logs in with it.
      const login = new URL(admin.toString());
      login.username = role;
      login.password = "second0password";
      const app = new pg.Client({ connectionString: login.toString() });
      await app.connect();
      const [{ who }] = (await app.query("SELECT current_user AS who")).rows;
      await app.end();
      expect(who).toBe(role);
      // A password with quotes cannot break out of the SQL.
      execFileSync("bash", [script], { env: { ...env, POSTGRES_APP_PASSWORD: "x'; DROP ROLE postgres; --" }, encoding: "utf8" });
      expect((await c.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role])).rowCount).toBe(1);
    } finally {
      await c.query(`REVOKE ALL ON DATABASE ${admin.pathname.slice(1) || "postgres"} FROM ${role}`).catch(() => {});
      await c.query(`DROP ROLE IF EXISTS ${role}`);
      await c.end();
    }
  });
});
