/** A translation bundle: nested objects of strings. */
export type Tree = { [key: string]: string | Tree };

/** "a.b.c" for every string; plural suffixes (_one, _other) folded into their base key. */
export function keysOf(tree: Tree, prefix = ""): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") keys.add(full.replace(/_(zero|one|two|few|many|other)$/, ""));
    else for (const inner of keysOf(value, full)) keys.add(inner);
  }
  return keys;
}
