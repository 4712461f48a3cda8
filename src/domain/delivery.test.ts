import { describe, expect, it } from "vitest";
import { afterFailure, FIRST_RETRY_MS, LONGEST_RETRY_MS, MAX_DELIVERY_ATTEMPTS } from "./delivery.ts";

const now = new Date("2026-12-04T10:00:00Z");
const waitOf = (attempts: number, random: number) => {
  const outcome = afterFailure(attempts, now, random);
  if (outcome.status !== "retry") throw new Error(`expected a retry, got ${outcome.status}`);
  return outcome.at.getTime() - now.getTime();
};

describe("afterFailure", () => {
  it.each([
    [1, 0, FIRST_RETRY_MS / 2],
    [1, 0.999_999, FIRST_RETRY_MS],
    [2, 0, FIRST_RETRY_MS],
    [3, 0.5, FIRST_RETRY_MS * 3],
    [12, 0, LONGEST_RETRY_MS / 2],
  ])("after attempt %i with jitter %f waits %i ms", (attempts, random, wait) => {
    expect(waitOf(attempts, random)).toBeCloseTo(wait, -1);
  });

  it("doubles the wait per attempt until the ceiling, never beyond it", () => {
    const waits = Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, i) => waitOf(i + 1, 0));
    waits.slice(1).forEach((wait, i) => {
      expect(wait).toBeGreaterThanOrEqual(waits[i] ?? Number.NaN);
      expect(wait).toBeLessThanOrEqual(LONGEST_RETRY_MS);
    });
    expect(waits[1]).toBe(2 * (waits[0] ?? Number.NaN));
  });

  it("gives up after the last attempt", () => {
    expect(afterFailure(MAX_DELIVERY_ATTEMPTS, now, 0.3)).toEqual({ status: "dead" });
    expect(afterFailure(MAX_DELIVERY_ATTEMPTS - 1, now, 0.3).status).toBe("retry");
  });
});
