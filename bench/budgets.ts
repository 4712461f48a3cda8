import type { SizeName } from "./generate.ts";

/** How many times each figure is sampled: bounded loops, so a run's length is predictable. */
export interface Budget {
  views: number;
  /** A loop stops early after this many milliseconds (after at least 3 samples). */
  viewMs: number;
  teamPages: number;
  ingest: number;
  rollup: number;
  /** Seconds of concurrent load, for the API and for the raw query alike (and the raw mixed load). */
  loadSeconds: number;
  /** Seconds of the mixed load on the API (bench/mix.ts): the 60, and 15 in CI's small smoke run. */
  mixedSeconds: number;
}

/**
 * A request of the mixed load with no answer after this long counts as timed out and fails the
 * run: a hang (a lock never released, a lost request), not a slow answer, which its p95 and p99
 * report. 50 users with no pause queue for users / throughput each (about 6 s at small on PGlite
 * on a 2-core machine at load average 20), so a tighter bound would fail CI for a busy machine.
 */
export const MIXED_TIMEOUT_SECONDS = 30;

export const budgets: Record<SizeName, Budget> = {
  small: { views: 20, viewMs: 4_000, teamPages: 60, ingest: 150, rollup: 20, loadSeconds: 3, mixedSeconds: 15 },
  medium: { views: 20, viewMs: 20_000, teamPages: 100, ingest: 300, rollup: 20, loadSeconds: 10, mixedSeconds: 60 },
  large: { views: 10, viewMs: 30_000, teamPages: 30, ingest: 200, rollup: 20, loadSeconds: 15, mixedSeconds: 60 },
};
