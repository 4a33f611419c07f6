import fc from "fast-check";
import {
  type GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildKuvendSchema } from "../../server/src/schema/build.js";
import { ALLOWED, type Who } from "../support/authorization.js";
import { mutationsOf, operationFor } from "../support/schema-args.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { M, newSession } from "./fixtures.js";

const RUNS_PER_MUTATION = Number(process.env.FUZZ_RUNS ?? 60);
const TYPED_CODES = ["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "NOT_FOUND", "CONFLICT"];

/** Strings that have broken servers before: empty, blank, control and NUL characters, huge, SQL-ish, odd Unicode. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "'; DROP TABLE ballot; --", "%", "\\", "ë".repeat(3000), "x".repeat(120_000),
    "2026-13-45", "NaN", "-1", "null", "{}", "\u202e\u0645", "🗳️".repeat(50)),
);

function arbitraryFor(type: GraphQLInputType, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  // Mostly well-typed values, so that most inputs pass GraphQL's own checks and reach Kuvend's rules.
  if (isNonNullType(type)) return fc.oneof({ weight: 30, arbitrary: arbitraryFor(type.ofType, ids, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  const nullable = (a: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return nullable(fc.array(arbitraryFor(type.ofType, ids, depth + 1), { maxLength: depth > 1 ? 2 : 6 }));
  if (isEnumType(type)) return nullable(fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: nastyString }));
  if (isInputObjectType(type)) {
    const fields: Record<string, fc.Arbitrary<unknown>> = Object.fromEntries(Object.entries(type.getFields()).map(([name, f]) => [name, arbitraryFor(f.type, ids, depth + 1)]));
    const required = Object.entries(type.getFields()).filter(([, f]) => isNonNullType(f.type)).map(([n]) => n);
    return nullable(fc.oneof(
      { weight: 20, arbitrary: fc.record(fields, { requiredKeys: required }) },
      { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.record({ ...fields, unknownField: nastyString } as Record<string, fc.Arbitrary<unknown>>, { requiredKeys: [...required, "unknownField"] }) },
    ));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "ID": return nullable(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ids) }, { weight: 2, arbitrary: fc.uuid() }, { weight: 1, arbitrary: nastyString }, { weight: 1, arbitrary: fc.integer() }));
      case "Int": return nullable(fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -3, max: 7 }) }, { weight: 2, arbitrary: fc.integer() },
        { weight: 1, arbitrary: fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e300, 0.5) }, { weight: 1, arbitrary: nastyString }));
      case "Float": return nullable(fc.oneof(fc.double(), nastyString));
      case "Boolean": return nullable(fc.oneof({ weight: 8, arbitrary: fc.boolean() }, { weight: 1, arbitrary: nastyString }));
      case "DateTime": return nullable(fc.oneof(
        fc.date({ min: new Date(Date.now() - 400 * 86_400_000), max: new Date(Date.now() + 30 * 86_400_000), noInvalidDate: true }).map((d) => d.toISOString()),
        fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }).map((d) => d.toISOString()),
        fc.constantFrom("9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "2026-02-30T10:00:00Z", "2026-12-07T10:00:00+25:00", "today"),
        nastyString));
      default: return nullable(nastyString);
    }
  }
  return fc.constant(null);
}

/** fast-check's report, without echoing 100 kB counterexamples in full. */
function shortReport<T>(out: fc.RunDetails<T>): void {
  if (out.failed) throw new Error(`${String(out.errorInstance ?? "").slice(0, 600)}\ncounterexample: ${JSON.stringify(out.counterexample).slice(0, 600)} (seed ${out.seed}, path ${out.counterexamplePath})`);
}

describe("malformed and random input to every mutation", async () => {
  const mutations = mutationsOf(await buildKuvendSchema());
  let t: TestServer;
  const tokens: Partial<Record<Who, string>> = {};
  let ids: string[] = [];
  const tally = { requests: 0, successes: 0, refusals: {} as Record<string, number> };

  beforeAll(async () => {
    t = await startTestServer();
    for (const [who, user] of [["COUNCILLOR", "kd03"], ["OSS_OPERATOR", "oss"], ["SECRETARIAT", "sekretaria"], ["ADMIN", "admin"]] as const) tokens[who] = await t.login(user);
    // Real ids to aim at, and a live session with an open vote, so random input reaches deep paths too.
    const { sessionId, itemIds } = await newSession(t, tokens.SECRETARIAT!, 2);
    await t.gql(M.start, { id: sessionId }, tokens.SECRETARIAT);
    const councillors = (await t.gql("{ councillors { id } }")).data.councillors.map((c: { id: string }) => c.id);
    await t.gql("mutation($i: AttendanceBatchInput!) { recordAttendanceBatch(input: $i) { id } }", { i: { sessionId, councillorIds: councillors.slice(0, 30), status: "PRESENT" } }, tokens.SECRETARIAT);
    await t.gql(M.startItem, { id: itemIds[0] }, tokens.SECRETARIAT);
    const vote = (await t.gql(M.openVote, { i: { agendaItemId: itemIds[0], majority: "SIMPLE" } }, tokens.SECRETARIAT)).data.openVote.id;
    const rows = await t.sql(`SELECT id::text FROM council_session UNION ALL SELECT id::text FROM agenda_item UNION ALL SELECT id::text FROM vote
      UNION ALL (SELECT id::text FROM service_request ORDER BY received_at DESC LIMIT 20) UNION ALL SELECT id::text FROM initiative LIMIT 200`);
    ids = [sessionId, ...itemIds, vote, ...councillors.slice(0, 35), ...rows.map((r) => r.id)];
  }, 120_000);
  afterAll(async () => {
    console.log(`fuzz: ${tally.requests} requests, ${tally.successes} successes, refusals ${JSON.stringify(tally.refusals)}`);
    await t?.stop();
  });

  it.each(mutations.map((m) => [m.name, m] as const))("%s answers every input with a success or a typed error", async (name, field) => {
    const who = ALLOWED[name].includes("SECRETARIAT") ? "SECRETARIAT" : ALLOWED[name].find((w) => w !== "public") ?? "public";
    const token = who === "public" ? undefined : tokens[who];
    const document = operationFor("mutation", field);
    const required = field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name);
    const argArbs: Record<string, fc.Arbitrary<unknown>> = Object.fromEntries(field.args.map((a) => [a.name, arbitraryFor(a.type, ids)]));
    const variables = fc.oneof({ weight: 20, arbitrary: fc.record(argArbs, { requiredKeys: required }) }, { weight: 1, arbitrary: fc.record(argArbs, { requiredKeys: [] }) });
    await fc.assert(
      fc.asyncProperty(variables, async (vars) => {
        const res = await fetch(`${t.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query: document, variables: vars }),
        });
        tally.requests++;
        expect(res.status, `HTTP ${res.status} for ${JSON.stringify(vars).slice(0, 300)}`).toBeLessThan(500);
        expect(res.headers.get("content-type"), `not JSON (HTTP ${res.status})`).toContain("application/json");
        const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
        for (const e of body.errors ?? []) {
          const c = e.extensions?.code ?? "(none)";
          expect(TYPED_CODES, `${name}: ${c} "${e.message}" for ${JSON.stringify(vars).slice(0, 300)}`).toContain(c);
          tally.refusals[c] = (tally.refusals[c] ?? 0) + 1;
        }
        if (!body.errors) tally.successes++;
      }),
      { numRuns: name === "login" || name === "changePassword" || name === "createAccount" ? 20 : RUNS_PER_MUTATION, reporter: shortReport },
    );
  }, 120_000);

  it("leaves the council's record consistent", async () => {
    // A closed vote's fixed tally equals its ballots; at most one open vote per session; the current item is the session's own.
    expect(await t.sql(`SELECT v.id FROM vote v WHERE v.status = 'CLOSED' AND (
      v.for_count <> (SELECT count(*) FROM ballot b WHERE b.vote_id = v.id AND b.choice = 'FOR') OR
      v.against_count <> (SELECT count(*) FROM ballot b WHERE b.vote_id = v.id AND b.choice = 'AGAINST') OR
      v.abstain_count <> (SELECT count(*) FROM ballot b WHERE b.vote_id = v.id AND b.choice = 'ABSTAIN'))`)).toEqual([]);
    expect(await t.sql("SELECT session_id FROM vote WHERE status = 'OPEN' GROUP BY session_id HAVING count(*) > 1")).toEqual([]);
    expect(await t.sql(`SELECT s.id FROM council_session s JOIN agenda_item i ON i.id = s.current_item_id WHERE i.session_id <> s.id`)).toEqual([]);
    // No ballot from a councillor recused on the item by the declaration in force.
    expect(await t.sql(`SELECT b.vote_id FROM ballot b JOIN vote v ON v.id = b.vote_id JOIN LATERAL (
        SELECT recused FROM declaration d WHERE d.agenda_item_id = v.agenda_item_id AND d.councillor_id = b.councillor_id
        ORDER BY filed_at DESC, id DESC LIMIT 1) d ON d.recused`)).toEqual([]);
    expect(tally.requests).toBeGreaterThan(1000);
  });
});
