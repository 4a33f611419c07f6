import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } } as never,
  resolve: {
    // Node loads graphql's CommonJS entry for the libraries (type-graphql, Apollo); make the
    // code under test use that same copy, or schema objects cross "realms" and are refused.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    globalSetup: ["./test/support/global-setup.ts"],
    include: ["server/src/**/*.test.ts", "web/src/**/*.test.{ts,tsx}", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Test files run one after another in each worker process, sharing its loaded modules: the server's module
    // graph (type-graphql, TypeORM, Apollo) is loaded once per worker, not once per file (about 2 s each). Every
    // file still starts its own servers on its own database, and no test mocks modules or changes globals.
    isolate: false,
  },
});
