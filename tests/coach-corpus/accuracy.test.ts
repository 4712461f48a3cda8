import { describe, expect, it } from "vitest";
import { reviewOkrSet } from "../../src/domain/coach/index.ts";
import { formatTable, measure, precision, recall } from "./accuracy.ts";
import { collections } from "./collections.ts";
import { toDraft } from "./corpus.ts";

// Measuring reviews every collection (some 1,000 KRs through the English tagger): seconds of CPU.
describe("coach accuracy on the labelled collection", { timeout: 60_000 }, () => {
  const accuracy = measure(collections);

  it("is large enough to mean something", () => {
    expect(accuracy.objectives).toBeGreaterThanOrEqual(60);
    expect(accuracy.keyResults).toBeGreaterThanOrEqual(150);
  });

  // Sets F and G (tuning-2026-12-f-*, -g-*) are newer than the others and have floors of their own
  // at their last figures (README.md), so the 0.9 of the sets tuned on for several rounds is not
  // lowered to let them in. F: after the eighth round, its second tuned on. G: its first look,
  // after the eighth round, before any rule was tuned on it (docs/coach.md). Both raised to their
  // figures after the ninth round (coach-k3: K2-K4 tuned on G, rounded down): F en 98.0 % / 92.4 %,
  // F zh 100 % / 93.7 %, G en 95.3 % / 73.8 %, G zh 97.9 % / 86.8 %. G raised again after coach-k7's
  // ninth round (K5-K7 tuned on G, with the learned reading merged): G en 97.5 % / 93.9 %, G zh 100 % / 99.4 %.
  const hasOwnFloors = (name: string) => /^tuning-2026-12-[fg]-/.test(name);
  it("reaches precision and recall of at least 0.9 overall on the sets tuned on for several rounds", () => {
    console.log(formatTable(accuracy));
    const longTuned = measure(collections.filter((c) => !hasOwnFloors(c.name)));
    expect(precision(longTuned.overall)).toBeGreaterThanOrEqual(0.9);
    expect(recall(longTuned.overall)).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ["tuning-2026-12-f-en", 0.97, 0.92],
    ["tuning-2026-12-f-zh", 0.99, 0.93],
    ["tuning-2026-12-g-en", 0.97, 0.93],
    ["tuning-2026-12-g-zh", 0.99, 0.99],
  ])("holds a newer set's last figures: %s", (name, precisionFloor, recallFloor) => {
    const set = measure(collections.filter((c) => c.name === name));
    expect(set.keyResults).toBeGreaterThan(200);
    expect(precision(set.overall)).toBeGreaterThanOrEqual(precisionFloor);
    expect(recall(set.overall)).toBeGreaterThanOrEqual(recallFloor);
  });

  it("never flags a customer-interview key result (K6)", () => {
    const flagged: string[] = [];
    for (const collection of collections) {
      const set = toDraft(collection);
      // K6 only: interviews are discovery, which METHOD.md K6 calls a strong KR, so K6 must never
      // fire on them. Other findings can be right on an interview KR: set B's "Interviewed HR leads
      // who say they would pay ...: at least 60%" has no baseline and is labelled K1, which the
      // labelled measurement above checks.
      const paths = new Set(
        reviewOkrSet(set)
          .filter((f) => f.rule === "K6")
          .map((f) => f.path),
      );
      set.units.forEach((u, i) => {
        u.objectives.forEach((o, j) => {
          o.keyResults.forEach((k, n) => {
            if (/interview|访谈/i.test(k.title) && paths.has(`units[${i}].objectives[${j}].key_results[${n}]`)) {
              flagged.push(k.title);
            }
          });
        });
      });
    }
    expect(flagged).toEqual([]);
  });
});
