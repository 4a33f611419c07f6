import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.js";
import { code } from "./fixtures.js";

const ADD = "mutation($i: CouncillorInput!) { addCouncillor(input: $i) { id fullName gender party active } }";
const ACTIVE = "mutation($id: ID!, $a: Boolean!) { setCouncillorActive(councillorId: $id, active: $a) { id active } }";
const ACCOUNT = "mutation($i: AccountInput!) { createAccount(input: $i) { id username role councillor { id fullName } } }";
const PASSWORD = "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";

describe("the register of councillors and accounts", () => {
  let t: TestServer;
  let admin: string;
  let sec: string;
  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.login("admin");
    sec = await t.login("sekretaria");
  });
  afterAll(() => t?.stop());

  it("keeps active councillors within the council's seats; a new councillor takes a seat freed by an ended term", async () => {
    const full = await t.gql(ADD, { i: { fullName: "Arta Kelmendi", gender: "FEMALE", party: "PS" } }, admin);
    expect(code(full)).toBe("CONFLICT");
    expect(full.errors![0].message).toContain("All 51 seats");

    const leaving = (await t.gql("{ councillors { id active } }")).data.councillors[0];
    expect((await t.gql(ACTIVE, { id: leaving.id, a: false }, admin)).data.setCouncillorActive).toEqual({ id: leaving.id, active: false });
    const added = await t.gql(ADD, { i: { fullName: "Arta Kelmendi", gender: "FEMALE", party: "PS" } }, admin);
    expect(added.data.addCouncillor).toMatchObject({ fullName: "Arta Kelmendi", gender: "FEMALE", party: "PS", active: true });
    expect(code(await t.gql(ACTIVE, { id: leaving.id, a: true }, admin))).toBe("CONFLICT"); // no free seat to return to

    const account = await t.gql(ACCOUNT, { i: { username: "kd52", password: "a-long-password", role: "COUNCILLOR", councillorId: added.data.addCouncillor.id } }, admin);
    expect(account.data.createAccount).toMatchObject({ username: "kd52", role: "COUNCILLOR", councillor: { fullName: "Arta Kelmendi" } });
    const token = await t.login("kd52", "a-long-password");
    expect((await t.gql("{ me { councillor { fullName } } }", {}, token)).data.me.councillor.fullName).toBe("Arta Kelmendi");

    // The new councillor appears in attendance of new sessions; the one whose term ended does not.
    const s = await t.gql("mutation($i: CreateSessionInput!) { createSession(input: $i) { attendance { councillor { id } } } }",
      { i: { title: "Pas ndryshimit", scheduledAt: new Date(Date.now() + 9 * 86400_000).toISOString() } }, sec);
    const ids = s.data.createSession.attendance.map((a: { councillor: { id: string } }) => a.councillor.id);
    expect(ids).toHaveLength(51);
    expect(ids).toContain(added.data.addCouncillor.id);
    expect(ids).not.toContain(leaving.id);
  });

  it("refuses weak passwords, bad or taken usernames, and a second account for a councillor", async () => {
    const councillor = (await t.gql("{ councillors { id } }")).data.councillors[5].id;
    const bad = async (i: Record<string, unknown>) => t.gql(ACCOUNT, { i: { username: "someone", password: "long-enough-pass", role: "SECRETARIAT", ...i } }, admin);
    expect(code(await bad({ password: "short" }))).toBe("BAD_USER_INPUT");
    expect(code(await bad({ password: "sekretaria" }))).toBe("BAD_USER_INPUT");
    expect(code(await bad({ username: "Has Spaces" }))).toBe("BAD_USER_INPUT");
    expect(code(await bad({ role: "COUNCILLOR" }))).toBe("BAD_USER_INPUT"); // no councillorId
    expect(code(await bad({ username: "sekretaria" }))).toBe("CONFLICT");
    expect(code(await bad({ role: "COUNCILLOR", councillorId: councillor }))).toBe("CONFLICT"); // already has kdNN
    expect(code(await bad({ role: "COUNCILLOR", councillorId: "00000000-0000-4000-8000-000000000000" }))).toBe("NOT_FOUND");
    const created = await bad({ username: "sekretaria2" });
    expect(created.data.createAccount).toMatchObject({ username: "sekretaria2", role: "SECRETARIAT", councillor: null });
  });

  it("only the ADMIN keeps the register; the public must log in", async () => {
    const councillor = (await t.gql("{ councillors { id } }")).data.councillors[0].id;
    for (const token of [sec, await t.login("kd02"), await t.login("oss")]) {
      expect(code(await t.gql(ADD, { i: { fullName: "X", gender: "MALE" } }, token))).toBe("FORBIDDEN");
      expect(code(await t.gql(ACTIVE, { id: councillor, a: false }, token))).toBe("FORBIDDEN");
      expect(code(await t.gql(ACCOUNT, { i: { username: "x1", password: "long-enough-pass", role: "ADMIN" } }, token))).toBe("FORBIDDEN");
    }
    expect(code(await t.gql(ADD, { i: { fullName: "X", gender: "MALE" } }))).toBe("UNAUTHENTICATED");
    expect(code(await t.gql(PASSWORD, { c: "x", n: "long-enough-pass" }))).toBe("UNAUTHENTICATED");
  });

  it("lets any account change its own password, checking the current one", async () => {
    const token = await t.login("kd03");
    expect(code(await t.gql(PASSWORD, { c: "wrong", n: "a-new-long-password" }, token))).toBe("BAD_USER_INPUT");
    expect(code(await t.gql(PASSWORD, { c: "kuvend", n: "kuvend" }, token))).toBe("BAD_USER_INPUT");
    expect((await t.gql(PASSWORD, { c: "kuvend", n: "a-new-long-password" }, token)).data.changePassword).toBe(true);
    await expect(t.login("kd03", "kuvend")).rejects.toThrow(/Wrong username or password/);
    expect(await t.login("kd03", "a-new-long-password")).toBeTruthy();
  });
});
