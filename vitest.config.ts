import { defineConfig } from "vitest/config";

// Four projects: pure unit tests; the API suite on the embedded database; the same API suite
// on a real PostgreSQL server; and end-to-end tests in Chromium.
const apiTests = ["src/**/*.api.test.ts", "tests/api/**/*.test.ts"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: [...apiTests, "tests/e2e/**", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "api-pglite",
          include: apiTests,
          env: { GROVE_TEST_DB: "pglite" },
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "api-postgres",
          include: apiTests,
          env: { GROVE_TEST_DB: "postgres" },
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
