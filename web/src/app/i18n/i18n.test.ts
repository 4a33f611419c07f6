import { describe } from "vitest";
import { checkBundle } from "./bundleChecks";
import en from "./en.json";
import sq from "./sq.json";

// Every source file's text, through Vite (the client's tsconfig has no Node types).
const sources = import.meta.glob<string>(["../../**/*.{ts,tsx}", "!../../gql/**", "!../../**/*.test.ts"], { query: "?raw", import: "default", eager: true });

describe("translations", () => {
  checkBundle({ sq, en, sources, asked: /\bt\(\s*"([a-zA-Z0-9_.]+)"/g, atLeast: 100 });
});
