import { expect } from "vitest";

/** The middle value (the upper one of an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Two kinds of answer take alike time: the ratio of their medians is within 0.5 to 2 (the names
 * say which). A ratio, not a difference in milliseconds: a loaded machine slows both kinds alike,
 * so it cannot fail on a busy CI runner, yet an answer that does twice the work still shows.
 */
export function expectAlikeInTime(timings: Record<string, number[]>): void {
  const [[a, aMs], [b, bMs]] = Object.entries(timings) as [[string, number[]], [string, number[]]];
  const ratio = median(aMs) / median(bMs);
  const what = `${a} ${median(aMs)} ms, ${b} ${median(bMs)} ms`;
  expect(ratio, what).toBeGreaterThan(0.5);
  expect(ratio, what).toBeLessThan(2);
}
