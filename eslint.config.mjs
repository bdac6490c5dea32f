import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// eslint-config-next 16 ships flat configs: Next's rules, React, hooks, a11y, import, and
// typescript-eslint's recommended set. Prettier formats; ESLint does not check style.
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
      // Reading browser-only state after hydration (theme, the current time) has to set state in
      // an effect; the rule cannot tell that from a cascading render, so it warns instead.
      "react-hooks/set-state-in-effect": "warn",
    },
  },
  {
    // Sentry's stack frames have a field called `module`; these pure modules name locals after
    // it. The rule guards webpack's CommonJS `module`, which a function-local const cannot clash with.
    files: ["server/grouping/**", "server/ingest/**", "server/processing/**"],
    rules: { "@next/next/no-assign-module-variable": "off" },
  },
  globalIgnores([
    ".next/**",
    ".data/**",
    "dist/**",
    "node_modules/**",
    "server/db/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "e2e-artifacts/**",
    "bench/results/**",
  ]),
]);
