import type { ApolloCache, Reference } from "@apollo/client";

/**
 * Appends a freshly created object (already normalized by Apollo) to a list
 * field of its owner, so the console shows it at once; the next
 * `sessionUpdated` event then replaces the whole session anyway.
 */
export function appendToList(
  cache: ApolloCache,
  owner: { __typename: string; id: string },
  field: string,
  created: { __typename: string; id: string } | null | undefined,
): void {
  if (!created) return;
  const ownerId = cache.identify(owner);
  if (!ownerId) return;
  cache.modify({
    id: ownerId,
    fields: {
      [field]: (existing: readonly Reference[] = [], { toReference, readField }) => {
        if (existing.some((ref) => readField("id", ref) === created.id)) return existing;
        const ref = toReference(created);
        return ref ? [...existing, ref] : existing;
      },
    },
  });
}
