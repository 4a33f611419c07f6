import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildKuvendSchema } from "./build.js";

/** Writes schema/schema.graphql at the top of the project (npm run schema). */
export const SCHEMA_FILE = fileURLToPath(new URL("../../../schema/schema.graphql", import.meta.url));

export async function printKuvendSchema(): Promise<string> {
  return `# Generated from the server code by \`npm run schema\`; do not edit by hand.\n\n${printSchema(lexicographicSortSchema(await buildKuvendSchema()))}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(SCHEMA_FILE, await printKuvendSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
