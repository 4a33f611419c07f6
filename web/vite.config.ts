import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "graphql";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { compression, defineAlgorithm } from "vite-plugin-compression2";

// The API runs on :4000 in development; the dev server forwards both HTTP
// queries and the graphql-ws socket so the client always talks to its own origin,
// and the server's downloads (minutes, open data) too.
const api = "http://localhost:4000";
const proxy = {
  "/graphql": { target: api, ws: true, changeOrigin: true },
  "/minutes": { target: api, changeOrigin: true },
  "/open-data": { target: api, changeOrigin: true },
  "/feeds": { target: api, changeOrigin: true },
  "/packages": { target: api, changeOrigin: true }, // meeting packages: uploads, files, ZIPs
  "^/kalendari(/[^/]+)?\\.ics$": { target: api, changeOrigin: true }, // the iCalendar feeds; /kalendari itself is a page
};

const generated = fileURLToPath(new URL("./src/gql/graphql.ts", import.meta.url));

/**
 * Each `graphql(`…`)` call replaced by its one generated document (src/gql/graphql.ts), inlined where it is used,
 * as the client preset's babel plugin does but per chunk: without it, src/gql/gql.ts maps every document of the
 * app by its text, and graphql.ts, being one module, would put every document the app uses into the first page's
 * shared chunk. Fails the build on a document codegen has not generated (run `npm run codegen`).
 */
function generatedDocuments(): Plugin {
  let documents: Map<string, string> | null = null;
  return {
    name: "kuvend:generated-documents",
    enforce: "pre",
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes("/src/gql/") || !/import \{ graphql \} from "(\.\.?\/)+gql";/.test(code)) return null;
      documents ??= new Map(
        [...readFileSync(generated, "utf8").matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)].map((m) => [m[1], m[2]]),
      );
      let replaced = 0;
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_all, text: string) => {
        const first = parse(text).definitions[0];
        if (!first || (first.kind !== "OperationDefinition" && first.kind !== "FragmentDefinition") || !first.name) {
          throw new Error(`${id}: a graphql() document without a named operation or fragment`);
        }
        const name = first.name.value + (first.kind === "FragmentDefinition" ? "FragmentDoc" : "Document");
        const document = documents!.get(name);
        if (!document) throw new Error(`${id}: ${name} is not in src/gql/graphql.ts: run \`npm run codegen\``);
        replaced += 1;
        return `(${document})`;
      });
      if (replaced === 0) return null;
      return { code: out.replace(/import \{ graphql \} from "(\.\.?\/)+gql";/, ""), map: null };
    },
  };
}

export default defineConfig({
  plugins: [
    generatedDocuments(),
    react(),
    // Brotli and gzip beside each text asset in dist/, served as they are (server/src/platform/http/public-files.ts).
    compression({
      algorithms: [defineAlgorithm("brotliCompress"), defineAlgorithm("gzip", { level: 9 })],
      include: /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest)$/,
      threshold: 512,
      skipIfLargerOrEqual: true,
    }),
  ],
  server: { port: 5173, proxy },
  preview: { proxy },
  build: { outDir: "dist", emptyOutDir: true },
});
