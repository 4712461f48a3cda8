import { defineConfig } from "vitest/config";

// Seven projects: pure unit tests (no processes, seconds); the coach's measurement on its labelled
// collections; the coach's blind floors; process tests that run `grove`,
// PostgreSQL, the generator or the formatter as real processes; the API suite on the embedded
// database; the same API suite on a real PostgreSQL server; and end-to-end tests in Chromium.
const apiTests = ["src/**/*.api.test.ts", "tests/api/**/*.test.ts"];
const opsTests = ["src/**/*.ops.test.ts", "tests/ops/**/*.test.ts"];
// Every project with a global setup names this one file: it runs the projects' own setups
// (ops-global-setup.ts, global-setup.ts, tests/e2e/support/global-setup.ts) side by side
// instead of one after another.
const globalSetup = ["tests/support/global-setups-together.ts"];
// The coach's floors on its blind sets (issue 17): a project of their own, so that whoever tunes a
// rule runs `--project unit` and never reads a blind set's pass or fail while tuning.
const blindTests = ["tests/coach-corpus/blind-*.test.ts"];
// The coach's precision and recall on its labelled collections (issue 17): every key result of
// some fifty collections reviewed with the learned readings, whose nearest-neighbour search alone
// takes seconds, and the coach's Chinese house style on every collection (rules alone, seconds more as
// writers join). A project of its own keeps `unit` in seconds (issue 19); tuners run both.
const corpusTests = ["tests/coach-corpus/accuracy.test.ts", "tests/coach-corpus/chinese-style-corpus.test.ts"];

export default defineConfig({
  test: {
    // Two files at a time even on a two-core machine (vitest's default there is one): most tests
    // wait on another process (PostgreSQL, Chromium, a server) for much of their time.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: [...apiTests, ...opsTests, ...blindTests, ...corpusTests, "tests/e2e/**", "**/node_modules/**"],
          // Pure tests share one module cache (isolating 45 files took most of the run's time),
          // and a test that starts a process fails (tests/support/no-processes.ts).
          isolate: false,
          // The coach's English tagger loads in the setup, not in the first coach test's 5 s.
          setupFiles: ["tests/support/no-processes.ts", "tests/support/english-tagger.ts"],
        },
      },
      {
        test: {
          name: "coach-corpus",
          include: corpusTests,
          setupFiles: ["tests/support/no-processes.ts", "tests/support/english-tagger.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "coach-blind",
          include: blindTests,
          setupFiles: ["tests/support/no-processes.ts", "tests/support/english-tagger.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "ops",
          include: opsTests,
          // A migrated data directory and one with the demos, made once per run: a test that is
          // not about a first start copies one instead of paying initdb and migrations again.
          globalSetup,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "api-pglite",
          include: apiTests,
          env: { GROVE_TEST_DB: "pglite" },
          globalSetup,
          // A worker runs its files one after another on one module cache (importing the app
          // anew for each file took seconds of CPU); each file still opens its own database
          // (tests/support/test-app.ts), and no file mocks a module or changes the environment.
          isolate: false,
          // Password hashes at a test-only scrypt cost (production's is checked elsewhere: the file says where).
          setupFiles: ["tests/support/low-password-cost.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "api-postgres",
          include: apiTests,
          env: { GROVE_TEST_DB: "postgres" },
          globalSetup,
          isolate: false, // as api-pglite
          setupFiles: ["tests/support/low-password-cost.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          // Once per run: builds the web app, loads the demos into a template database on a
          // throw-away PostgreSQL server and into a PGlite snapshot, and starts Chromium.
          globalSetup,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A worker runs its files one after another on one module cache, as api-pglite does:
          // each file imported the app, Playwright and the coach's English tagger anew (some 4 CPU
          // s a file), and its first pages met a cold server. Each file still starts its own
          // server on its own copy of the demos and its own browser contexts; no file mocks a
          // module or changes the environment, and reviews' fake Date is undone in its afterAll.
          isolate: false,
          // Files run side by side with the rest: each starts its own server on its own copy of
          // the demos and opens its own browser contexts, so they share nothing but the Chromium
          // process and the PostgreSQL server. Which database a file's copy is in
          // (tests/e2e/support/grove.ts, E2eDatabase): PostgreSQL, where a request costs far
          // less CPU than in PGlite (WebAssembly in the test's own process), for every file but
          // demo-loop, demo-zh and getting-started, which show what a first `grove serve` (on
          // PGlite) shows and so stay on PGlite.
          // expect.poll retries a read of the page until it matches (the page may still be
          // painting); a second is too short on a loaded CI machine.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
