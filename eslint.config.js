// Lint for the whole workspace: typescript-eslint's recommended rules, React's hooks rules
// for the client, and the layering rules of docs/architecture.md (import-x/no-restricted-paths).
import js from "@eslint/js";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The server's layers (docs/architecture.md, "Layers"): platform ← auth, calendar ← areas ← publishing;
// demo data only for the start-up. A zone forbids files in `target` to import files in `from`.
const src = "./server/src";
const areas = ["council", "sessions", "declarations", "initiatives", "oss", "minutes", "transparency", "packages", "alerts", "comments"].map((a) => `${src}/${a}`);
const foundations = [`${src}/auth`, `${src}/calendar`];
const composition = [`${src}/app.ts`, `${src}/main.ts`, `${src}/context.ts`, `${src}/entities.ts`, `${src}/schema`, `${src}/startup`];
const layers = [
  {
    target: `${src}/platform`,
    from: [...foundations, ...areas, `${src}/publishing`, `${src}/demo`, ...composition],
    message: "platform/ imports no area: pass what it needs in from the composition root (app.ts).",
  },
  { target: foundations, from: [...areas, `${src}/publishing`, `${src}/demo`], message: "auth/ and calendar/ sit below the areas." },
  { target: areas, from: [`${src}/publishing`, `${src}/demo`, `${src}/startup`], message: "Areas never import publishing/, demo/ or the start-up." },
  { target: `${src}/council`, from: areas.filter((a) => !a.endsWith("/council")), message: "council/ sits below the other areas." },
  { target: `${src}/sessions`, from: [`${src}/declarations`, `${src}/minutes`, `${src}/transparency`], message: "declarations, minutes and drafts build on sessions, not the reverse." },
  {
    target: [`${src}/platform`, ...foundations, ...areas, `${src}/publishing`, `${src}/schema`, `${src}/context.ts`, `${src}/entities.ts`],
    from: `${src}/demo`,
    message: "Nothing but the start-up imports demo data.",
  },
];

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "web/src/gql/**", "bench/results/**", ".data/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { "import-x": importX },
    settings: {
      // TypeScript sources are imported as ".js" (NodeNext): resolve them to the ".ts" files.
      "import-x/resolver-next": [importX.createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } })],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: layers }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["web/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
