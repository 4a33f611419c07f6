import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildKuvendSchema } from "../../server/src/schema/build.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { ALLOWED, ROLES, type Who } from "../support/authorization.js";
import { mutationsOf, operationFor, sampleVariables } from "../support/schema-args.js";

describe("authorization matrix: every mutation × every role", async () => {
  const mutations = mutationsOf(await buildKuvendSchema());
  let t: TestServer;
  const tokens: Partial<Record<Who, string>> = {};
  let ownCouncillorId = "";

  beforeAll(async () => {
    t = await startTestServer();
    tokens.COUNCILLOR = await t.login("kd07");
    tokens.OSS_OPERATOR = await t.login("oss");
    tokens.SECRETARIAT = await t.login("sekretaria");
    tokens.ADMIN = await t.login("admin");
    ownCouncillorId = (await t.gql("{ me { councillor { id } } }", {}, tokens.COUNCILLOR)).data.me.councillor.id;
  });
  afterAll(() => t?.stop());

  it("lists every mutation of the schema", () => {
    expect(mutations.map((m) => m.name).filter((n) => !(n in ALLOWED))).toEqual([]);
    expect(Object.keys(ALLOWED).filter((n) => !mutations.some((m) => m.name === n))).toEqual([]);
  });

  const cases = mutations.flatMap((m) => ROLES.map((who) => [m.name, who, m] as const));
  it.each(cases)("%s as %s", async (name, who, field) => {
    // A councillor acts as themself (acting for another is checked below, everywhere).
    const overrides: Record<string, unknown> = who === "COUNCILLOR" ? { councillorId: ownCouncillorId, leadSponsorId: ownCouncillorId } : {};
    if (name === "login") Object.assign(overrides, { username: "sekretaria", password: "sekretaria" }); // wrong ones are UNAUTHENTICATED by design
    const r = await t.gql(operationFor("mutation", field), sampleVariables(field, overrides), who === "public" ? undefined : tokens[who]);
    const codes = (r.errors ?? []).map((e) => e.extensions?.code);
    expect(codes, JSON.stringify(r.errors)).not.toContain("INTERNAL_SERVER_ERROR");
    if (ALLOWED[name].includes(who)) {
      expect(codes, `${name} should be allowed for ${who}: ${JSON.stringify(r.errors)}`).not.toContain("FORBIDDEN");
      expect(codes).not.toContain("UNAUTHENTICATED");
    } else {
      expect(codes, `${name} should be refused for ${who}`).toEqual([who === "public" ? "UNAUTHENTICATED" : "FORBIDDEN"]);
      expect(r.data?.[name] ?? null).toBeNull();
    }
  });

  it("a councillor acting for another councillor is refused everywhere", async () => {
    const other = (await t.gql("{ councillors { id } }")).data.councillors.find((c: { id: string }) => c.id !== ownCouncillorId).id;
    const acting = mutations.filter((m) => /"(councillorId|leadSponsorId)"/.test(JSON.stringify(sampleVariables(m, { councillorId: other, leadSponsorId: other }))));
    expect(acting.map((m) => m.name)).toEqual(expect.arrayContaining(["castBallot", "fileDeclaration", "submitInitiative"]));
    // requestFloor is the exception API.md names: a councillor's councillorId is ignored (they always ask for themself), checked in floor.test.ts.
    // requestAlertSubscription's councillorId is whom the mailbox follows, not who acts: anyone may follow any councillor (alerts.test.ts).
    for (const m of acting.filter((x) => x.name !== "requestFloor" && x.name !== "requestAlertSubscription")) {
      const r = await t.gql(operationFor("mutation", m), sampleVariables(m, { councillorId: other, leadSponsorId: other }), tokens.COUNCILLOR);
      expect(r.errors?.[0]?.extensions?.code, m.name).toBe("FORBIDDEN");
    }
  });
});
