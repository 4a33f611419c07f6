import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import {
  buildSchema, type GraphQLField, type GraphQLInputField, type GraphQLNamedType, isEnumType, isInputObjectType,
  isObjectType, type GraphQLSchema,
} from "graphql";
import { describe, expect, it } from "vitest";
import { printKuvendSchema, SCHEMA_FILE } from "../../server/src/schema/emit.js";
import { buildKuvendSchema } from "../../server/src/schema/build.js";

const CONTRACT = fileURLToPath(new URL("./api-contract.graphql", import.meta.url));

describe("schema/schema.graphql", () => {
  it("is the schema the server builds (run `npm run schema` after changing resolvers)", async () => {
    expect(await readFile(SCHEMA_FILE, "utf8")).toBe(await printKuvendSchema());
  });
});

/**
 * Every type, field, argument, input field and enum value of API.md exists in the
 * server's schema with exactly the same type, so clients written against API.md work.
 */
describe("the API.md contract", async () => {
  const contract = buildSchema(await readFile(CONTRACT, "utf8"));
  // Rebuilt from its SDL so that both schemas come from the same copy of graphql-js.
  const actual = await buildKuvendSchema();
  const named = Object.values(contract.getTypeMap()).filter((t) => !t.name.startsWith("__") && !["String", "Int", "Float", "Boolean", "ID"].includes(t.name));

  it.each(named.map((t) => [t.name, t] as const))("%s matches", (_name, expected) => {
    const got = actual.getType(expected.name);
    expect(got, `type ${expected.name} missing`).toBeDefined();
    compare(expected, got!, actual);
  });
});

function compare(expected: GraphQLNamedType, got: GraphQLNamedType, _schema: GraphQLSchema): void {
  expect(got.constructor.name).toBe(expected.constructor.name);
  if (isEnumType(expected)) {
    expect(isEnumType(got)).toBe(true);
    if (!isEnumType(got)) return;
    expect(got.getValues().map((v) => v.name).sort()).toEqual(expected.getValues().map((v) => v.name).sort());
    return;
  }
  if (isObjectType(expected) || isInputObjectType(expected)) {
    const gotFields = (got as typeof expected).getFields() as Record<string, GraphQLField<unknown, unknown> | GraphQLInputField>;
    for (const [name, field] of Object.entries(expected.getFields() as Record<string, GraphQLField<unknown, unknown> | GraphQLInputField>)) {
      const g = gotFields[name];
      expect(g, `${expected.name}.${name} missing`).toBeDefined();
      expect(String(g.type), `${expected.name}.${name} type`).toBe(String(field.type));
      if ("args" in field) {
        const gotArgs = Object.fromEntries((g as GraphQLField<unknown, unknown>).args.map((a) => [a.name, String(a.type)]));
        const expectedArgs = Object.fromEntries(field.args.map((a) => [a.name, String(a.type)]));
        // The server may add optional arguments, never change or drop the contract's.
        for (const [arg, type] of Object.entries(expectedArgs)) expect(gotArgs[arg], `${expected.name}.${name}(${arg})`).toBe(type);
        for (const [arg, type] of Object.entries(gotArgs)) if (!(arg in expectedArgs)) expect(type.endsWith("!"), `${expected.name}.${name}(${arg}) must be optional`).toBe(false);
      }
    }
    if (isInputObjectType(expected)) {
      // Extra input fields must be optional, or existing clients would break.
      for (const [name, g] of Object.entries(gotFields)) {
        if (!(name in expected.getFields())) expect(String(g.type).endsWith("!"), `${expected.name}.${name} must be optional`).toBe(false);
      }
    }
  }
}
