import { describe, expect, it } from "vitest";
import { findingsOf, formatTable, measure, precision, recall } from "./accuracy.ts";
import { collections } from "./collections.ts";

// Measuring reviews every collection (some 1,000 KRs through the English tagger): seconds of CPU.
describe("coach accuracy on the labelled collection", { timeout: 60_000 }, () => {
  const accuracy = measure(collections);

  it("is large enough to mean something", () => {
    expect(accuracy.objectives).toBeGreaterThanOrEqual(60);
    expect(accuracy.keyResults).toBeGreaterThanOrEqual(150);
  });

  // Sets F and later (tuning-2026-12-f-* on) are newer than the others and have floors of their own
  // at their last figures (README.md), so the 0.9 of the sets tuned on for several rounds is not
  // lowered to let them in. F and G: after the ninth round (K2-K7 tuned on G, rounded down). H and I:
  // held out in the ninth round (docs/coach.md gives those figures), then the learned reading was
  // trained on them; rules were tuned on them in the tenth round. J, K and L: held out in the tenth
  // round's first part (docs/coach.md), then tuned on in its second; floors after it. M to S and
  // the writers after them each joined with floors of their own too (below); after the fifteenth to
  // seventeenth rounds' label decisions every floor follows its set's figures as relabelled (docs/coach.md).
  const hasOwnFloors = (name: string) => /^tuning-2026-12-([f-z]|a[a-z])-/.test(name);
  it("reaches precision and recall of at least 0.9 overall on the sets tuned on for several rounds", () => {
    console.log(formatTable(accuracy));
    const longTuned = measure(collections.filter((c) => !hasOwnFloors(c.name)));
    expect(precision(longTuned.overall)).toBeGreaterThanOrEqual(0.9);
    expect(recall(longTuned.overall)).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ["tuning-2026-12-f-en", 1, 0.96],
    ["tuning-2026-12-f-zh", 1, 0.97],
    ["tuning-2026-12-g-en", 1, 0.95],
    ["tuning-2026-12-g-zh", 1, 0.98],
    ["tuning-2026-12-h-en", 0.99, 0.95],
    ["tuning-2026-12-h-zh", 1, 0.98],
    ["tuning-2026-12-i-en", 0.99, 0.92],
    ["tuning-2026-12-i-zh", 1, 0.97],
    ["tuning-2026-12-j-en", 1, 0.85],
    ["tuning-2026-12-j-zh", 0.99, 0.91],
    ["tuning-2026-12-k-en", 1, 0.91],
    ["tuning-2026-12-k-zh", 1, 0.94],
    ["tuning-2026-12-l-en", 1, 0.95],
    ["tuning-2026-12-l-zh", 1, 0.96],
    ["tuning-2026-12-m-en", 0.98, 0.91],
    ["tuning-2026-12-m-zh", 1, 0.94],
    ["tuning-2026-12-o-en", 0.98, 0.91],
    ["tuning-2026-12-o-zh", 0.98, 0.95],
    ["tuning-2026-12-p-en", 0.98, 0.95],
    ["tuning-2026-12-p-zh", 0.98, 0.99],
    ["tuning-2026-12-q-en", 1, 0.89],
    ["tuning-2026-12-q-zh", 0.99, 0.93],
    ["tuning-2026-12-r-en", 0.99, 0.88],
    ["tuning-2026-12-r-zh", 1, 0.93],
    ["tuning-2026-12-s-en", 0.99, 0.87],
    ["tuning-2026-12-s-zh", 0.98, 0.9],
    ["tuning-2026-12-t-en", 0.98, 0.87],
    ["tuning-2026-12-t-zh", 0.97, 0.93],
    ["tuning-2026-12-u-en", 0.95, 0.88],
    ["tuning-2026-12-u-zh", 0.97, 0.88],
    ["tuning-2026-12-v-en", 0.96, 0.82],
    ["tuning-2026-12-v-zh", 0.98, 0.9],
    ["tuning-2026-12-y-en", 0.99, 0.86],
    ["tuning-2026-12-y-zh", 0.98, 0.9],
    ["tuning-2026-12-z-en", 0.95, 0.87],
    ["tuning-2026-12-z-zh", 0.93, 0.92],
    ["tuning-2026-12-aa-en", 0.95, 0.86],
    ["tuning-2026-12-aa-zh", 0.98, 0.89],
    ["tuning-2026-12-ab-en", 0.93, 0.83],
    ["tuning-2026-12-ab-zh", 0.96, 0.88],
    ["tuning-2026-12-ac-en", 0.97, 0.85],
    ["tuning-2026-12-ac-zh", 0.96, 0.85],
    ["tuning-2026-12-ad-en", 0.97, 0.78],
    ["tuning-2026-12-ad-zh", 0.97, 0.86],
    ["tuning-2026-12-ag-en", 0.94, 0.83],
    ["tuning-2026-12-ag-zh", 0.93, 0.87],
    ["tuning-2026-12-ah-en", 0.96, 0.86],
    ["tuning-2026-12-ah-zh", 0.95, 0.87],
    ["tuning-2026-12-ai-en", 0.96, 0.85],
    ["tuning-2026-12-ai-zh", 0.97, 0.84],
    ["tuning-2026-12-aj-en", 0.95, 0.87],
    ["tuning-2026-12-aj-zh", 0.97, 0.84],
    ["tuning-2026-12-ak-en", 0.97, 0.79],
    ["tuning-2026-12-ak-zh", 0.95, 0.83],
    // AE and AF: their figures as held out at the fifteenth round's end, relabelled (docs/coach.md).
    ["tuning-2026-12-ae-en", 0.99, 0.91],
    ["tuning-2026-12-ae-zh", 0.98, 0.93],
    ["tuning-2026-12-af-en", 0.9, 0.8],
    ["tuning-2026-12-af-zh", 0.93, 0.86],
    // W: held out from the thirteenth round to the fifteenth, relabelled by every decision (labels-16).
    ["tuning-2026-12-w-en", 0.96, 0.92],
    ["tuning-2026-12-w-zh", 0.95, 0.92],
    // AO and AP: measured once as written, then tuned on in the sixteenth round's third part.
    ["tuning-2026-12-ao-en", 0.96, 0.86],
    ["tuning-2026-12-ao-zh", 0.97, 0.87],
    ["tuning-2026-12-ap-en", 0.96, 0.8],
    ["tuning-2026-12-ap-zh", 0.97, 0.83],
    // AL, AM and AN: held out of the sixteenth round (docs/coach.md), tuned on in the seventeenth.
    ["tuning-2026-12-al-en", 0.98, 0.91],
    ["tuning-2026-12-al-zh", 0.96, 0.92],
    ["tuning-2026-12-am-en", 0.96, 0.89],
    ["tuning-2026-12-am-zh", 0.94, 0.88],
    ["tuning-2026-12-an-en", 0.98, 0.91],
    ["tuning-2026-12-an-zh", 0.98, 0.89],
  ])("holds a newer set's last figures: %s", (name, precisionFloor, recallFloor) => {
    const set = measure(collections.filter((c) => c.name === name));
    expect(set.keyResults).toBeGreaterThan(200);
    expect(precision(set.overall)).toBeGreaterThanOrEqual(precisionFloor);
    expect(recall(set.overall)).toBeGreaterThanOrEqual(recallFloor);
  });

  it("never flags an interview key result K6 that its label leaves clean of K6", () => {
    const flagged: string[] = [];
    for (const collection of collections) {
      // K6 only: interviews with customers are discovery, which METHOD.md K6 calls a strong KR, so
      // K6 must never fire on them, whatever the other figures. Interviews of another kind are
      // labelled K6 where they are our activity (mock interviews we give students, exit interviews
      // with our staff: sets AB, AN, AQ), so the label, not the word, says which is which. Other
      // findings can be right on an interview KR: set B's "Interviewed HR leads who say they would
      // pay ...: at least 60%" has no baseline and is labelled K1, which the measure above checks.
      const paths = new Set(
        findingsOf(collection)
          .filter((f) => f.rule === "K6")
          .map((f) => f.path),
      );
      collection.units.forEach((u, i) => {
        u.objectives.forEach((o, j) => {
          o.keyResults.forEach((k, n) => {
            const flaggedK6 = paths.has(`units[${i}].objectives[${j}].key_results[${n}]`);
            if (/interview|访谈/i.test(k.title) && flaggedK6 && !k.expect.includes("K6")) flagged.push(k.title);
          });
        });
      });
    }
    expect(flagged).toEqual([]);
  });
});
