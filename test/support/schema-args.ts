import { randomUUID } from "node:crypto";
import {
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema, getNamedType, isEnumType, isInputObjectType,
  isLeafType, isListType, isNonNullType, isObjectType, isScalarType,
} from "graphql";

/**
 * Values of the right GraphQL type for any argument of the schema, so tests can
 * call every mutation without hand-writing its variables: a new mutation is
 * covered the moment it exists.
 */
export function sampleValue(type: GraphQLInputType, overrides: Record<string, unknown> = {}, field = ""): unknown {
  if (field in overrides) return overrides[field];
  if (isNonNullType(type)) return sampleValue(type.ofType, overrides, field);
  if (isListType(type)) return [sampleValue(type.ofType, overrides, field)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const [name, f] of Object.entries(type.getFields())) {
      if (isNonNullType(f.type) || name in overrides) out[name] = sampleValue(f.type, overrides, name);
    }
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "ID": return randomUUID();
      case "Int": return 1;
      case "Float": return 1.5;
      case "Boolean": return true;
      case "DateTime": return new Date(Date.now() - 3600_000).toISOString();
      default: return "Kuvend";
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** `mutation($a: T!, …) { name(a: $a, …) { __typename } }` for a field of the schema. */
export function operationFor(kind: "mutation" | "query", field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(", ");
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const named = getNamedType(field.type);
  const selection = isLeafType(named) ? "" : isObjectType(named) ? " { __typename }" : "";
  return `${kind}${vars ? `(${vars})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`;
}

export function sampleVariables(field: GraphQLField<unknown, unknown>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(field.args.map((a) => [a.name, sampleValue(a.type, overrides, a.name)]));
}

export function mutationsOf(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  return Object.values(schema.getMutationType()?.getFields() ?? {});
}
