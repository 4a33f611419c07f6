import { type DocumentNode, GraphQLError, type GraphQLSchema, parse, specifiedRules, validate, type ValidationRule } from "graphql";
import { LRUCache } from "lru-cache";

/**
 * Parsed and validated subscription documents, by query text. Thousands of
 * dashboards send the same subscription: each is parsed and validated once, and
 * every subscriber holds the same document object (which also lets the shared
 * execution recognise them as one selection without printing the document again).
 */
export type Prepared = { document: DocumentNode; errors?: undefined } | { document?: undefined; errors: readonly GraphQLError[] };

export function subscriptionDocuments(schema: GraphQLSchema, rules: readonly ValidationRule[], maxTokens: number, max = 200) {
  const cache = new LRUCache<string, Prepared>({ max });
  return (query: string): Prepared => {
    const known = cache.get(query);
    if (known) return known;
    let prepared: Prepared;
    try {
      const document = parse(query, { maxTokens });
      const errors = validate(schema, document, [...specifiedRules, ...rules]);
      prepared = errors.length ? { errors } : { document };
    } catch (err) {
      prepared = { errors: [err instanceof GraphQLError ? err : new GraphQLError("The subscription could not be parsed.")] };
    }
    cache.set(query, prepared);
    return prepared;
  };
}
