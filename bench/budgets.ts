import type { SizeName } from "./generate.ts";

/** How many times each figure is sampled: bounded loops, so a run's length is predictable. */
export interface Budget {
  views: number;
  /** A loop stops early after this many milliseconds (after at least 3 samples). */
  viewMs: number;
  teamPages: number;
  ingest: number;
  rollup: number;
  /** Seconds of concurrent load, for the API and for the raw query alike. */
  loadSeconds: number;
}

export const budgets: Record<SizeName, Budget> = {
  small: { views: 20, viewMs: 4_000, teamPages: 60, ingest: 150, rollup: 20, loadSeconds: 3 },
  medium: { views: 20, viewMs: 20_000, teamPages: 100, ingest: 300, rollup: 20, loadSeconds: 10 },
  large: { views: 10, viewMs: 30_000, teamPages: 30, ingest: 200, rollup: 20, loadSeconds: 15 },
};
