/** Latency figures of one measured loop, in milliseconds. */
export interface Timing {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), mean: round(mean) };
}

export interface LoopBudget {
  iterations: number;
  /** Stop early once this much time has passed (the loop always runs at least `min` times). */
  maxMs: number;
  min?: number;
  warmup?: number;
}

/** Times `fn` in a bounded loop after a few untimed warm-up calls (the "warm" in the issue). */
export async function timeLoop(budget: LoopBudget, fn: (i: number) => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < (budget.warmup ?? 2); i++) await fn(-1 - i);
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < budget.iterations; i++) {
    if (i >= (budget.min ?? 3) && performance.now() - started > budget.maxMs) break;
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return summarise(samples);
}

/** `workers` concurrent loops for `durationMs`: completed calls per second and latency. */
export async function concurrentLoop(workers: number, durationMs: number, fn: (i: number) => Promise<unknown>) {
  const samples: number[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() - started < durationMs) {
        const t = performance.now();
        await fn(next++);
        samples.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: round(samples.length / seconds), ...summarise(samples) };
}

/** A measurement taken one sample at a time (`i` < 0: warm-up), and its result. */
export interface Sampler<T> {
  sample(i: number): Promise<void>;
  result(): T;
}

/**
 * Two samplers taking turns, two warm-up rounds then `count` measured ones: whatever else the
 * machine does weighs on both alike, so their ratio holds even when absolute times drift.
 */
export async function alternate<A, B>(main: Sampler<A>, companion: Sampler<B>, count: number) {
  for (let i = -2; i < count; i++) {
    await main.sample(i);
    await companion.sample(i);
  }
  return { main: main.result(), companion: companion.result() };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** a / b, rounded; null when either side is missing. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
  return round(a / b, 2);
}
